// Newsgraph web UI: helpers shared by every page. SPDX-License-Identifier: GPL-3.0-or-later
// Every value that comes from articles reaches the page as a text node (textContent), never as markup.
'use strict';

const NG = (() => {
  /** Only site-relative paths and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
  function safeHref(href) {
    const s = String(href == null ? '' : href).trim();
    if (s.startsWith('/') && !s.startsWith('//')) return s;
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /** Builds an element: attrs may hold class, text, href, title, on (event handlers), data-* and plain attributes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k === 'href') { const h = safeHref(v); if (h) e.setAttribute('href', h); }
      else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  /** The path segments after the page's own ("/actor/country:RUS" gives ["country:RUS"]), decoded. */
  function pathArgs() {
    return location.pathname.split('/').slice(2).map(decodeURIComponent);
  }

  function query(obj) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(obj || {})) if (v != null && v !== '') p.set(k, v);
    const s = p.toString();
    return s ? '?' + s : '';
  }

  /** Requests in flight (tests wait for none before they look at a page). */
  const state = {pending: 0};

  /**
   * The language actors and places are named in: ?lang= on the page, else the reader's last choice, else the
   * browser's languages (as the API does with Accept-Language), else English. One language on every page.
   */
  const lang = (() => {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'en' || asked === 'de') {
      try { localStorage.setItem('ng-lang', asked); } catch (e) { /* storage off: the address keeps it */ }
      return asked;
    }
    let saved = null;
    try { saved = localStorage.getItem('ng-lang'); } catch (e) { /* storage off */ }
    if (saved === 'en' || saved === 'de') return saved;
    for (const l of navigator.languages || [navigator.language || 'en']) {
      const c = String(l).slice(0, 2).toLowerCase();
      if (c === 'en' || c === 'de') return c;
    }
    return 'en';
  })();

  /** The header's switch: marks the current language; a click reloads the page in the other. */
  function languageSwitch() {
    document.documentElement.setAttribute('data-names', lang);
    for (const b of document.querySelectorAll('.lang-switch button')) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
      b.addEventListener('click', () => {
        const p = new URLSearchParams(location.search);
        p.set('lang', b.getAttribute('data-lang'));
        location.search = p.toString();
      });
    }
  }

  /** GETs an API path in the page's language; a refused request throws with the API's message. */
  async function api(path, args) {
    state.pending++;
    try {
      const res = await fetch(path + query(Object.assign({lang}, args)), {headers: {Accept: 'application/json'}});
      let body = null;
      try { body = await res.json(); } catch (e) { /* not JSON: reported below */ }
      if (!res.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + res.status);
      return body;
    } finally {
      state.pending--;
    }
  }

  function csvLink(path, args, label) {
    return el('a', {class: 'csv', href: path + query(Object.assign({lang}, args, {format: 'csv', limit: 1000})),
      download: ''}, label || 'CSV');
  }

  function showError(node, err) {
    clear(node).append(el('p', {class: 'error', role: 'alert', text: 'Could not load: ' + err.message}));
  }

  function enc(id) {
    return encodeURIComponent(id);
  }

  /**
   * A link to an actor, named by its label in the page's language (class actor: every actor name on a page is one;
   * the browser tests read them). Without an id (an unlinked speaker), the article's words, in quotation marks.
   */
  function actorLink(id, label, words) {
    if (!id) return el('span', {class: 'muted words', text: words || label || '—'});
    return el('a', {href: '/actor/' + enc(id), class: 'actor', title: id, 'data-actor': id}, label || id);
  }

  function articleLink(id, title) {
    return el('a', {href: '/article/' + enc(id), class: 'article'}, title || id);
  }

  function dyadLink(a, b, label) {
    return el('a', {href: '/dyad/' + enc(a) + '/' + enc(b), class: 'dyad'}, label || (a + ' – ' + b));
  }

  function badge(kind, value) {
    return value ? el('span', {class: 'badge ' + kind + '-' + String(value).toLowerCase(), text: value}) : null;
  }

  /** A table of items: columns are [heading, item => cell content]. */
  function table(items, columns, cls) {
    const head = el('tr', {}, columns.map(c => el('th', {text: c[0]})));
    const rows = items.map(it => el('tr', {}, columns.map(c => el('td', {}, c[1](it)))));
    return el('table', {class: 'list ' + (cls || '')}, el('thead', {}, head), el('tbody', {}, rows));
  }

  /** Previous/next links for a paged list answer. */
  function pager(answer) {
    const p = params();
    const nav = el('nav', {class: 'pager'});
    const at = (off) => { p.set('offset', Math.max(0, off)); return location.pathname + '?' + p.toString(); };
    if (answer.offset > 0) nav.append(el('a', {href: at(answer.offset - answer.limit), rel: 'prev'}, '← previous'));
    nav.append(el('span', {class: 'muted',
      text: ' ' + (answer.items.length ? (answer.offset + 1) + '–' + (answer.offset + answer.items.length) : 0)
        + ' of ' + answer.total + ' '}));
    if (answer.offset + answer.limit < answer.total) nav.append(el('a', {href: at(answer.offset + answer.limit), rel: 'next'}, 'next →'));
    return nav;
  }

  /**
   * Draws an ECharts chart and records how many non-zero data points it shows (data-points, read by tests and
   * people). No animation: the chart is complete as soon as it is drawn (screenshots, slow machines).
   */
  function chart(node, option) {
    const existing = echarts.getInstanceByDom(node);
    const c = existing || echarts.init(node, null, {renderer: 'canvas'});
    c.setOption(Object.assign({animation: false}, option), true);
    const points = (option.series || []).reduce((n, s) => n + (s.data || []).filter(v => v != null && v !== 0).length, 0);
    node.setAttribute('data-points', String(points));
    if (!existing) window.addEventListener('resize', () => c.resize());
    return c;
  }

  /** ISO years have 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year. */
  function isoWeeks(y) {
    const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
  }

  /** The period after p: months (2024-05), ISO weeks (2024-W05) or days (2024-05-31); null for anything else. */
  function nextPeriod(p) {
    const pad = n => String(n).padStart(2, '0');
    let m = /^(\d{4})-(\d{2})$/.exec(p);
    if (m) return +m[2] === 12 ? `${+m[1] + 1}-01` : `${m[1]}-${pad(+m[2] + 1)}`;
    m = /^(\d{4})-W(\d{2})$/.exec(p);
    if (m) return +m[2] < isoWeeks(+m[1]) ? `${m[1]}-W${pad(+m[2] + 1)}` : `${+m[1] + 1}-W01`;
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
    if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + 1)).toISOString().slice(0, 10);
    return null;
  }

  /**
   * A time series with no gaps: the API answers only periods that have data, and a category axis would silently
   * join 2023-09 to 2024-04. Missing periods get the fields of blank; over 5,000 periods stay as they are.
   */
  function fillPeriods(items, blank) {
    if (items.length < 2) return items;
    const have = new Map(items.map(i => [i.period, i]));
    const out = [];
    const last = items[items.length - 1].period;
    for (let p = items[0].period; p != null && p <= last; p = nextPeriod(p)) {
      if (out.length > 5000) return items;
      out.push(have.get(p) || Object.assign({period: p}, blank));
    }
    return out.length >= items.length ? out : items;
  }

  /**
   * Offers actor names while the reader types into an actor field (any alias, either language; the API takes a
   * name as well as an id).
   */
  function actorSuggestions(input, list) {
    if (!input || !list) return;
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(async () => {
        try {
          const a = await api('/api/actors', {q, limit: 10});
          clear(list).append(...a.items.map(x => el('option', {value: x.label})));
        } catch (e) { /* suggestions are a convenience: the search still works */ }
      }, 200);
    });
  }

  /** Fills a filter form from the query string. */
  function fillForm(form) {
    const p = params();
    for (const f of form.elements) if (f.name && p.has(f.name)) f.value = p.get(f.name);
  }

  function fmt(n, digits) {
    return n == null ? '—' : Number(n).toFixed(digits == null ? 0 : digits);
  }

  languageSwitch();

  return {state, lang, actorSuggestions, safeHref, el, clear, $, params, pathArgs, query, api, csvLink, showError, actorLink, articleLink, dyadLink,
    badge, table, pager, chart, fillPeriods, fillForm, fmt, enc};
})();
