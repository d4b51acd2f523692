// Actor page (/actor/{id}): roles over time, events by type, top partners, claims by and about it, history.
// GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, pathArgs, params, showError, csvLink, table, chart, fillPeriods, articleLink, actorLink, dyadLink, badge, enc, fmt, query} = NG;
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
    'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

  async function head(id) {
    const a = await api('/api/actors/' + enc(id));
    document.title = a.label + ' · Newsgraph';
    $('actor-head').append(el('h1', {}, el('span', {class: 'actor-name', 'data-actor': a.id}, a.label), ' ',
      el('span', {class: 'muted', text: a.id})),
      el('p', {class: 'meta'}, [a.type, a.iso3, `${a.articles} articles`, `${a.mentions} mentions`,
        `${a.events_as_source} events as source`, `${a.events_as_target} as target`, `${a.claims_by} claims`,
        a.first ? `${a.first} to ${a.last}` : null].filter(Boolean).join(' · '),
        a.state && a.state !== a.id ? el('span', {}, ' · belongs to ', actorLink(a.state, a.state_label)) : null),
      el('p', {}, el('a', {href: '/search?actor=' + enc(a.id) + '&q=' + enc('"' + a.label + '"')}, 'Articles naming it'),
        ' · ', el('a', {href: '/claims?actor=' + enc(a.id)}, 'Claims'),
        ' · ', el('a', {href: '/network?actor=' + enc(a.id)}, 'Network'),
        ' · ', el('a', {href: '/map?actor=' + enc(a.id)}, 'Map')));
  }

  async function roles(id) {
    const path = '/api/actors/' + enc(id) + '/roles';
    const r = await api(path);
    $('roles-csv').append(csvLink(path));
    const items = fillPeriods(r.items, {source: 0, target: 0, speaker: 0, articles: 0});
    chart($('roles-chart'), {
      tooltip: {trigger: 'axis'}, legend: {top: 0},
      grid: {left: 50, right: 50, top: 30, bottom: 30},
      xAxis: {type: 'category', data: items.map(i => i.period)},
      yAxis: [{type: 'value', name: 'reports'}, {type: 'value', name: 'articles'}],
      series: [
        {name: 'source of events', type: 'bar', stack: 'r', data: items.map(i => i.source)},
        {name: 'target of events', type: 'bar', stack: 'r', data: items.map(i => i.target)},
        {name: 'speaker of claims', type: 'bar', stack: 'r', data: items.map(i => i.speaker)},
        {name: 'articles naming it', type: 'line', yAxisIndex: 1, data: items.map(i => i.articles)}]});
  }

  async function timeline(id) {
    const path = '/api/actors/' + enc(id) + '/timeline';
    const t = await api(path);
    $('timeline-csv').append(csvLink(path));
    const items = fillPeriods(t.items, {by_type: {}});
    const used = TYPES.filter(ty => t.items.some(i => i.by_type[ty]));
    chart($('timeline-chart'), {
      tooltip: {trigger: 'axis'}, legend: {top: 0, type: 'scroll'},
      grid: {left: 50, right: 20, top: 30, bottom: 30},
      xAxis: {type: 'category', data: items.map(i => i.period)},
      yAxis: {type: 'value', name: 'events'},
      series: used.map(ty => ({name: ty, type: 'bar', stack: 't', data: items.map(i => i.by_type[ty] || 0)}))});
    $('timeline-note').textContent = 'Real events by the day they happened (undated ones by the day they were first '
      + 'reported), from the first stored article on; older events are listed under History.';
  }

  async function partners(id) {
    const level = $('partner-level').value;
    const p = await api('/api/actors/' + enc(id) + '/partners', {limit: 15, level});
    clear($('partners')).append(table(p.items, [
      ['Partner', x => actorLink(x.id, x.label)],
      ['Events', x => el('a', {href: '/dyad/' + enc(id) + '/' + enc(x.id) + query({level}), class: 'dyad'}, String(x.clusters))],
      ['Weight', x => fmt(x.score, 1)], ['Articles', x => String(x.co_mentions)]]),
      csvLink('/api/actors/' + enc(id) + '/partners', {level}));
  }

  async function claims(id, role, box) {
    const c = await api('/api/claims', {actor: id, role, limit: 20});
    if (!c.items.length) { box.append(el('p', {class: 'muted', text: 'none'})); return; }
    box.append(table(c.items, [['Published', x => x.published || ''],
      ['Speaker', x => actorLink(x.speaker_entity, x.speaker_label, x.speaker_text)],
      ['Says', x => el('span', {}, (x.cue ? x.cue + ': ' : ''), x.content_text || '')], ['Certainty', x => badge('cert', x.certainty)],
      ['Article', x => articleLink(x.article_id, x.title || x.outlet || 'article')]]),
      el('p', {}, el('a', {href: '/claims?actor=' + enc(id) + '&role=' + role}, `all ${c.total}`), ' ',
        csvLink('/api/claims', {actor: id, role})));
  }

  async function events(id) {
    const e = await api('/api/events', {actor: id, limit: 30});
    const box = $('events');
    if (!e.items.length) { box.append(el('p', {class: 'muted', text: 'none'})); return; }
    box.append(table(e.items, [['Published', x => x.published || ''], ['Type', x => x.type],
      ['Who', x => actorLink(x.source_entity, x.source_label, x.source_text)],
      ['Whom', x => actorLink(x.target_entity, x.target_label, x.target_text)],
      ['When', x => x.date || ''], ['Where', x => x.place_label || x.location_text || ''],
      ['Certainty', x => badge('cert', x.certainty)], ['Evidence', x => articleLink(x.article_id, x.evidence_text)]]),
      el('p', {}, `${e.total} reports `, csvLink('/api/events', {actor: id})));
  }

  async function history(id) {
    const path = '/api/actors/' + enc(id) + '/history';
    const h = await api(path, {limit: 50});
    $('history-csv').append(csvLink(path));
    const box = $('history');
    if (!h.items.length) { box.append(el('p', {class: 'muted', text: 'none'})); return; }
    box.append(table(h.items, [['When', k => k.date || ''], ['Type', k => k.type],
      ['Who', k => actorLink(k.source, k.source_label)], ['Whom', k => actorLink(k.target, k.target_label)],
      ['Evidence', k => el('q', {text: k.evidence || ''})]], 'history'));
  }

  async function start() {
    const [id] = pathArgs();
    const guard = (p, box) => p.catch(e => showError(box, e));
    const lv = params().get('level');
    if (lv === 'actor' || lv === 'state') $('partner-level').value = lv;
    $('partner-level').addEventListener('change', () => guard(partners(id), $('partners')));
    await guard(head(id), $('actor-head'));
    guard(roles(id), $('roles-chart'));
    guard(timeline(id), $('timeline-chart'));
    guard(partners(id), $('partners'));
    guard(claims(id, 'by', $('claims-by')), $('claims-by'));
    guard(claims(id, 'about', $('claims-about')), $('claims-about'));
    guard(events(id), $('events'));
    guard(history(id), $('history'));
  }

  start();
})();
