// The library's pages: albums (a grid of lazily loaded covers), an album, artists, genres, search, favorites, recently
// played, most played and charts. Each page renders into the main element and returns nothing.

import { del, get, put } from './api.js';
import { duration, fill, h } from './dom.js';
import { coverOf } from './player.js';
import { playlistChooser } from './playlists.js';

const PAGE = 60;

function albumCard(album) {
  return h('li', {},
    h('a', { class: 'card album-card', href: `#/albums/${album.id}`, 'data-album-id': album.id },
      // coverUrl null: the scan found no cover, so none is asked for
      h('img', { src: album.coverUrl === null ? '/app/icon.svg' : `/api/albums/${album.id}/cover?size=200`, alt: '',
        loading: 'lazy', decoding: 'async',
        width: 200, height: 200, onerror: event => { event.target.src = '/app/icon.svg'; } }),
      h('div', { class: 'title' }, album.title),
      h('div', { class: 'sub' }, album.artist, album.year ? ` · ${album.year}` : '')));
}

/** A grid that loads the next page when its end scrolls into view (and by a button, for keyboards). */
function pagedGrid(view, title, path, card) {
  const grid = h('ul', { class: 'grid' });
  const more = h('button', { type: 'button', class: 'more' }, 'Load more');
  const count = h('p', { class: 'muted' });
  fill(view, h('h1', {}, title), count, grid, more);
  let offset = 0;
  let loading = false;
  const load = async () => {
    if (loading) return;
    loading = true;
    const separator = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${separator}offset=${offset}&limit=${PAGE}`);
    grid.append(...page.items.map(card));
    offset += page.items.length;
    count.textContent = `${page.total} in all`;
    more.hidden = offset >= page.total;
    loading = false;
  };
  more.addEventListener('click', load);
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(entries => {
      if (!view.contains(more)) observer.disconnect();
      else if (entries.some(entry => entry.isIntersecting) && !more.hidden) load();
    }, { rootMargin: '400px' });
    observer.observe(more);
  }
  return load();
}

export function albums(view) {
  return pagedGrid(view, 'Albums', '/api/albums', albumCard);
}

export async function album(view, { id }, { player, session }) {
  const [info, page, chooser] = await Promise.all([get(`/api/albums/${id}`),
    get(`/api/albums/${id}/tracks?limit=500`), playlistChooser(session)]);
  const tracks = page.items;
  fill(view,
    h('div', { class: 'album-head' },
      h('img', { class: 'cover', src: info.coverUrl === null ? '/app/icon.svg' : `/api/albums/${id}/cover?size=400`,
        alt: `Cover of ${info.title}`,
        width: 200, height: 200, onerror: event => { event.target.src = '/app/icon.svg'; } }),
      h('div', {},
        h('h1', {}, info.title),
        h('p', {}, h('a', { href: `#/artists/${info.artistId}` }, info.artist), info.year ? ` · ${info.year}` : '',
          ` · ${info.trackCount} tracks`),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'play-album', onclick: () => player.playAll(tracks) }, '▶ Play album'),
          h('button', { type: 'button', onclick: () => player.add(tracks) }, 'Add to queue')),
        chooser ? chooser.control : null)),
    trackTable(tracks, player, { numbers: true, extra: chooser ? chooser.button : null }));
}

export function artists(view) {
  const list = h('ul', { class: 'list' });
  const more = h('button', { type: 'button', class: 'more' }, 'Load more');
  fill(view, h('h1', {}, 'Artists'), list, more);
  let offset = 0;
  const load = async () => {
    const page = await get(`/api/artists?offset=${offset}&limit=200`);
    list.append(...page.items.map(artist => h('li', {}, h('a', { href: `#/artists/${artist.id}` }, artist.name))));
    offset += page.items.length;
    more.hidden = offset >= page.total;
  };
  more.addEventListener('click', load);
  return load();
}

export async function artist(view, { id }) {
  const info = await get(`/api/artists/${id}`);
  const page = await get(`/api/artists/${id}/albums?limit=200`);
  fill(view, h('h1', {}, info.name), h('ul', { class: 'grid' }, page.items.map(albumCard)));
}

export async function genres(view) {
  const page = await get('/api/genres');
  fill(view, h('h1', {}, 'Genres'),
    page.items.length ? h('ul', { class: 'list' }, page.items.map(genre => h('li', {},
      h('a', { href: `#/genres/tracks?name=${encodeURIComponent(genre.name)}` }, genre.name),
      h('span', { class: 'muted' }, ` · ${genre.trackCount} tracks, ${genre.albumCount} albums`))))
      : h('p', { class: 'muted' }, 'No track has a genre.'));
}

export async function genre(view, { name }, { player }) {
  const wanted = (name || '').trim();
  const page = await get(`/api/genres/tracks?name=${encodeURIComponent(wanted)}&limit=500`);
  fill(view, h('h1', {}, wanted), h('p', { class: 'muted' }, `${page.total} tracks`),
    page.items.length ? trackTable(page.items, player, {}) : h('p', { class: 'muted' }, 'No track has this genre.'));
}

