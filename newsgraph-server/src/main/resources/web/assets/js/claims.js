// Claims page (/claims): who says what, how sure, in which outlet; filters in the query string. GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, params, showError, csvLink, table, pager, fillForm, actorLink, articleLink, badge, actorSuggestions} = NG;
  const KEYS = ['q', 'from', 'to', 'language', 'outlet', 'actor', 'role', 'certainty'];

  async function start() {
    fillForm($('claims-form'));
    actorSuggestions(document.querySelector('#claims-form input[name=actor]'), $('actor-names'));
    const p = params();
    const a = {};
    for (const k of KEYS) if (p.get(k)) a[k] = p.get(k);
    $('claims-csv').append(csvLink('/api/claims', a));
    const box = $('claims');
    try {
      const c = await api('/api/claims', Object.assign({}, a, {offset: p.get('offset'), limit: 50}));
      clear(box);
      if (!c.items.length) { box.append(el('p', {class: 'muted', text: 'No claim matches.'})); return; }
      box.append(table(c.items, [
        ['Published', x => x.published || 'undated'], ['Outlet', x => x.outlet || '—'],
        ['Speaker', x => actorLink(x.speaker_entity, x.speaker_label, x.speaker_text)], ['Cue', x => x.cue || ''],
        ['Says', x => x.content_text || ''], ['Kind', x => x.kind || ''],
        ['Certainty', x => badge('cert', x.certainty)], ['Source', x => articleLink(x.article_id, x.title)]], 'claims'),
      pager(c));
    } catch (e) {
      showError(box, e);
    }
  }

  start();
})();
