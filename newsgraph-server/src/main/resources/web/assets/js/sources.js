// Sources page (/sources): outlets, their coverage over time, and the health of watched feeds. GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, api, showError, csvLink, table, chart, fillPeriods, badge} = NG;

  async function outlets() {
    const o = await api('/api/sources', {limit: 200});
    $('outlets-csv').append(csvLink('/api/sources'));
    $('outlets').append(table(o.items, [
      ['Outlet', x => el('a', {href: '/search?q=*:*&outlet=' + encodeURIComponent(x.outlet)}, x.outlet)],
      ['Articles', x => String(x.articles)], ['Languages', x => x.languages || ''],
      ['First', x => x.first || ''], ['Last', x => x.last || ''], ['Events', x => String(x.events)],
      ['Claims', x => String(x.claims)], ['Syndicated copies', x => String(x.syndicated)]]));
  }

  async function coverage() {
    const c = await api('/api/sources/coverage', {period: 'month'});
    $('coverage-csv').append(csvLink('/api/sources/coverage', {period: 'month'}));
    const periods = fillPeriods([...new Set(c.items.map(i => i.period))].sort().map(p => ({period: p})), {})
      .map(i => i.period);
    const outlets = [...new Set(c.items.map(i => i.outlet))];
    const count = new Map(c.items.map(i => [i.period + '\u0000' + i.outlet, i.articles]));
    chart($('coverage-chart'), {
      tooltip: {trigger: 'axis'}, legend: {top: 0, type: 'scroll'},
      grid: {left: 50, right: 20, top: 30, bottom: 30},
      xAxis: {type: 'category', data: periods}, yAxis: {type: 'value', name: 'articles'},
      series: outlets.map(o => ({name: o, type: 'bar', stack: 'c', data: periods.map(p => count.get(p + '\u0000' + o) || 0)}))});
  }

  async function feeds() {
    const f = await api('/api/feeds');
    $('feeds-csv').append(csvLink('/api/feeds'));
    if (!f.items.length) {
      $('feeds').append(el('p', {class: 'muted', text: 'No feeds watched yet (newsgraph watch --feeds FILE).'}));
      return;
    }
    $('feeds').append(table(f.items, [['Status', x => badge('feed', x.status)], ['Feed', x => x.outlet || x.url],
      ['Items/day', x => String(x.items_per_day)], ['Last new item', x => x.last_new_item || 'never'],
      ['Last success', x => x.last_success || 'never'], ['Errors', x => String(x.errors)],
      ['Note', x => [x.reason, x.last_error].filter(Boolean).join(': ')]]));
  }

  outlets().catch(e => showError($('outlets'), e));
  coverage().catch(e => showError($('coverage-chart'), e));
  feeds().catch(e => showError($('feeds'), e));
})();
