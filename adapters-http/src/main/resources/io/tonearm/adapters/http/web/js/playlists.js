// The playlists: yours and everybody's public ones, one playlist's tracks (play, add to the queue, remove an entry,
// delete it), a new playlist from the queue, and adding a track to one of yours from a track table.

import { del, get, post } from './api.js';
import { duration, fill, h } from './dom.js';
import { trackTable } from './library.js';

/** May the signed-in user change this playlist? Its owner or an admin. */
const mayChange = (playlist, session) => session.admin || playlist.ownerId === session.id;

export async function playlists(view, params, { player, session }) {
  const page = await get('/api/playlists?limit=500');
  const name = h('input', { id: 'playlist-name', required: true, maxlength: 200, autocomplete: 'off' });
  const shared = h('input', { id: 'playlist-public', type: 'checkbox' });
  const error = h('p', { class: 'error', role: 'alert' });
  const create = h('button', { type: 'submit', id: 'playlist-create' }, 'Create from the queue');
  const form = h('form', { id: 'playlist-form', class: 'inline-form', novalidate: true },
    h('label', { for: 'playlist-name' }, 'Name'), name,
    h('label', { class: 'check' }, shared, ' Public'), create, error);
  const queued = player.queue.length;
  create.disabled = queued === 0;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.textContent = '';
    create.disabled = true;
    try {
      const created = await post('/api/playlists', { name: name.value.trim(), public: shared.checked,
        trackIds: player.queue.map(track => track.id) });
      location.hash = `#/playlists/${created.id}`;
    } catch (e) {
      error.textContent = e.message;
      create.disabled = false;
    }
  });
  fill(view, h('div', { class: 'playlists' },
    h('h1', {}, 'Playlists'),
    page.items.length ? h('ul', { class: 'list', id: 'playlist-list' }, page.items.map(playlist => h('li', {},
      h('a', { href: `#/playlists/${playlist.id}`, 'data-playlist-id': playlist.id }, playlist.name),
      h('span', { class: 'muted' }, ` · ${playlist.trackCount} tracks · ${duration(playlist.durationMs / 1000)}`,
        playlist.ownerId === session.id ? '' : ` · by ${playlist.owner}`, playlist.public ? ' · public' : ''))))
      : h('p', { class: 'muted' }, 'No playlists yet.'),
    h('h2', {}, 'New playlist'),
    h('p', { class: 'muted' }, queued ? `From the ${queued} tracks of the queue.`
      : 'The queue is empty: queue some tracks first.'),
    form));
}

export async function playlist(view, { id }, { player, session }) {
  const info = await get(`/api/playlists/${id}?limit=500`);
  const tracks = info.tracks.items;
  const changeable = mayChange(info, session);
  const removeEntry = async position => {
    await del(`/api/playlists/${id}/tracks/${position}`);
    await playlist(view, { id }, { player, session });
  };
  const remove = changeable ? (track, position) => h('button', { type: 'button', class: 'remove-entry',
    onclick: () => removeEntry(position), 'aria-label': `Remove ${track.title} from the playlist`,
    title: 'Remove from the playlist' }, '×') : null;
  const deleteButton = changeable ? h('button', { type: 'button', id: 'playlist-delete', onclick: async () => {
    if (!window.confirm(`Delete the playlist ${info.name}?`)) return;
    await del(`/api/playlists/${id}`);
    location.hash = '#/playlists';
  } }, 'Delete playlist') : null;
  fill(view,
    h('div', { class: 'album-head' },
      h('div', {},
        h('h1', {}, info.name),
        info.comment ? h('p', {}, info.comment) : null,
        h('p', { class: 'muted' }, `${info.trackCount} tracks · ${duration(info.durationMs / 1000)} · by ${info.owner}`,
          info.public ? ' · public' : ' · private'),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'play-playlist', disabled: tracks.length === 0,
            onclick: () => player.playAll(tracks) }, '▶ Play'),
          h('button', { type: 'button', disabled: tracks.length === 0, onclick: () => player.add(tracks) },
            'Add to queue'),
          deleteButton))),
    tracks.length ? trackTable(tracks, player, { extra: remove })
      : h('p', { class: 'muted' }, 'This playlist is empty.'));
}

/**
 * A chooser of the playlists the user may change, and for each track a button adding it to the chosen one; null
 * (and no button) when the user has none.
 */
export async function playlistChooser(session) {
  const page = await get('/api/playlists?limit=500');
  const own = page.items.filter(playlist => mayChange(playlist, session));
  if (own.length === 0) return null;
  const select = h('select', { id: 'playlist-target', 'aria-label': 'Playlist to add tracks to' },
    own.map(playlist => h('option', { value: playlist.id }, playlist.name)));
  const status = h('span', { class: 'muted', role: 'status', id: 'playlist-status' });
  const control = h('label', { class: 'playlist-target' }, 'Add tracks to ', select, ' ', status);
  const button = track => h('button', { type: 'button', class: 'add-to-playlist', title: 'Add to the playlist',
    'aria-label': `Add ${track.title} to the chosen playlist`, onclick: async () => {
      const chosen = select.options[select.selectedIndex];
      const changed = await post(`/api/playlists/${chosen.value}/tracks`, { trackIds: [track.id] });
      status.textContent = `Added ${track.title} to ${changed.name} (${changed.trackCount} tracks).`;
    } }, '≡+');
  return { control, button };
}
