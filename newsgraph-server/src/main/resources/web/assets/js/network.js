// Network page (/network): actors as nodes, events as weighted edges; click an edge for the dyad. GPL-3.0-or-later
'use strict';
(() => {
  const {el, $, clear, api, params, showError, csvLink, fillForm, enc} = NG;
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
    'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

  function args() {
    const p = params();
    const out = {};
    for (const k of ['from', 'to', 'type', 'limit', 'actor', 'level']) if (p.get(k)) out[k] = p.get(k);
    return out;
  }

  function colour(e) {
    const total = e.cooperation + e.conflict;
    if (!total) return '#888';
    const c = e.cooperation / total;
    return c >= 0.6 ? '#2e7d32' : c <= 0.4 ? '#c62828' : '#b08900';
  }

  function draw(data) {
    const box = $('graph');
    const maxArticles = Math.max(1, ...data.nodes.map(n => n.articles));
    const elements = data.nodes.map(n => ({data: {id: n.id, label: n.label, size: 14 + 36 * Math.sqrt(n.articles / maxArticles)}}))
      .concat(data.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target,
        width: 1 + Math.min(9, e.clusters), colour: colour(e), clusters: e.clusters}})));
    const cy = cytoscape({
      container: box, elements,
      style: [
        {selector: 'node', style: {label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10,
          'background-color': '#37474f', color: '#222', 'text-valign': 'bottom', 'text-margin-y': 2}},
        {selector: 'edge', style: {width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8}}],
      layout: {name: data.nodes.length > 80 ? 'circle' : 'cose', animate: false, randomize: false},
      wheelSensitivity: 0.3});
    const level = params().get('level') === 'actor' ? '?level=actor' : '';
    cy.on('tap', 'edge', ev => { const d = ev.target.data(); location.href = '/dyad/' + enc(d.source) + '/' + enc(d.target) + level; });
    cy.on('tap', 'node', ev => { location.href = '/actor/' + enc(ev.target.id()); });
    box.setAttribute('data-nodes', String(cy.nodes().length));
    box.setAttribute('data-edges', String(cy.edges().length));
    window.NG_cy = cy;
  }

  async function start() {
    const sel = $('type');
    TYPES.forEach(t => sel.append(el('option', {value: t, text: t})));
    fillForm($('network-form'));
    const a = args();
    $('edges-csv').append(csvLink('/api/network/edges', a));
    try {
      const data = await api('/api/network', a);
      $('graph-status').append(el('p', {class: 'muted', text: `${data.nodes.length} actors, ${data.edges.length} edges`}));
      if (!data.edges.length) {
        clear($('graph')).append(el('p', {class: 'muted', text: 'No events between known actors in this window.'}));
        return;
      }
      draw(data);
    } catch (e) {
      showError($('graph-status'), e);
    }
  }

  start();
})();