export async function search(view, { q }, { player }) {
  const query = (q || '').trim();
  if (query === '') {
    fill(view, h('h1', {}, 'Search'), h('p', { class: 'muted' }, 'Type in the search field above.'));
    return;
  }
  const encoded = encodeURIComponent(query);
  const [albumsFound, tracksFound] = await Promise.all([
    get(`/api/albums/search?q=${encoded}&limit=24`), get(`/api/tracks/search?q=${encoded}&limit=50`)]);
  fill(view, h('h1', {}, `Search: ${query}`),
    h('h2', {}, `Albums (${albumsFound.total})`),
    albumsFound.items.length ? h('ul', { class: 'grid' }, albumsFound.items.map(albumCard))
      : h('p', { class: 'muted' }, 'No album matches.'),
    h('h2', {}, `Tracks (${tracksFound.total})`),
    tracksFound.items.length ? trackTable(tracksFound.items, player, {})
      : h('p', { class: 'muted' }, 'No track matches.'));
}

function trackList(title, path, empty) {
  return async (view, params, { player }) => {
    const page = await get(path);
    fill(view, h('h1', {}, title),
      page.items.length ? trackTable(page.items, player, { plays: true }) : h('p', { class: 'muted' }, empty));
  };
}

export const favorites = trackList('Favorites', '/api/tracks/favorites?limit=500',
  'No favorites yet: mark tracks with ☆.');
export const recent = trackList('Recently played', '/api/tracks/recent?limit=100', 'Nothing played yet.');
export const popular = trackList('Most played', '/api/tracks/popular?limit=100', 'Nothing played yet.');

export async function charts(view, { days }, { player }) {
  const window = [7, 30, 365].includes(Number(days)) ? Number(days) : 30;
  const page = await get(`/api/charts?days=${window}&limit=100`);
  fill(view, h('h1', {}, 'Charts'),
    h('p', { class: 'actions' }, [7, 30, 365].map(d => h('a', { href: `#/charts?days=${d}`,
      'aria-current': d === window ? 'page' : null }, d === 365 ? 'Year' : `${d} days`))),
    page.items.length ? trackTable(page.items.map(entry => ({ ...entry.track, windowPlays: entry.plays })), player,
      { windowPlays: true }) : h('p', { class: 'muted' }, 'Nothing played in this window.'));
}

/**
 * A table of tracks with play, play next, add to queue and a favorite toggle on each, and what {@code extra} makes
 * of the track and its position.
 */
export function trackTable(tracks, player, { numbers = false, plays = false, windowPlays = false, extra = null }) {
  const rows = tracks.map((track, position) => h('tr', { 'data-track-id': track.id },
    h('td', { class: 'num' }, numbers ? (track.trackNumber ?? '') : position + 1),
    h('td', {}, h('button', { type: 'button', class: 'link play-track', onclick: () => player.playAll(tracks, position),
      'aria-label': `Play ${track.title}` }, track.title),
    h('div', { class: 'muted' }, track.album ? h('a', { href: `#/albums/${track.albumId}` }, track.album) : '')),
    h('td', { class: 'artists-col' }, (track.artists || []).join(', ')),
    plays ? h('td', { class: 'dur' }, `${track.playCount}×`) : null,
    windowPlays ? h('td', { class: 'dur' }, `${track.windowPlays}×`) : null,
    h('td', { class: 'dur' }, duration(track.durationMs / 1000)),
    h('td', { class: 'ops' },
      favoriteButton(track),
      h('button', { type: 'button', onclick: () => player.playNext(track), 'aria-label': `Play ${track.title} next`,
        title: 'Play next' }, '⤴'),
      h('button', { type: 'button', class: 'add-track', onclick: () => player.add(track),
        'aria-label': `Add ${track.title} to the queue`, title: 'Add to queue' }, '+'),
      extra ? extra(track, position) : null)));
  return h('table', { class: 'tracks' },
    h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '#'), h('th', {}, 'Title'),
      h('th', { class: 'artists-col' }, 'Artists'), plays ? h('th', { class: 'dur' }, 'Plays') : null,
      windowPlays ? h('th', { class: 'dur' }, 'Plays') : null,
      h('th', { class: 'dur' }, 'Time'), h('th', { class: 'ops' }, h('span', { class: 'muted' }, 'Actions')))),
    h('tbody', {}, rows));
}

function favoriteButton(track) {
  const button = h('button', { type: 'button', class: 'fav' });
  const render = () => {
    button.textContent = track.favorite ? '★' : '☆';
    button.setAttribute('aria-pressed', String(track.favorite));
    button.setAttribute('aria-label', `${track.favorite ? 'Unmark' : 'Mark'} ${track.title} as a favorite`);
  };
  button.addEventListener('click', async () => {
    const wanted = !track.favorite;
    button.disabled = true;
    try {
      if (wanted) await put(`/api/tracks/${track.id}/favorite`); else await del(`/api/tracks/${track.id}/favorite`);
      track.favorite = wanted;
    } finally {
      button.disabled = false;
      render();
    }
  });
  render();
  return button;
}

export { coverOf };
