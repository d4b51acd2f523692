// Dyad page (/dyad/{a}/{b}): cooperation and conflict between two actors over time, and the events with evidence.
// GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, pathArgs, params, showError, csvLink, table, chart, fillPeriods, actorLink, articleLink, badge, enc, fmt, query} = NG;

  /** Event and article axes whose zeros line up (conflict goes below zero, articles never do). */
  function axes(series) {
    const up = Math.max(1, ...series.map(i => i.cooperation));
    const down = Math.max(0, ...series.map(i => i.conflict));
    const articles = Math.max(1, ...series.map(i => i.articles));
    return [{type: 'value', name: 'events', min: -down, max: up, minInterval: 1},
      {type: 'value', name: 'articles', min: -articles * down / up, max: articles, minInterval: 1, splitLine: {show: false},
        axisLabel: {formatter: v => (v < 0 ? '' : String(Math.round(v * 10) / 10))}}];
  }

  function draw(items) {
    const series = fillPeriods(items, {cooperation: 0, conflict: 0, articles: 0});
    chart($('dyad-chart'), {
      tooltip: {trigger: 'axis', valueFormatter: v => (v == null ? '—' : String(Math.abs(v)))}, legend: {top: 0},
      grid: {left: 50, right: 50, top: 30, bottom: 30},
      xAxis: {type: 'category', data: series.map(i => i.period)},
      yAxis: axes(series),
      series: [
        {name: 'cooperation', type: 'bar', stack: 'x', itemStyle: {color: '#2e7d32'}, data: series.map(i => i.cooperation)},
        {name: 'conflict', type: 'bar', stack: 'x', itemStyle: {color: '#c62828'}, data: series.map(i => -i.conflict)},
        {name: 'articles naming both', type: 'line', yAxisIndex: 1, data: series.map(i => i.articles)}]});
  }

  function clusters(items, box, empty) {
    if (!items.length) { box.append(el('p', {class: 'muted', text: empty})); return; }
    box.append(table(items, [
      ['When', k => k.date || el('span', {class: 'muted', text: 'reported ' + (k.reported || '')})], ['Type', k => k.type],
      ['Who', k => actorLink(k.source, k.source_label)], ['Whom', k => actorLink(k.target, k.target_label)],
      ['Modality', k => k.modality && k.modality !== 'occurred' ? badge('mod', k.modality) : ''],
      ['Where', k => k.place_label || ''],
      ['Reports', k => String(k.reports)], ['Independent sources', k => String(k.independent_sources)],
      ['Weight', k => fmt(k.score, 1)],
      ['Evidence', k => el('span', {}, el('q', {text: k.evidence || ''}), ' ', el('a', {href: '#', class: 'more',
        on: {click: ev => { ev.preventDefault(); reports(k.id, ev.target.parentNode); }}}, 'reports'))]], 'clusters'));
  }

  async function reports(id, node) {
    const r = await api('/api/clusters/' + enc(id));
    node.append(el('ul', {class: 'reports'}, r.reports.map(e => el('li', {},
      articleLink(e.article_id, (e.title || e.outlet || 'article') + ', ' + (e.published || 'undated')), ': ',
      el('q', {text: e.evidence_text || ''}), ' ', el('span', {class: 'muted', text: e.certainty || ''})))));
  }

  async function start() {
    const [a, b] = pathArgs();
    const period = params().get('period') || 'month';
    const level = params().get('level') === 'actor' ? 'actor' : 'state';
    $('period').value = period;
    $('level').value = level;
    for (const id of ['period', 'level']) {
      $(id).addEventListener('change', () => {
        const p = params(); p.set(id, $(id).value); location.search = p.toString();
      });
    }
    const path = '/api/dyads/' + enc(a) + '/' + enc(b);
    try {
      const d = await api(path, {period, level});
      document.title = d.a.label + ' – ' + d.b.label + ' · Newsgraph';
      $('dyad-head').append(el('h1', {}, actorLink(d.a.id, d.a.label), ' – ', actorLink(d.b.id, d.b.label)),
        el('p', {class: 'meta'}, `${d.clusters.total} events between them since ${d.range.from || '—'}, both directions`
          + (level === 'state' ? ', everyone counted for the state or organisation they belonged to that day' : ''),
          ' · ', el('a', {href: '/map' + query({actor: a, with: b, level})}, 'map')));
      $('series-csv').append(csvLink(path + '/series', {period, level}));
      $('clusters-csv').append(csvLink(path + '/clusters', {level}));
      draw(d.series);
      clusters(d.clusters.items, clear($('clusters')), 'No event between them found yet.');
      clusters(d.history, clear($('history')), 'none');
    } catch (e) {
      showError($('dyad-head'), e);
    }
  }

  start();
})();
