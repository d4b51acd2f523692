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

  /**
   * The leading blocks of the text as they are set: the kicker and the headline (the text that offsets index starts
   * with them, separated by blank lines), so that the page shows each once, in its place.
   */
  function blocks(article, text) {
    const out = [];
    let at = 0;
    for (const [field, cls] of [['kicker', 'kicker'], ['title', 'headline']]) {
      const v = article[field];
      if (v && text.startsWith(v, at)) {
        out.push({start: at, end: at + v.length, cls});
        at += v.length;
        while (text[at] === '\n') at++;
      }
    }
    return out;
  }

  /**
   * The text cut at every annotation boundary; each piece is a text node inside a span naming what covers it. The
   * kicker and headline pieces go into their own elements (a paragraph and the page's h1); the blank lines after them
   * are left out, the elements being blocks.
   */
  function render(text, anns, heads) {
    const cuts = new Set([0, text.length]);
    anns.concat(heads).forEach(a => { cuts.add(Math.min(a.start, text.length)); cuts.add(Math.min(a.end, text.length)); });
    const blocksEnd = heads.length ? heads[heads.length - 1].end : 0;
    if (heads.length) cuts.add(Math.min(blocksEnd + 2, text.length)); // the lead starts after a blank line
    const points = [...cuts].sort((x, y) => x - y);
    const box = clear($('article-text'));
    const made = new Map();
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const covering = anns.filter(a => a.start <= s && a.end >= e);
      const head = heads.find(h => h.start <= s && h.end >= e);
      const piece = text.slice(s, e);
      if (!head && s < blocksEnd + 2 && e <= blocksEnd + 2 && !piece.trim()) continue;
      let node = piece;
      if (covering.length) {
        const kinds = [...new Set(covering.map(a => a.kind))];
        node = el('span', {class: 'ann ' + kinds.join(' '), 'data-ann': covering.map(a => a.id).join(' ')}, piece);
        node.addEventListener('click', () => select(innermost(covering)));
      }
      if (head) {
        if (!made.has(head)) {
          made.set(head, el(head.cls === 'headline' ? 'h1' : 'p', {class: head.cls}));
          box.append(made.get(head));
        }
        made.get(head).append(node);
      } else {
        box.append(node);
      }
    }
  }

  function innermost(list) {
    return list.slice().sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  }

  /** A party: its name, and the state it belongs to on the event's day when that is another. */
  function party(id, label, text, state, stateLabel) {
    return el('span', {}, actorLink(id, label, text),
      state && state !== id ? el('span', {class: 'muted'}, ' (', actorLink(state, stateLabel), ')') : null);
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
      box.append(el('h3', {}, 'Entity: ', actorLink(r.entity_id, r.label, r.text)));
      rows.push(row('text', r.text), row('type', r.type), row('span', `${r.char_start}–${r.char_end}`),
        row('method', r.method), row('confidence', fmt(r.confidence, 2)));
    } else if (a.kind === 'ev') {
      box.append(el('h3', {text: 'Event: ' + r.type + (r.label ? ' (' + r.label + ')' : '')}));
      rows.push(row('who', party(r.source_entity, r.source_label, r.source_text, r.source_state, r.source_state_label)),
        row('whom', party(r.target_entity, r.target_label, r.target_text, r.target_state, r.target_state_label)),
        row('where', r.place ? el('span', {}, r.place_label, ' ', el('span', {class: 'muted', text: (r.location_text ? '("' + r.location_text + '") ' : '')
          + r.latitude.toFixed(2) + ', ' + r.longitude.toFixed(2)})) : r.location_text),
        row('when', r.date ? r.date + ' (' + r.date_precision + ')' + (r.time_text ? ' "' + r.time_text + '"' : '') : null),
        row('modality', r.modality), row('certainty', badge('cert', r.certainty)),
        row('attribution', r.attribution_text ? r.attribution_text + (r.attribution_cue ? ' — "' + r.attribution_cue + '"' : '') : null),
        row('span', `${r.evidence_start}–${r.evidence_end} (sentence ${r.evidence_sentence})`),
        row('method', r.method), row('confidence', fmt(r.confidence, 2)),
        row('event', r.cluster_id ? el('span', {}, `${r.cluster_reports} reports, ${r.cluster_sources} independent sources`) : null));
    } else {
      box.append(el('h3', {}, 'Claim by ', actorLink(r.speaker_entity, r.speaker_label, r.speaker_text)));
      if (r.speaker_entity && r.speaker_text) rows.push(row('speaker', '"' + r.speaker_text + '"'));
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
        e.type + ': '), actorLink(e.source_entity, e.source_label, e.source_text || '?'), ' → ',
      actorLink(e.target_entity, e.target_label, e.target_text || '?'), ' ', badge('cert', e.certainty),
      e.modality && e.modality !== 'occurred' ? el('span', {class: 'muted', text: ' ' + e.modality}) : null)));
    if (!data.events.length) events.append(el('li', {class: 'muted', text: 'none found'}));
    const claims = $('claim-list');
    data.claims.forEach(c => claims.append(el('li', {class: 'item claim', 'data-id': c.id},
      actorLink(c.speaker_entity, c.speaker_label, c.speaker_text || '?'), ' ',
      el('a', {href: '#', on: {click: ev => { ev.preventDefault(); select(byId.get(c.id)); }}},
        (c.cue || '') + ': ' + (c.content_text || '').slice(0, 90)), ' ',
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

  /** The page's head: what the article is, where from and when; its kicker and headline are set in the text. */
  function head(a) {
    const box = $('article-head');
    document.title = (a.title || a.id) + ' · Newsgraph';
    box.append(el('p', {class: 'meta'}, [a.outlet || 'unknown outlet', a.published ? a.published + ' (' + a.date_method + ')' : 'undated',
        a.language].join(' · '), ' ', NG.safeHref(a.url) ? el('a', {href: a.url, rel: 'noopener noreferrer nofollow'}, 'original') : null,
        ' ', el('a', {href: '/api/articles/' + enc(a.id)}, 'JSON')));
  }

  async function start() {
    const [id] = pathArgs();
    try {
      const data = await api('/api/articles/' + enc(id));
      head(data.article);
      const anns = collect(data);
      render(data.article.text || '', anns, blocks(data.article, data.article.text || ''));
      lists(data, anns);
    } catch (e) {
      showError($('article-head'), e);
    }
  }

  start();
})();
