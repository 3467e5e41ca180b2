// The AHP page: as a slider moves, the matrix goes to the server (POST /api/v1/ahp), which computes the
// weights, λmax, CI and CR with kinerja-core, so the page shows exactly what the command line would; the
// judgement furthest from the weights is marked. "Save" stores the person's own matrix (PUT).
(function () {
  'use strict';
  var root = document.getElementById('ahp');
  if (!root) { return; }
  var lang = root.getAttribute('data-lang');
  var elements = JSON.parse(root.getAttribute('data-elements'));
  var texts = JSON.parse(root.getAttribute('data-texts'));
  var n = elements.length;
  var format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var format3 = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  var format2 = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var pairs = Array.prototype.slice.call(root.querySelectorAll('.ahp-pair'));
  var status = document.getElementById('ahp-status');
  var asked = 0;

  function fill(template, args) {
    return template.replace(/\{(\d)\}/g, function (m, k) { return args[+k] === undefined ? m : String(args[+k]); });
  }

  function names(li) {
    return [li.querySelector('.ahp-a').textContent, li.querySelector('.ahp-b').textContent];
  }

  function say(li, position) {
    var ab = names(li);
    if (position === 0) { return fill(texts.equal, [ab[0], ab[1]]); }
    var k = Math.abs(position) + 1;
    return position < 0 ? fill(texts.more, [ab[0], ab[1], texts.scale[k], k]) : fill(texts.more, [ab[1], ab[0], texts.scale[k], k]);
  }

  function matrix() {
    var m = [];
    for (var i = 0; i < n; i++) { m.push([]); for (var j = 0; j < n; j++) { m[i].push(1); } }
    pairs.forEach(function (li) {
      var i = +li.getAttribute('data-i'), j = +li.getAttribute('data-j');
      var v = +li.querySelector('input').value;
      var a = v <= 0 ? 1 - v : 1 / (1 + v);
      m[i][j] = a;
      m[j][i] = 1 / a;
    });
    return m;
  }

  function request(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': root.getAttribute('data-csrf') },
      body: JSON.stringify(body) }).then(function (r) {
      return r.json().then(function (json) { return { ok: r.ok, json: json }; });
    });
  }

  function show(result) {
    var rows = document.querySelectorAll('#ahp-weights tbody tr');
    elements.forEach(function (e, k) {
      var w = result.weights[e];
      var row = rows[k];
      row.querySelector('.ahp-w').textContent = format.format(w * 100) + ' %';
      row.querySelector('.ahp-bar').style.width = (w * 100).toFixed(1) + '%';
    });
    document.getElementById('ahp-cr').textContent = fill(texts.cr, [format3.format(result.lambda_max),
      format3.format(result.ci), format3.format(result.cr), result.consistent ? texts.consistent : texts.inconsistent]);
    root.classList.toggle('inconsistent', !result.consistent);
    var worst = result.most_inconsistent;
    pairs.forEach(function (li) {
      var mark = worst && +li.getAttribute('data-i') === worst.row && +li.getAttribute('data-j') === worst.column;
      li.classList.toggle('worst', !!mark);
      var flag = li.querySelector('.ahp-flag');
      flag.hidden = !mark;
      li.querySelector('.ahp-flag-detail').textContent = mark
        ? fill(texts.worst_detail, [format2.format(worst.judged), format2.format(worst.implied)]) : '';
    });
  }

  function recompute() {
    var mine = ++asked;
    request('POST', '/api/v1/ahp', { elements: elements, matrix: matrix() }).then(function (r) {
      if (mine !== asked) { return; } // a later move has been asked for already
      if (r.ok) { show(r.json); root.setAttribute('data-computed', String(mine)); }
    });
  }

  pairs.forEach(function (li) {
    var input = li.querySelector('input');
    var output = li.querySelector('output');
    input.addEventListener('input', function () {
      var text = say(li, +input.value);
      output.textContent = text;
      input.setAttribute('aria-valuetext', text);
      status.textContent = '';
      recompute();
    });
  });

  document.getElementById('ahp-save').addEventListener('click', function () {
    var p = root.getAttribute('data-perspective');
    var url = '/api/v1/scorecards/' + encodeURIComponent(root.getAttribute('data-scorecard')) + '/ahp'
      + (p ? '?perspective=' + encodeURIComponent(p) : '');
    request('PUT', url, { matrix: matrix() }).then(function (r) {
      if (r.ok) {
        status.textContent = texts.saved;
        window.location.reload();
      } else {
        status.textContent = fill(texts.save_failed, [r.json.error ? r.json.error.message : '']);
      }
    });
  });
}());
