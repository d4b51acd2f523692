// Article page (/article/{id}): the text with entities, events and claims marked; a click shows provenance.
// GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, pathArgs, showError, actorLink, badge, fmt, enc} = NG;
  const annotations = [];

  /** Every marked span: kind (ent, ev, cl), [start, end) in the text, and the record it came from. */
  function collect(data) {
    data.mentions.forEach((m, i) => annotations.push({kind: 'ent', id: 'm' + i, start: m.char_start, end: m.char_end, rec: m}));
    data.events.forEach(e => annotations.push({kind: 'ev', id: e.id, start: e.evidence_start, end: e.evidence_end, rec: e}));
    data.claims.forEach(c => annotations.push({kind: 'cl', id: c.id, start: c.content_start, end: c.content_end, rec: c}));
    return annotations.filter(a => a.start != null && a.end != null && a.end > a.start);
  }

  /** The text cut at every annotation boundary; each piece is a text node inside a span naming what covers it. */
  function render(text, anns) {
    const cuts = new Set([0, text.length]);
    anns.forEach(a => { cuts.add(Math.min(a.start, text.length)); cuts.add(Math.min(a.end, text.length)); });
    const points = [...cuts].sort((x, y) => x - y);
    const box = clear($('article-text'));
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const covering = anns.filter(a => a.start <= s && a.end >= e);
      const piece = text.slice(s, e);
      if (!covering.length) { box.append(piece); continue; }
      const kinds = [...new Set(covering.map(a => a.kind))];
      const span = el('span', {class: 'ann ' + kinds.join(' '), 'data-ann': covering.map(a => a.id).join(' ')}, piece);
      span.addEventListener('click', () => select(innermost(covering)));
      box.append(span);
    }
  }

  function innermost(list) {
    return list.slice().sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  }

  function row(label, value) {
    return value == null || value === '' ? null : el('div', {class: 'prov-row'}, el('dt', {text: label}),
      el('dd', {}, value));
  }

  /** Shows where an annotation came from and marks it in the text. */
  function select(a) {
    document.querySelectorAll('.ann.selected').forEach(n => n.classList.remove('selected'));
    document.querySelectorAll('.ann').forEach(n => {
      if ((n.getAttribute('data-ann') || '').split(' ').includes(a.id)) n.classList.add('selected');
    });
    const r = a.rec;
    const box = clear($('provenance'));
    const rows = [];
    if (a.kind === 'ent') {
      box.append(el('h3', {}, 'Entity: ', actorLink(r.entity_id, r.label)));
      rows.push(row('text', r.text), row('type', r.type), row('span', `${r.char_start}–${r.char_end}`),
        row('method', r.method), row('confidence', fmt(r.confidence, 2)));
    } else if (a.kind === 'ev') {
      box.append(el('h3', {text: 'Event: ' + r.type + (r.label ? ' (' + r.label + ')' : '')}));
      rows.push(row('who', actorLink(r.source_entity, r.source_label || r.source_text)), row('whom', actorLink(r.target_entity, r.target_label || r.target_text)),
        row('where', r.location_text), row('when', r.time_value ? r.time_value + (r.time_text ? ' ("' + r.time_text + '")' : '') : null),
        row('modality', r.modality), row('certainty', badge('cert', r.certainty)),
        row('attribution', r.attribution_text ? r.attribution_text + (r.attribution_cue ? ' — "' + r.attribution_cue + '"' : '') : null),
        row('span', `${r.evidence_start}–${r.evidence_end} (sentence ${r.evidence_sentence})`),
        row('method', r.method), row('confidence', fmt(r.confidence, 2)),
        row('event', r.cluster_id ? el('span', {}, `${r.cluster_reports} reports, ${r.cluster_sources} independent sources`) : null));
    } else {
      box.append(el('h3', {}, 'Claim by ', actorLink(r.speaker_entity, r.speaker_text)));
      rows.push(row('cue', r.cue), row('kind', r.kind), row('certainty', badge('cert', r.certainty)),
        row('content', r.content_text), row('span', `${r.content_start}–${r.content_end}`),
        row('method', r.method), row('confidence', fmt(r.confidence, 2)));
    }
    box.append(el('dl', {}, rows));
    if (r.evidence_text) box.append(el('h4', {text: 'Evidence'}), el('blockquote', {class: 'evidence', text: r.evidence_text}));
    const first = document.querySelector('.ann.selected');
    if (first && first.scrollIntoView) first.scrollIntoView({block: 'nearest'});
  }

  function lists(data, anns) {
    const byId = new Map(anns.map(a => [a.id, a]));
    const events = $('event-list');
    data.events.forEach(e => events.append(el('li', {class: 'item event', 'data-id': e.id},
      el('a', {href: '#', on: {click: ev => { ev.preventDefault(); select(byId.get(e.id)); }}},
        e.type + ': ' + (e.source_label || e.source_text || '?') + ' → ' + (e.target_label || e.target_text || '?')), ' ', badge('cert', e.certainty),
      e.modality && e.modality !== 'occurred' ? el('span', {class: 'muted', text: ' ' + e.modality}) : null)));
    if (!data.events.length) events.append(el('li', {class: 'muted', text: 'none found'}));
    const claims = $('claim-list');
    data.claims.forEach(c => claims.append(el('li', {class: 'item claim', 'data-id': c.id},
      el('a', {href: '#', on: {click: ev => { ev.preventDefault(); select(byId.get(c.id)); }}},
        (c.speaker_text || '?') + ' ' + (c.cue || '') + ': ' + (c.content_text || '').slice(0, 90)), ' ',
      badge('cert', c.certainty))));
    if (!data.claims.length) claims.append(el('li', {class: 'muted', text: 'none found'}));
    const seen = new Map();
    data.mentions.forEach(m => seen.set(m.entity_id, {label: m.label, n: (seen.get(m.entity_id) || {n: 0}).n + 1}));
    const ents = $('entity-list');
    [...seen.entries()].sort((x, y) => y[1].n - x[1].n).forEach(([id, v]) =>
      ents.append(el('li', {}, actorLink(id, v.label), el('span', {class: 'muted', text: ' ×' + v.n}))));
    if (data.copies.length) {
      $('copies').append(el('h2', {text: 'Copies of this text'}), el('ul', {}, data.copies.map(c =>
        el('li', {}, NG.articleLink(c.id, c.title), ' ', el('span', {class: 'muted', text: c.outlet || ''})))));
    }
  }

  function head(a) {
    const box = $('article-head');
    document.title = (a.title || a.id) + ' · Newsgraph';
    if (a.kicker) box.append(el('p', {class: 'kicker', text: a.kicker}));
    box.append(el('h1', {text: a.title || a.id}),
      el('p', {class: 'meta'}, [a.outlet || 'unknown outlet', a.published ? a.published + ' (' + a.date_method + ')' : 'undated',
        a.language].join(' · '), ' ', NG.safeHref(a.url) ? el('a', {href: a.url, rel: 'noopener noreferrer nofollow'}, 'original') : null,
        ' ', el('a', {href: '/api/articles/' + enc(a.id)}, 'JSON')));
  }

  async function start() {
    const [id] = pathArgs();
    try {
      const data = await api('/api/articles/' + enc(id));
      head(data.article);
      const anns = collect(data);
      render(data.article.text || '', anns);
      lists(data, anns);
    } catch (e) {
      showError($('article-head'), e);
    }
  }

  start();
})();
