// The dashboard's own charts (data-dash-chart): the radar of the perspectives and the trend of a range of
// periods. The shared kinerja.js draws the gauge and the bars; this file only adds chart types. No inline
// script: the pages' Content-Security-Policy allows scripts from this server only.
(function () {
  'use strict';
  var ink = '#1f2933', muted = '#52606d', accent = '#1d5f8a';
  var palette = ['#1d5f8a', '#b54708', '#1e7a46', '#7c3aed', '#b42318', '#0e7490', '#9a6a00', '#52606d'];

  function option(spec) {
    if (spec.type === 'radar') {
      return { animation: false, color: [accent], tooltip: { trigger: 'item' },
        radar: { radius: '66%', center: ['50%', '54%'], splitNumber: 4,
          indicator: spec.names.map(function (n) { return { name: n, min: spec.min, max: spec.max }; }),
          axisName: { color: ink, fontSize: 12, width: 120, overflow: 'break' },
          splitLine: { lineStyle: { color: '#d9dee4' } }, splitArea: { show: false },
          axisLine: { lineStyle: { color: '#d9dee4' } } },
        series: [{ type: 'radar', symbolSize: 6, areaStyle: { opacity: 0.15 },
          data: [{ value: spec.values, name: spec.name }] }] };
    }
    if (spec.type === 'lines') {
      return { animation: false, color: palette, tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
        legend: { type: 'scroll', textStyle: { color: ink } },
        xAxis: { type: 'category', data: spec.periods, axisLabel: { color: muted } },
        yAxis: { type: 'value', scale: true, axisLabel: { color: muted } },
        series: spec.series.map(function (s, k) {
          return { name: s.name, type: 'line', data: s.values, connectNulls: true, symbolSize: k === 0 ? 9 : 6,
            lineStyle: { width: k === 0 ? 3 : 1.5, type: k === 0 ? 'solid' : 'dashed' } };
        }) };
    }
    return null;
  }

  function draw() {
    if (!window.echarts) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('[data-dash-chart]'), function (el) {
      var old = window.echarts.getInstanceByDom(el);
      if (old) { old.dispose(); }
      var chosen = option(JSON.parse(el.getAttribute('data-dash-chart')));
      if (chosen) {
        window.echarts.init(el, null, { renderer: 'svg' }).setOption(chosen);
        el.setAttribute('data-drawn', 'true');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-dash-chart]'), function (el) {
      var c = window.echarts && window.echarts.getInstanceByDom(el);
      if (c) { c.resize(); }
    });
  });
})();
