// The web app's entry: signs in (or finds the session), then routes #/... to the pages while the player stays.

import { currentSession, signIn, signOut, whenSignedOut } from './api.js';
import { debounce, fill, h } from './dom.js';
import { Player } from './player.js';
import * as library from './library.js';
import { admin } from './admin.js';
import { cache } from './cache.js';
import { account } from './account.js';
import { playlist, playlists } from './playlists.js';

const routes = [
  [/^\/albums\/(?<id>\d+)$/, library.album, 'albums'],
  [/^\/albums$/, library.albums, 'albums'],
  [/^\/artists\/(?<id>\d+)$/, library.artist, 'artists'],
  [/^\/artists$/, library.artists, 'artists'],
  [/^\/genres\/tracks$/, library.genre, 'genres'],
  [/^\/genres$/, library.genres, 'genres'],
  [/^\/search$/, library.search, null],
  [/^\/favorites$/, library.favorites, 'favorites'],
  [/^\/recent$/, library.recent, 'recent'],
  [/^\/popular$/, library.popular, 'popular'],
  [/^\/charts$/, library.charts, 'charts'],
  [/^\/playlists\/(?<id>\d+)$/, playlist, 'playlists'],
  [/^\/playlists$/, playlists, 'playlists'],
  [/^\/admin$/, admin, 'admin'],
  [/^\/cache$/, cache, 'cache'],
  [/^\/account$/, account, 'account'],
];

const $ = id => document.getElementById(id);
const state = { session: null, player: null, rendering: 0 };

function showLogin(message = '') {
  state.session = null;
  if (state.player) state.player.clear();
  $('app').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
  $('login-password').value = '';
  $('login-name').focus();
}

function showApp(session) {
  state.session = session;
  $('login').hidden = true;
  $('app').hidden = false;
  $('whoami').textContent = session.name;
  $('nav-admin').hidden = !session.admin;
  if (!state.player) state.player = new Player();
  route();
}

async function route() {
  if (!state.session) return;
  const hash = location.hash.replace(/^#/, '') || '/albums';
  const [path, query] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  const view = $('view');
  for (const [pattern, page, nav] of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    for (const link of document.querySelectorAll('[data-nav]')) {
      if (link.dataset.nav === nav) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const field = $('search');
    if (path !== '/search') field.value = '';
    else if (document.activeElement !== field) field.value = params.q || '';
    const rendering = ++state.rendering;
    view.setAttribute('aria-busy', 'true');
    try {
      await page(view, { ...params, ...match.groups }, { player: state.player, session: state.session });
    } catch (e) {
      if (rendering === state.rendering && e.status !== 401) {
        fill(view, h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, e.message));
      }
    } finally {
      if (rendering === state.rendering) view.removeAttribute('aria-busy');
    }
    return;
  }
  fill(view, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/albums' }, 'Back to the albums')));
}

async function boot() {
  whenSignedOut(() => showLogin('Your session has ended; sign in again.'));
  $('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const button = $('login-submit');
    button.disabled = true;
    $('login-error').textContent = '';
    try {
      showApp(await signIn($('login-name').value.trim(), $('login-password').value));
    } catch (e) {
      $('login-error').textContent = e.status === 401 ? 'Wrong user name or password.'
        : e.status === 400 ? 'Enter your user name and password.' : e.message;
    } finally {
      button.disabled = false;
    }
  });
  $('logout').addEventListener('click', async () => {
    try {
      await signOut();
    } finally {
      showLogin();
    }
  });
  const search = debounce(value => {
    const target = '#/search?q=' + encodeURIComponent(value);
    if (location.hash.startsWith('#/search')) {
      history.replaceState(null, '', target);
      route();
    } else {
      location.hash = target;
    }
  }, 250);
  $('search').addEventListener('input', event => search(event.target.value));
  window.addEventListener('hashchange', route);
  try {
    const session = await currentSession();
    if (session.signedIn) showApp(session); else showLogin();
  } catch (e) {
    showLogin('The server cannot be reached: ' + e.message);
  }
}

boot();
