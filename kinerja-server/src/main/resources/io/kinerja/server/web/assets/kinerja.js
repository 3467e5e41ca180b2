// Draws the charts described by data-chart attributes (the page's data, as JSON) with ECharts. No inline
// script: the pages' Content-Security-Policy allows scripts from this server only.
(function () {
  'use strict';
  var css = getComputedStyle(document.documentElement);
  function colour(tone) { return (css.getPropertyValue('--' + (tone || 'none')) || '#52606d').trim(); }
  var ink = '#1f2933', muted = '#52606d', accent = '#1d5f8a';

  function option(spec) {
    if (spec.type === 'gauge') {
      return { animation: false, series: [{ type: 'gauge', min: spec.min, max: spec.max, startAngle: 200, endAngle: -20,
        radius: '92%', center: ['50%', '58%'], splitNumber: 4,
        progress: { show: true, width: 14, itemStyle: { color: colour(spec.tone) } },
        axisLine: { lineStyle: { width: 14, color: [[1, '#e4e7eb']] } },
        axisTick: { show: false }, splitLine: { length: 8, lineStyle: { color: '#9aa5b1' } },
        axisLabel: { color: muted, distance: 22, fontSize: 11 }, pointer: { show: false }, anchor: { show: false },
        title: { show: false }, detail: { show: false, color: ink,
          formatter: function () { return spec.label; } },
        data: [{ value: spec.value }] }] };
    }
    if (spec.type === 'bars') {
      return { animation: false, grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', min: spec.min, max: spec.max, axisLabel: { color: muted } },
        yAxis: { type: 'category', inverse: true, data: spec.names, axisLabel: { color: ink, width: 160, overflow: 'truncate' } },
        series: [{ type: 'bar', data: spec.values, itemStyle: { color: accent },
          label: { show: true, position: 'right', color: ink, formatter: function (p) { return spec.labels[p.dataIndex]; } } }] };
    }
    if (spec.type === 'trend') {
      return { animation: false, grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true }, tooltip: { trigger: 'axis' },
        legend: { data: [spec.valueName, spec.targetName], textStyle: { color: ink } },
        xAxis: { type: 'category', data: spec.periods, axisLabel: { color: muted } },
        yAxis: { type: 'value', scale: true, axisLabel: { color: muted } },
        series: [{ name: spec.valueName, type: 'line', data: spec.values, symbolSize: 8, connectNulls: true, itemStyle: { color: accent } },
          { name: spec.targetName, type: 'line', data: spec.targets, step: 'middle', symbol: 'none',
            lineStyle: { type: 'dashed', color: '#b54708' }, itemStyle: { color: '#b54708' } }] };
    }
    return null;
  }

  function draw(root) {
    if (!window.echarts) { return; }
    var nodes = root.querySelectorAll ? root.querySelectorAll('[data-chart]') : [];
    Array.prototype.forEach.call(nodes, function (el) {
      var old = window.echarts.getInstanceByDom(el);
      if (old) { old.dispose(); }
      var chosen = option(JSON.parse(el.getAttribute('data-chart')));
      if (chosen) {
        var chart = window.echarts.init(el, null, { renderer: 'svg' });
        chart.setOption(chosen);
        el.setAttribute('data-drawn', 'true');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(document); });
  window.addEventListener('resize', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (el) {
      var c = window.echarts && window.echarts.getInstanceByDom(el);
      if (c) { c.resize(); }
    });
  });
})();
