// Search page (/ and /search?q=…): hits with marked passages, facets, attention over time. GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, params, csvLink, showError, articleLink, actorLink, table, pager, chart, fillPeriods, fillForm, query, actorSuggestions} = NG;
  const FILTERS = ['q', 'from', 'to', 'language', 'outlet', 'actor'];

  function current() {
    const p = params();
    const out = {};
    for (const k of FILTERS) if (p.get(k)) out[k] = p.get(k);
    return out;
  }

  /** A snippet as text nodes with <mark> around each highlighted range. */
  function marked(text, marks) {
    const out = [];
    let at = 0;
    for (const [s, e] of marks || []) {
      if (s > at) out.push(text.slice(at, s));
      out.push(el('mark', {text: text.slice(s, e)}));
      at = e;
    }
    out.push(text.slice(at));
    return out;
  }

  function withParam(key, value) {
    const p = params();
    p.set(key, value);
    p.delete('offset');
    return '/search?' + p.toString();
  }

  async function overview() {
    const box = $('overview');
    try {
      const [stats, actors, articles] = await Promise.all([api('/api/stats'), api('/api/actors', {limit: 15}),
        api('/api/articles', {limit: 10})]);
      box.append(el('p', {class: 'stats'}, `${stats.articles} articles from ${stats.outlets} outlets`
        + (stats.first ? `, ${stats.first} to ${stats.last}` : '') + `; ${stats.actors} actors, ${stats.events}`
        + ` event reports in ${stats.clusters} events, ${stats.claims} claims.`));
      box.append(el('h2', {text: 'Most mentioned actors'}),
        el('ul', {class: 'cloud'}, actors.items.map(a => el('li', {}, actorLink(a.id, a.label),
          el('span', {class: 'muted', text: ' ' + a.articles})))));
      box.append(el('h2', {text: 'Latest articles'}), table(articles.items, [
        ['Published', a => a.published || 'undated'], ['Outlet', a => a.outlet || '—'],
        ['Title', a => articleLink(a.id, a.title)], ['Events', a => String(a.events)],
        ['Claims', a => String(a.claims)]]));
    } catch (e) {
      showError(box, e);
    }
  }

  /** The hits; false when the search itself was refused (its message is shown here, once). */
  async function hits(args) {
    const box = $('hits');
    try {
      const p = params();
      const answer = await api('/api/search', Object.assign({}, args, {offset: p.get('offset'), limit: 20}));
      clear(box).append(el('h2', {}, `Articles: ${answer.total} `, csvLink('/api/search', args), ' ',
        el('a', {href: '/map' + query(args), class: 'csv'}, 'map')));
      if (!answer.items.length) box.append(el('p', {class: 'muted', text: 'No article matches.'}));
      box.append(el('ol', {class: 'hits', start: answer.offset + 1}, answer.items.map(h => el('li', {class: 'hit'},
        el('div', {class: 'hit-title'}, articleLink(h.article_id, h.title)),
        el('div', {class: 'meta', text: [h.published || 'undated', h.outlet || '—', h.language].join(' · ')}),
        el('p', {class: 'snippet'}, marked(h.snippet, h.highlights))))));
      box.append(pager(answer));
      return true;
    } catch (e) {
      showError(box, e);
      return false;
    }
  }

  async function facets(args) {
    const box = $('facets');
    try {
      const answer = await api('/api/search/facets', args);
      clear(box).append(el('h2', {}, 'Facets ', csvLink('/api/search/facets', args)));
      const names = {outlet: 'Outlet', language: 'Language', actor: 'Actor', type: 'Event type', month: 'Month'};
      for (const [facet, title] of Object.entries(names)) {
        const items = answer.items.filter(i => i.facet === facet);
        if (!items.length) continue;
        box.append(el('h3', {text: title}), el('ul', {class: 'facet', 'data-facet': facet}, items.map(i =>
          el('li', {}, facetLink(facet, i), el('span', {class: 'count', text: String(i.count)})))));
      }
    } catch (e) {
      showError(box, e);
    }
  }

  function facetLink(facet, i) {
    switch (facet) {
      case 'outlet': return el('a', {href: withParam('outlet', i.value)}, i.label);
      case 'language': return el('a', {href: withParam('language', i.value)}, i.label);
      case 'actor': return el('a', {href: withParam('actor', i.value), title: i.value, class: 'actor', 'data-actor': i.value}, i.label);
      case 'month': {
        const [y, m] = i.value.split('-').map(Number);
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const p = params();
        p.set('from', i.value + '-01');
        p.set('to', i.value + '-' + String(last).padStart(2, '0'));
        return el('a', {href: '/search?' + p.toString()}, i.label);
      }
      default: return el('a', {href: '/network' + query({type: i.value})}, i.label);
    }
  }

  async function attention(args) {
    const box = $('attention-box');
    box.hidden = false;
    const raw = $('raw').checked;
    const period = $('period').value;
    try {
      const answer = await api('/api/search/attention', Object.assign({}, args, {period}));
      const items = fillPeriods(answer.items, {matches: 0, articles: 0, share: null});
      chart($('attention'), {
        tooltip: {trigger: 'axis'},
        grid: {left: 50, right: 20, top: 20, bottom: 30},
        xAxis: {type: 'category', data: items.map(i => i.period)},
        yAxis: {type: 'value', name: raw ? 'articles' : 'share'},
        series: [{type: 'bar', name: raw ? 'matching articles' : 'share of stored articles',
          data: items.map(i => raw ? i.matches : i.share)}]});
      $('attention-note').textContent = (raw ? 'Matching articles per ' : 'Matching articles as a share of all stored articles per ')
        + period + ' (the best 1,000 matches are counted). ';
      $('attention-note').append(csvLink('/api/search/attention', Object.assign({}, args, {period})));
    } catch (e) {
      showError($('attention-note'), e);
    }
  }

  async function start() {
    fillForm($('search-form'));
    actorSuggestions(document.querySelector('#search-form input[name=actor]'), $('actor-names'));
    const args = current();
    if (!args.q) {
      overview();
      return;
    }
    document.title = args.q + ' · Newsgraph';
    if (!await hits(args)) return;
    facets(args);
    attention(args);
    $('raw').addEventListener('change', () => attention(args));
    $('period').addEventListener('change', () => attention(args));
  }

  start();
})();
