/*
 * Data entry: turns the read-only table of figures into a keyboard-friendly grid (arrows, Enter, Tab,
 * Escape, pasting a block from Excel), checks numbers as they are typed in the page's language, saves every
 * change in one PUT (all or nothing) with the session's CSRF token, then shows the new overall score; and
 * imports a file after a preview that writes nothing.
 */
(function () {
  'use strict';

  var table = document.getElementById('grid');
  if (!table || table.dataset.editable !== 'true') {
    return;
  }
  var lang = table.dataset.lang === 'id' ? 'id' : 'en';
  var scorecard = table.dataset.scorecard;
  var csrf = table.dataset.csrf;
  var segment = JSON.parse(table.dataset.segment || '{}');
  var api = '/api/v1/scorecards/' + encodeURIComponent(scorecard);
  var status = document.getElementById('grid-status');
  var problems = document.getElementById('grid-problems');
  var save = document.getElementById('grid-save');
  var undo = document.getElementById('grid-undo');
  var note = document.getElementById('grid-note');
  var format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 10 });
  var scoreFormat = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 4 });
  var example = lang === 'id' ? '1.234,5' : '1,234.5';
  var cells = [];

  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d+)\}/g, function (all, i) { return String(args[Number(i)]); });
  }

  /** A number as typed in the page's language, null for an empty cell, NaN for anything else. */
  function parse(text) {
    var t = text.replace(/[\s\u00a0]/g, '');
    if (t === '') {
      return null;
    }
    var grouped = lang === 'id' ? /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ : /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
    if (!grouped.test(t)) {
      return NaN;
    }
    return Number(lang === 'id' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
  }

  function show(value) {
    return value === null ? '' : format.format(value);
  }

  function enhance() {
    cells = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, r) {
      cells.push([]);
      Array.prototype.forEach.call(row.querySelectorAll('td[data-m]'), function (td, c) {
        var input = document.createElement('input');
        input.className = 'cell';
        input.inputMode = 'decimal';
        input.autocomplete = 'off';
        input.setAttribute('aria-label', td.dataset.label);
        input.value = td.textContent;
        input.dataset.saved = td.dataset.v;
        input.dataset.r = r;
        input.dataset.c = c;
        td.textContent = '';
        td.appendChild(input);
        cells[r].push(input);
        input.addEventListener('focus', function () {
          input.dataset.before = input.value;
          input.select();
        });
        input.addEventListener('input', function () { check(input); refresh(); });
        input.addEventListener('keydown', keys);
        input.addEventListener('paste', paste);
      });
    });
  }

  function saved(input) {
    return input.dataset.saved === '' ? null : Number(input.dataset.saved);
  }

  function check(input) {
    var value = parse(input.value);
    var bad = typeof value === 'number' && isNaN(value);
    input.classList.toggle('bad', bad);
    input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    input.title = bad ? fill(status.dataset.invalid, input.getAttribute('aria-label'), input.value, example) : '';
    input.classList.toggle('changed', !bad && value !== saved(input));
    input.closest('td').classList.toggle('changed', input.classList.contains('changed'));
  }

  function refresh() {
    var changed = 0;
    problems.textContent = '';
    cells.forEach(function (row) {
      row.forEach(function (input) {
        if (input.classList.contains('bad')) {
          var li = document.createElement('li');
          li.textContent = input.title;
          problems.appendChild(li);
        } else if (input.classList.contains('changed')) {
          changed++;
        }
      });
    });
    var invalid = problems.children.length;
    save.disabled = invalid > 0 || changed === 0;
    undo.disabled = invalid === 0 && changed === 0;
    status.textContent = changed > 0 ? fill(status.dataset.changed, changed) : '';
  }

  function move(r, c) {
    if (r >= 0 && r < cells.length && c >= 0 && c < cells[r].length) {
      cells[r][c].focus();
      return true;
    }
    return false;
  }

  function keys(event) {
    var input = event.target;
    var r = Number(input.dataset.r);
    var c = Number(input.dataset.c);
    var atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    var atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    var all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if (event.key === 'ArrowUp') {
      move(r - 1, c);
    } else if (event.key === 'ArrowDown') {
      move(r + 1, c);
    } else if (event.key === 'ArrowLeft' && (atStart || all)) {
      move(r, c - 1);
    } else if (event.key === 'ArrowRight' && (atEnd || all)) {
      move(r, c + 1);
    } else if (event.key === 'Enter') {
      check(input);
      refresh();
      if (!move(r + 1, c)) {
        input.select();
      }
    } else if (event.key === 'Escape') {
      input.value = input.dataset.before;
      check(input);
      refresh();
      input.select();
    } else {
      return;
    }
    event.preventDefault();
  }

  /** A block copied from a spreadsheet: rows by line, cells by tab, laid out from the focused cell. */
  function paste(event) {
    var text = (event.clipboardData || window.clipboardData).getData('text');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) {
      return;
    }
    event.preventDefault();
    var input = event.target;
    var r0 = Number(input.dataset.r);
    var c0 = Number(input.dataset.c);
    var rows = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
    rows.forEach(function (line, i) {
      line.split('\t').forEach(function (value, j) {
        var target = cells[r0 + i] && cells[r0 + i][c0 + j];
        if (target) {
          target.value = value.trim();
          check(target);
        }
      });
    });
    refresh();
  }

  function changes() {
    var out = [];
    cells.forEach(function (row) {
      row.forEach(function (input) {
        if (input.classList.contains('changed')) {
          var td = input.closest('td');
          var entry = { period: td.dataset.p, measure: td.dataset.m, value: parse(input.value) };
          if (Object.keys(segment).length > 0) {
            entry.segment = segment;
          }
          if (note.value.trim() !== '') {
            entry.note = note.value.trim();
          }
          out.push(entry);
        }
      });
    });
    return out;
  }

  function errorText(body) {
    var error = body && body.error;
    if (!error) {
      return '';
    }
    var fields = (error.fields || []).map(function (f) { return f.field + ': ' + f.message; });
    return error.message + (fields.length > 1 ? ' — ' + fields.join('; ') : '');
  }

  function send(method, url, body) {
    return fetch(url, {
      method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'Accept': 'application/json' },
      body: body
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    });
  }

  function showResult() {
    return fetch(api + '/results?lang=' + lang, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        var overall = result.overall || {};
        document.querySelector('[data-testid=grid-final]').textContent =
          typeof overall.final === 'number' ? scoreFormat.format(overall.final) : '—';
        document.querySelector('[data-testid=grid-category]').textContent = overall.category || '';
        document.querySelector('[data-testid=grid-result-period]').textContent = result.period || '';
      });
  }

  save.addEventListener('click', function () {
    var entries = changes();
    if (entries.length === 0) {
      return;
    }
    save.disabled = true;
    send('PUT', api + '/values?lang=' + lang, JSON.stringify(entries)).then(function (answer) {
      if (!answer.ok) {
        status.textContent = fill(status.dataset.failed, errorText(answer.json));
        save.disabled = false;
        return null;
      }
      cells.forEach(function (row) {
        row.forEach(function (input) {
          if (input.classList.contains('changed')) {
            var value = parse(input.value);
            input.dataset.saved = value === null ? '' : String(value);
            input.value = show(value);
            check(input);
          }
        });
      });
      refresh();
      note.value = '';
      status.textContent = fill(status.dataset.saved, answer.json.changed);
      return showResult();
    }).catch(function (e) {
      status.textContent = fill(status.dataset.failed, e.message);
      save.disabled = false;
    });
  });

  undo.addEventListener('click', function () {
    cells.forEach(function (row) {
      row.forEach(function (input) {
        input.value = show(saved(input));
        check(input);
      });
    });
    refresh();
  });

  // --- import with a preview

  var form = document.getElementById('import-form');
  var file = document.getElementById('import-file');
  var numbers = document.getElementById('import-numbers');
  var commit = document.getElementById('import-commit');
  var progress = document.getElementById('import-progress');
  var result = document.getElementById('import-result');

  function upload(dryRun, done) {
    var chosen = file.files[0];
    if (!chosen) {
      return;
    }
    var data = new FormData();
    data.append('file', chosen, chosen.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', api + '/imports?lang=' + lang + '&numbers=' + numbers.value + (dryRun ? '&dry_run=true' : ''));
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    progress.hidden = false;
    progress.value = 0;
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        progress.value = Math.round(event.loaded / event.total * 100);
      }
    });
    xhr.addEventListener('load', function () {
      progress.value = 100;
      var body;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (e) {
        body = { error: { message: xhr.status + ' ' + xhr.statusText, fields: [] } };
      }
      done(xhr.status >= 200 && xhr.status < 300, body);
    });
    xhr.addEventListener('error', function () {
      done(false, { error: { message: 'network', fields: [] } });
    });
    xhr.send(data);
  }

  function message(text, cls) {
    var p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    return p;
  }

  function problemTable(list) {
    var t = document.createElement('table');
    t.className = 'import-problems';
    t.setAttribute('data-testid', 'import-problems');
    var head = t.createTHead().insertRow();
    [result.dataset.row, result.dataset.column, result.dataset.problem].forEach(function (label) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.appendChild(th);
    });
    var body = t.createTBody();
    list.forEach(function (p) {
      var tr = body.insertRow();
      [p.row === null || p.row === undefined ? '' : String(p.row), p.column || '', p.message].forEach(function (v) {
        tr.insertCell().textContent = v;
      });
    });
    var wrap = document.createElement('div');
    wrap.className = 'scroll';
    wrap.appendChild(t);
    return wrap;
  }

  file.addEventListener('change', function () {
    commit.disabled = true;
    result.textContent = '';
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    commit.disabled = true;
    result.textContent = '';
    upload(true, function (ok, body) {
      if (!ok) {
        result.appendChild(message(errorText(body), 'error'));
        return;
      }
      if (body.ok) {
        result.appendChild(message(fill(result.dataset.good, body.figures, body.changed), 'good'));
        commit.disabled = false;
      } else {
        result.appendChild(message(fill(result.dataset.bad, body.problems.length), 'error'));
        result.appendChild(problemTable(body.problems));
      }
    });
  });

  commit.addEventListener('click', function () {
    commit.disabled = true;
    result.textContent = '';
    upload(false, function (ok, body) {
      if (!ok) {
        result.appendChild(message(errorText(body), 'error'));
        if (body.error && body.error.fields && body.error.fields.length > 0) {
          result.appendChild(problemTable(body.error.fields.map(function (f) {
            return { row: null, column: f.field, message: f.message };
          })));
        }
        return;
      }
      result.appendChild(message(fill(result.dataset.done, body.changed), 'good'));
      reloadGrid();
      showResult();
    });
  });

  /** The table again from the server, with the imported figures, made editable again. */
  function reloadGrid() {
    fetch(location.href, { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('grid');
        if (fresh) {
          table.replaceChild(document.importNode(fresh.tBodies[0], true), table.tBodies[0]);
          enhance();
          refresh();
        }
      });
  }

  enhance();
  refresh();
  Array.prototype.forEach.call(document.querySelectorAll('.grid-tools, .grid-help, .import-panel'), function (e) {
    e.hidden = false;
  });
}());
