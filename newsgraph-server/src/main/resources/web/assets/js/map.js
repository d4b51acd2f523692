// Map page (/map?q=&actor=&with=…): places with real-world events, on outlines shipped with Newsgraph (no tiles).
// GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, params, showError, csvLink, table, chart, fillForm, actorLink, badge, enc, fmt, actorSuggestions} = NG;
  const KEYS = ['q', 'actor', 'with', 'from', 'to', 'level', 'type'];

  function args() {
    const p = params();
    const out = {};
    for (const k of KEYS) if (p.get(k)) out[k] = p.get(k);
    return out;
  }

  async function outlines() {
    const res = await fetch('/assets/map/world.json');
    if (!res.ok) throw new Error('no map outlines (HTTP ' + res.status + ')');
    echarts.registerMap('world', await res.json());
  }

  function draw(points) {
    const most = Math.max(1, ...points.map(p => p.events));
    const c = chart($('map'), {
      tooltip: {trigger: 'item', formatter: p => p.data ? `${p.data.name}: ${p.data.value[2]} events` : p.name},
      geo: {map: 'world', roam: true, silent: true, itemStyle: {areaColor: '#eceff1', borderColor: '#b0bec5'},
        emphasis: {disabled: true}},
      series: [{type: 'scatter', coordinateSystem: 'geo', symbolSize: v => 6 + 18 * Math.sqrt(v[2] / most),
        itemStyle: {color: '#c62828', opacity: 0.8},
        label: {show: points.length <= 40, formatter: p => p.data.name, position: 'right', fontSize: 10},
        data: points.map(p => ({name: p.label, place: p.place, value: [p.longitude, p.latitude, p.events]}))}]});
    c.on('click', ev => { if (ev.data) events(ev.data.place, ev.data.name); });
    window.NG_map = points;
  }

  async function events(place, name) {
    $('events-title').textContent = 'Events at ' + name;
    const box = clear($('place-events'));
    try {
      const k = await api('/api/clusters', {place, limit: 50});
      box.append(table(k.items, [['When', x => x.date || ''], ['Type', x => x.type],
        ['Who', x => actorLink(x.source, x.source_label)], ['Whom', x => actorLink(x.target, x.target_label)],
        ['Reports', x => String(x.reports)]]));
    } catch (e) {
      showError(box, e);
    }
  }

  async function start() {
    fillForm($('map-form'));
    for (const name of ['actor', 'with']) {
      actorSuggestions(document.querySelector('#map-form input[name=' + name + ']'), $('actor-names'));
    }
    const a = args();
    $('map-csv').append(csvLink('/api/map', a));
    try {
      const [points] = await Promise.all([api('/api/map', a), outlines()]);
      const sum = points.items.reduce((n, p) => n + p.events, 0);
      $('map-head').append(el('p', {class: 'meta', text: `${points.items.length} places, ${sum} events`}));
      if (a.actor) {
        const who = [await api('/api/actors/' + enc(a.actor)).catch(() => null)];
        if (a.with) who.push(await api('/api/actors/' + enc(a.with)).catch(() => null));
        $('map-head').append(el('p', {}, ...who.filter(Boolean).flatMap((x, i) => [i ? ' – ' : '', actorLink(x.id, x.label)])));
      }
      draw(points.items);
      $('places').append(table(points.items, [
        ['Place', x => el('a', {href: '#', class: 'place', on: {click: ev => { ev.preventDefault(); events(x.place, x.label); }}}, x.label)],
        ['Country', x => x.country || ''], ['Events', x => String(x.events)], ['Reports', x => String(x.reports)],
        ['First', x => x.first || ''], ['Last', x => x.last || ''],
        ['Where', x => fmt(x.latitude, 2) + ', ' + fmt(x.longitude, 2)]], 'places'));
    } catch (e) {
      showError($('map-head'), e);
    }
  }

  start();
})();
