// The scorecard editor: the whole file is checked as it is typed (debounced), and each problem is listed
// with its line and column, the line shown with a caret under the column, and a click that puts the
// cursor there. No inline script: the CSP forbids it. Texts come from the page (data-* attributes).
(function () {
  'use strict';

  function offsetOf(text, line, column) {
    var offset = 0;
    for (var l = 1; l < line; l++) {
      var next = text.indexOf('\n', offset);
      if (next < 0) { return text.length; }
      offset = next + 1;
    }
    var end = text.indexOf('\n', offset);
    var lineEnd = end < 0 ? text.length : end;
    return Math.min(offset + Math.max(0, column - 1), lineEnd);
  }

  function lineText(text, line) {
    var lines = text.split('\n');
    return line >= 1 && line <= lines.length ? lines[line - 1] : '';
  }

  /** The word at the problem's spot, so that it shows selected. */
  function tokenEnd(text, start) {
    var end = start;
    while (end < text.length && /[A-Za-z0-9_.]/.test(text.charAt(end))) { end++; }
    return end > start ? end : Math.min(text.length, start + 1);
  }

  var FIELDS = ['name', 'formula', 'target', 'weight', 'unit'];

  /** A value written into a scalar's place: plain when it was plain and stays safe so, else double-quoted (JSON is valid YAML). */
  function encode(value, plain) {
    if (plain && /^[A-Za-z0-9_(][A-Za-z0-9_ .\/*+\-()%<>=]*$/.test(value) && value === value.trim()
        && value.indexOf(' #') < 0) {
      return value;
    }
    return JSON.stringify(value);
  }

  /**
   * One indicator's fields in a form: each change is written into the value's own characters of the file
   * (nothing else changes), that text is checked as it is typed, and a problem inside the formula is
   * marked under the formula with a caret. "Apply" puts the text into the editor.
   */
  function fieldForm(area, texts, goTo) {
    var form = document.getElementById('field-form');
    var problem = document.getElementById('ff-formula-problem');
    var status = document.getElementById('ff-status');
    var entry = null;
    var base = null;
    var timer = null;
    var asked = 0;

    function input(field) { return document.getElementById('ff-' + field); }

    /** The file with the form's values in place, and where the formula's value now starts and ends. */
    function candidate() {
      var spans = FIELDS.filter(function (f) { return entry.fields[f]; })
        .map(function (f) { return { field: f, span: entry.fields[f] }; })
        .sort(function (a, b) { return b.span.start - a.span.start; });
      var text = base;
      var formula = null;
      spans.forEach(function (s) {
        var written = encode(input(s.field).value, s.span.plain);
        text = text.slice(0, s.span.start) + written + text.slice(s.span.end);
        if (s.field === 'formula') {
          formula = { start: s.span.start, end: s.span.start + written.length, quoted: written.charAt(0) === '"' };
        } else if (formula) {
          // replaced from the end of the file: a value before the formula moves it
          formula.start += written.length - (s.span.end - s.span.start);
          formula.end += written.length - (s.span.end - s.span.start);
        }
      });
      return { text: text, formula: formula };
    }

    function mark(c, problems) {
      problem.textContent = '';
      var inFormula = [];
      var elsewhere = 0;
      problems.forEach(function (p) {
        if (p.level !== 'error') { return; }
        var at = p.line === null ? -1 : offsetOf(c.text, p.line, p.column);
        if (c.formula && at >= c.formula.start && at <= c.formula.end) {
          inFormula.push({ p: p, at: at - c.formula.start - (c.formula.quoted ? 1 : 0) });
        } else {
          elsewhere++;
        }
      });
      var formulaInput = input('formula');
      formulaInput.setAttribute('aria-invalid', inFormula.length ? 'true' : 'false');
      inFormula.forEach(function (f) {
        var column = Math.max(0, f.at);
        var line = document.createElement('p');
        line.className = 'message';
        line.textContent = texts.column + ' ' + (column + 1) + ': ' + f.p.message;
        var pre = document.createElement('pre');
        pre.className = 'mark';
        pre.setAttribute('aria-hidden', 'true');
        pre.textContent = formulaInput.value + '\n' + ' '.repeat(column) + '^';
        problem.appendChild(line);
        problem.appendChild(pre);
      });
      status.className = problems.some(function (p) { return p.level === 'error'; }) ? 'meta bad' : 'meta good';
      status.textContent = problems.length === 0 ? texts.ok : texts.problems.replace('{0}', String(problems.length))
          + (elsewhere ? ' ' + form.dataset.elsewhere.replace('{0}', String(elsewhere)) : '');
    }

    function check() {
      var c = candidate();
      var mine = ++asked;
      status.className = 'meta';
      status.textContent = texts.checking;
      fetch(area.dataset.checkUrl, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/yaml', 'X-CSRF-Token': area.dataset.csrf, 'Accept': 'application/json' },
        body: c.text
      }).then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
        .then(function (answer) {
          if (mine !== asked) { return; }
          if (!answer.ok) { status.textContent = texts.failed; return; }
          mark(c, answer.body.problems);
        }).catch(function () { if (mine === asked) { status.textContent = texts.failed; } });
    }

    FIELDS.forEach(function (f) {
      input(f).addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(check, 350);
      });
    });

    document.getElementById('ff-apply').addEventListener('click', function () {
      if (area.value !== base) { status.textContent = form.dataset.changed; return; }
      var c = candidate();
      area.value = c.text;
      form.hidden = true;
      area.dispatchEvent(new Event('input'));
      if (c.formula) {
        var before = c.text.slice(0, c.formula.start);
        goTo(before.split('\n').length, c.formula.start - before.lastIndexOf('\n'));
      }
    });
    document.getElementById('ff-cancel').addEventListener('click', function () { form.hidden = true; });

    return {
      open: function (e) {
        entry = e;
        base = area.value;
        document.getElementById('ff-title').textContent = e.name;
        FIELDS.forEach(function (f) {
          var row = form.querySelector('.ff-row[data-field="' + f + '"]');
          row.hidden = !e.fields[f];
          input(f).value = e.fields[f] ? e.fields[f].value : '';
        });
        problem.textContent = '';
        status.textContent = '';
        form.hidden = false;
        var first = FIELDS.filter(function (f) { return e.fields[f]; })[0];
        input(e.fields.formula ? 'formula' : first).focus();
      }
    };
  }

  function init(area) {
    var status = document.getElementById('check-status');
    var list = document.getElementById('problems');
    var cursor = document.getElementById('cursor');
    var texts = status.dataset;
    var timer = null;
    var asked = 0;

    function goTo(line, column) {
      var start = offsetOf(area.value, line, column);
      area.focus();
      area.setSelectionRange(start, tokenEnd(area.value, start));
      var lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
      area.scrollTop = Math.max(0, (line - 4) * lineHeight);
      showCursor();
    }

    function show(problems) {
      list.textContent = '';
      var errors = 0;
      problems.forEach(function (p) {
        if (p.level === 'error') { errors++; }
        var li = document.createElement('li');
        li.className = 'problem ' + p.level;
        li.dataset.line = p.line === null ? '' : p.line;
        li.dataset.column = p.column === null ? '' : p.column;
        var head = document.createElement(p.line === null ? 'span' : 'button');
        head.className = 'where';
        if (p.line !== null) {
          head.type = 'button';
          head.textContent = texts.line + ' ' + p.line + ', ' + texts.column + ' ' + p.column;
          head.addEventListener('click', function () { goTo(p.line, p.column); });
        } else {
          head.textContent = '—';
        }
        var level = document.createElement('span');
        level.className = 'level';
        level.textContent = p.level === 'error' ? texts.error : texts.warning;
        var message = document.createElement('span');
        message.className = 'message';
        message.textContent = p.message;
        li.appendChild(head);
        li.appendChild(level);
        li.appendChild(message);
        if (p.line !== null) {
          var pre = document.createElement('pre');
          pre.className = 'mark';
          pre.setAttribute('aria-hidden', 'true');
          // A window of the line around the column (indentation and far-off text cut), the caret under the spot.
          var text = lineText(area.value, p.line);
          var col = Math.max(0, p.column - 1);
          var from = Math.max(text.search(/\S|$/), col - 14);
          from = Math.max(0, Math.min(from, col));
          var shown = (from > 0 ? '…' : '') + text.slice(from, from + 36) + (text.length > from + 36 ? '…' : '');
          var gutter = p.line + ' | ';
          pre.textContent = gutter + shown + '\n' + ' '.repeat(gutter.length + (from > 0 ? 1 : 0) + col - from) + '^';
          li.appendChild(pre);
        }
        list.appendChild(li);
      });
      area.setAttribute('aria-invalid', errors > 0 ? 'true' : 'false');
      status.className = errors > 0 ? 'bad' : 'good';
      status.textContent = problems.length === 0 ? texts.ok : texts.problems.replace('{0}', String(problems.length));
    }

    /** The draft's structure as last read; each entry puts the cursor on its line (an indicator: its formula). */
    function showOutline(entries) {
      var outline = document.getElementById('outline');
      outline.textContent = '';
      entries.forEach(function (e) {
        var li = document.createElement('li');
        li.className = 'outline-' + e.level;
        var go = document.createElement('button');
        go.type = 'button';
        go.className = 'go';
        go.textContent = e.name;
        go.addEventListener('click', function () { goTo(e.line, e.column); });
        var where = document.createElement('span');
        where.className = 'meta';
        where.textContent = ' ' + texts.line + ' ' + e.line;
        li.appendChild(go);
        li.appendChild(where);
        if (e.level === 'indicator' && e.fields && Object.keys(e.fields).length) {
          var edit = document.createElement('button');
          edit.type = 'button';
          edit.className = 'edit-fields';
          edit.textContent = outline.dataset.fields;
          edit.setAttribute('aria-label', outline.dataset.fields + ': ' + e.name);
          edit.addEventListener('click', function () { fields.open(e); });
          li.appendChild(edit);
        }
        if (e.formula) {
          var code = document.createElement('code');
          code.textContent = e.formula;
          li.appendChild(code);
        }
        if (e.causes && e.causes.length) {
          var drives = document.createElement('span');
          drives.className = 'meta drives';
          drives.textContent = outline.dataset.drives + ' ' + e.causes.join(', ');
          li.appendChild(drives);
        }
        outline.appendChild(li);
      });
    }

    var fields = fieldForm(area, texts, goTo);

    function check() {
      var mine = ++asked;
      status.textContent = texts.checking;
      status.className = 'busy';
      fetch(area.dataset.checkUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/yaml', 'X-CSRF-Token': area.dataset.csrf, 'Accept': 'application/json' },
        body: area.value
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (answer) {
        if (mine !== asked) { return; }
        if (!answer.ok) {
          status.className = 'bad';
          status.textContent = texts.failed + (answer.body && answer.body.error ? ': ' + answer.body.error.message : '');
          return;
        }
        show(answer.body.problems);
        if (answer.body.outline) { showOutline(answer.body.outline); }
      }).catch(function () {
        if (mine === asked) { status.className = 'bad'; status.textContent = texts.failed; }
      });
    }

    function showCursor() {
      var before = area.value.slice(0, area.selectionStart);
      var line = before.split('\n').length;
      var column = before.length - before.lastIndexOf('\n');
      cursor.textContent = texts.line + ' ' + line + ', ' + texts.column + ' ' + column;
    }

    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(check, 350);
    });
    ['keyup', 'click', 'focus'].forEach(function (e) { area.addEventListener(e, showCursor); });
    check();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var area = document.querySelector('textarea[data-check-url]');
    if (area) { init(area); }
  });
})();
