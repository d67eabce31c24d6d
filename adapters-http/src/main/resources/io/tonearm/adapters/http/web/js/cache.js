// The cache's page: hit rate per tier and overall as a moving chart, tier sizes, counters per named query, the
// health with its alerts, and the invalidations as they happen. Pushed by the server over Server-Sent Events
// (/api/cache/events: stats and health once a second, each invalidation at once) while the page is shown.

import { get } from './api.js';
import { fill, h } from './dom.js';

const SAMPLES = 180; // three minutes of samples a second apart
const INVALIDATIONS = 50;
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 160;

function svg(tag, attributes = {}) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

const percent = rate => (rate * 100).toFixed(1) + ' %';
const bytes = n => n >= 1 << 20 ? (n / (1 << 20)).toFixed(1) + ' MiB' : n >= 1024 ? (n / 1024).toFixed(1) + ' KiB'
  : n + ' B';

/** The hit rate of the requests between two readings; null when there were none. */
function rateBetween(before, after) {
  const requests = after.requests - before.requests;
  return requests > 0 ? (after.hits - before.hits) / requests : null;
}

export async function cache(view) {
  const health = h('p', { id: 'cache-health', class: 'health' });
  const alerts = h('ul', { id: 'cache-alerts' });
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', class: 'chart',
    role: 'img',
    'aria-label': 'Hit rate over the last three minutes' });
  const legend = h('p', { class: 'legend' });
  const counters = h('dl', { class: 'stats', id: 'cache-counters' });
  const tiers = h('tbody');
  const queries = h('tbody', { id: 'cache-queries' });
  const invalidations = h('ol', { id: 'cache-invalidations', class: 'invalidations', 'aria-live': 'polite',
    'aria-label': 'Invalidations, newest first' });
  fill(view, h('div', { class: 'admin' },
    h('h1', {}, 'Cache'), health, alerts,
    h('section', {}, h('h2', {}, 'Hit rate'), chart, legend, counters),
    h('section', {}, h('h2', {}, 'Tiers'), h('table', { class: 'tracks' }, h('thead', {}, h('tr', {},
      ['Tier', 'Status', 'Requests', 'Hit rate', 'Entries', 'Size', 'Evictions', 'Errors'].map(t => h('th', {}, t)))),
      tiers)),
    h('section', {}, h('h2', {}, 'Named queries'), h('table', { class: 'tracks' }, h('thead', {}, h('tr', {},
      ['Query', 'Requests', 'Hits', 'Tier 1', 'Tier 2', 'Misses', 'Loads', 'Load ms', 'Hit rate']
        .map(t => h('th', {}, t)))), queries)),
    h('section', {}, h('h2', {}, 'Invalidations'),
      h('p', { class: 'legend' }, 'Which change dropped which named queries, newest first.'), invalidations)));

  const history = []; // {overall, tiers: {name: rate}}
  let last = null;
  let report = null;
  const events = new EventSource('/api/cache/events'); // reconnects by itself after a dropped connection
  const left = () => {
    if (document.contains(chart)) return false;
    events.close(); // the page was left
    return true;
  };
  events.addEventListener('health', event => {
    if (!left()) report = JSON.parse(event.data);
  });
  events.addEventListener('stats', event => {
    if (left()) return;
    const stats = JSON.parse(event.data);
    if (last) {
      const sample = { overall: rateBetween(last, stats), tiers: {} };
      for (const tier of stats.tiers) {
        const before = last.tiers.find(t => t.tier === tier.tier);
        if (before) sample.tiers[tier.tier] = rateBetween(before, tier);
      }
      history.push(sample);
      if (history.length > SAMPLES) history.shift();
    }
    last = stats;
    render(stats, report);
  });
  events.addEventListener('invalidation', event => {
    if (left()) return;
    const dropped = JSON.parse(event.data);
    invalidations.prepend(invalidationItem(dropped));
    while (invalidations.children.length > INVALIDATIONS) invalidations.lastElementChild.remove();
  });
  events.addEventListener('error', async () => {
    if (left() || events.readyState !== EventSource.CLOSED) return; // CONNECTING: it retries by itself
    try { // refused for good: ask the statistics why (a 401 leads to signing in again)
      await get('/api/cache/stats');
      health.textContent = 'The live feed closed; reload the page.';
    } catch (e) {
      health.textContent = e.status === 404 ? 'This server runs without a cache monitor.' : e.message;
    }
  });

  function invalidationItem(dropped) {
    const parts = [];
    if (dropped.queries.length) parts.push(`dropped ${dropped.queries.join(', ')}`);
    if (dropped.partitionQueries.length) parts.push(`in one partition ${dropped.partitionQueries.join(', ')}`);
    if (dropped.entryQueries.length) parts.push(`entries of ${dropped.entryQueries.join(', ')}`);
    return h('li', {}, h('time', { datetime: dropped.at }, new Date(dropped.at).toLocaleTimeString()), ' ',
      h('strong', {}, dropped.change), ': ', parts.join('; ') || 'nothing cached');
  }

  function render(stats, report) {
    if (report) {
      health.textContent = `Health: ${report.health}`;
      health.dataset.health = report.health;
      fill(alerts, report.alerts.map(alert => h('li', { class: alert.severity },
        `${alert.severity.toUpperCase()}: ${alert.message}`)));
    }
    fill(counters, [['Requests', stats.requests], ['Hits', stats.hits], ['Hit rate', percent(stats.hitRate)],
      ['Size', bytes(stats.totalBytes)],
      ...Object.entries(stats.trends).map(([metric, trend]) => [`Trend of ${metric.replaceAll('_', ' ')}`, trend])]
      .map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
    fill(tiers, stats.tiers.map(t => h('tr', {}, h('td', {}, t.tier), h('td', {}, t.status), h('td', {}, t.requests),
      h('td', {}, percent(t.hitRate)), h('td', {}, t.entries), h('td', {}, bytes(t.bytes)), h('td', {}, t.evictions),
      h('td', {}, t.errors))));
    fill(queries, stats.queries.map(q => h('tr', {}, h('td', {}, q.query), h('td', {}, q.requests),
      h('td', {}, q.hits), h('td', {}, q.tier1Hits), h('td', {}, q.tier2Hits), h('td', {}, q.misses),
      h('td', {}, q.loads), h('td', {}, q.averageLoadMillis.toFixed(2)), h('td', {}, percent(q.hitRate)))));
    drawChart(stats.tiers.map(t => t.tier));
  }

  function drawChart(tierNames) {
    const series = [['overall', s => s.overall, 'line-overall'],
      ...tierNames.map((name, i) => [name, s => s.tiers[name], `line-tier${i + 1}`])];
    chart.replaceChildren();
    for (const y of [0, 0.5, 1]) {
      chart.append(svg('line', { x1: 0, x2: WIDTH, y1: (1 - y) * (HEIGHT - 10) + 5, y2: (1 - y) * (HEIGHT - 10) + 5,
        class: 'grid-line' }));
    }
    const step = WIDTH / (SAMPLES - 1);
    for (const [, value, css] of series) {
      let points = '';
      history.forEach((sample, i) => {
        const rate = value(sample);
        if (rate !== null && rate !== undefined) {
          points += `${(i * step).toFixed(1)},${((1 - rate) * (HEIGHT - 10) + 5).toFixed(1)} `;
        }
      });
      chart.append(svg('polyline', { points: points.trim(), class: css, fill: 'none' }));
    }
    fill(legend, series.map(([name, , css]) => h('span', { class: `key ${css}` }, name)));
    chart.dataset.samples = String(history.length);
  }
}
