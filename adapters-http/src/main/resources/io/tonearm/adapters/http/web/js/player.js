// The player that stays while browsing: one <audio> element on /api/tracks/{id}/stream (seeking uses ranges), a
// queue, keyboard shortcuts and the Media Session API. A play is recorded once half the track or four minutes have
// been heard, whichever comes first, as scrobblers do.

import { post } from './api.js';
import { duration, fill, h } from './dom.js';

const RECORD_AFTER_SECONDS = 240;

export function coverOf(track, size) {
  if (track.coverUrl === null) return '/app/icon.svg'; // the scan found no cover: none is asked for
  return track.albumId ? `/api/albums/${track.albumId}/cover?size=${size}` : `/api/tracks/${track.id}/cover?size=${size}`;
}

export class Player {
  constructor(root = document) {
    this.audio = root.getElementById('audio');
    this.queue = [];
    this.index = -1;
    this.heard = 0;
    this.recorded = false;
    this.lastTime = 0;
    this.listeners = new Set();
    this.ui = {
      play: root.getElementById('play'), prev: root.getElementById('prev'), next: root.getElementById('next'),
      seek: root.getElementById('seek'), elapsed: root.getElementById('elapsed'),
      duration: root.getElementById('duration'), volume: root.getElementById('volume'),
      title: root.getElementById('now-title'), artist: root.getElementById('now-artist'),
      cover: root.getElementById('now-cover'), queue: root.getElementById('queue'),
      queueList: root.getElementById('queue-list'), queueToggle: root.getElementById('queue-toggle'),
      queueClear: root.getElementById('queue-clear'), queueClose: root.getElementById('queue-close'),
    };
    this.wire();
  }

  /** Replaces the queue with these tracks and plays the one at {@code start}. */
  playAll(tracks, start = 0) {
    this.queue = tracks.slice();
    this.index = -1;
    this.jump(start);
  }

  /** Puts the track right after the current one. */
  playNext(track) {
    this.queue.splice(this.index + 1, 0, track);
    if (this.index < 0) this.jump(0); else this.changed();
  }

  add(tracks) {
    const wasEmpty = this.index < 0;
    this.queue.push(...[].concat(tracks));
    if (wasEmpty) this.jump(0); else this.changed();
  }

  remove(position) {
    if (position < 0 || position >= this.queue.length) return;
    this.queue.splice(position, 1);
    if (position < this.index) {
      this.index--;
      this.changed();
    } else if (position === this.index) {
      if (this.index < this.queue.length) this.jump(this.index, this.audio.paused);
      else this.stop();
    } else {
      this.changed();
    }
  }

  move(position, by) {
    const target = position + by;
    if (position < 0 || target < 0 || target >= this.queue.length) return;
    const [track] = this.queue.splice(position, 1);
    this.queue.splice(target, 0, track);
    if (this.index === position) this.index = target;
    else if (this.index === target) this.index = position;
    this.changed();
  }

  clear() {
    this.queue = [];
    this.stop();
  }

  stop() {
    this.audio.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
    this.index = -1;
    this.changed();
  }

  current() {
    return this.index >= 0 ? this.queue[this.index] : null;
  }

  jump(position, paused = false) {
    if (position < 0 || position >= this.queue.length) return;
    this.index = position;
    const track = this.queue[position];
    this.heard = 0;
    this.recorded = false;
    this.lastTime = 0;
    this.audio.src = `/api/tracks/${track.id}/stream`;
    if (!paused) this.audio.play().catch(() => this.render());
    this.changed();
    this.describe(track);
  }

  next() {
    if (this.index + 1 < this.queue.length) this.jump(this.index + 1);
  }

  previous() {
    if (this.audio.currentTime > 3 || this.index <= 0) this.audio.currentTime = 0;
    else this.jump(this.index - 1);
  }

  toggle() {
    if (this.index < 0) {
      if (this.queue.length > 0) this.jump(0);
      return;
    }
    if (this.audio.paused) this.audio.play().catch(() => this.render()); else this.audio.pause();
  }

  seekBy(seconds) {
    if (this.index < 0) return;
    const end = Number.isFinite(this.audio.duration) ? this.audio.duration : Infinity;
    this.audio.currentTime = Math.max(0, Math.min(end, this.audio.currentTime + seconds));
  }

  setVolume(volume) {
    this.audio.volume = Math.max(0, Math.min(1, volume));
    localStorage.setItem('tonearm.volume', String(this.audio.volume));
  }

  /** Calls back whenever the queue or the current track changes. */
  onChange(listener) {
    this.listeners.add(listener);
  }

  changed() {
    this.render();
    this.renderQueue();
    for (const listener of this.listeners) listener(this);
  }

  // Only time that passed while playing counts, not a seek: a jump of more than two seconds is not listening.
  listened() {
    const now = this.audio.currentTime;
    const delta = now - this.lastTime;
    this.lastTime = now;
    if (this.audio.paused || delta <= 0 || delta > 2) return;
    this.heard += delta;
    const track = this.current();
    if (!track || this.recorded) return;
    const length = Number.isFinite(this.audio.duration) ? this.audio.duration : track.durationMs / 1000;
    if (this.heard >= Math.min(length / 2, RECORD_AFTER_SECONDS)) {
      this.recorded = true;
      post(`/api/tracks/${track.id}/plays`).then(updated => {
        track.playCount = updated.playCount;
        this.audio.dispatchEvent(new CustomEvent('tonearm:play-recorded', { detail: updated }));
      }).catch(() => { this.recorded = false; });
    }
  }

  wire() {
    const { audio, ui } = this;
    const stored = Number(localStorage.getItem('tonearm.volume'));
    if (localStorage.getItem('tonearm.volume') !== null && Number.isFinite(stored)) audio.volume = stored;
    ui.volume.value = String(audio.volume);
    ui.play.addEventListener('click', () => this.toggle());
    ui.next.addEventListener('click', () => this.next());
    ui.prev.addEventListener('click', () => this.previous());
    ui.seek.addEventListener('input', () => { audio.currentTime = Number(ui.seek.value); });
    ui.volume.addEventListener('input', () => this.setVolume(Number(ui.volume.value)));
    ui.queueToggle.addEventListener('click', () => this.showQueue(ui.queue.hidden));
    ui.queueClose.addEventListener('click', () => this.showQueue(false));
    ui.queueClear.addEventListener('click', () => this.clear());
    audio.addEventListener('timeupdate', () => { this.listened(); this.renderTime(); });
    audio.addEventListener('seeking', () => { this.lastTime = audio.currentTime; });
    audio.addEventListener('durationchange', () => this.renderTime());
    audio.addEventListener('play', () => this.render());
    audio.addEventListener('pause', () => this.render());
    audio.addEventListener('ended', () => {
      if (this.index + 1 < this.queue.length) this.next(); else this.render();
    });
    document.addEventListener('keydown', event => this.key(event));
    if ('mediaSession' in navigator) {
      const session = navigator.mediaSession;
      const handlers = {
        play: () => audio.play(),
        pause: () => audio.pause(),
        previoustrack: () => this.previous(),
        nexttrack: () => this.next(),
        seekbackward: details => this.seekBy(-(details.seekOffset || 10)),
        seekforward: details => this.seekBy(details.seekOffset || 10),
        seekto: details => { audio.currentTime = details.seekTime; },
        stop: () => this.stop(),
      };
      for (const [action, handler] of Object.entries(handlers)) {
        try {
          session.setActionHandler(action, handler);
        } catch (unsupported) {
          // an older browser without this action
        }
      }
    }
  }

  key(event) {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
      || target instanceof HTMLSelectElement || target.isContentEditable;
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === ' ' && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLAnchorElement)) {
      event.preventDefault();
      this.toggle();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      if (event.shiftKey) this.next(); else this.seekBy(10);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      if (event.shiftKey) this.previous(); else this.seekBy(-10);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.setVolume(this.audio.volume + 0.05);
      this.ui.volume.value = String(this.audio.volume);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.setVolume(this.audio.volume - 0.05);
      this.ui.volume.value = String(this.audio.volume);
    }
  }

  showQueue(open) {
    this.ui.queue.hidden = !open;
    this.ui.queueToggle.setAttribute('aria-expanded', String(open));
    if (open) this.renderQueue();
  }

  describe(track) {
    if (!('mediaSession' in navigator) || typeof MediaMetadata === 'undefined') return;
    const origin = location.origin;
    navigator.mediaSession.metadata = new MediaMetadata({
      title: track.title,
      artist: (track.artists || []).join(', '),
      album: track.album || '',
      artwork: [96, 256, 512].map(size => ({ src: origin + coverOf(track, size), sizes: `${size}x${size}` })),
    });
  }

  render() {
    const { ui, audio } = this;
    const track = this.current();
    ui.title.textContent = track ? track.title : 'Nothing playing';
    ui.artist.textContent = track ? (track.artists || []).join(', ') : '';
    ui.cover.src = track ? coverOf(track, 96) : '/app/icon.svg';
    const playing = track && !audio.paused;
    ui.play.classList.toggle('playing', Boolean(playing));
    ui.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    ui.prev.disabled = !track;
    ui.next.disabled = !track || this.index + 1 >= this.queue.length;
    if ('mediaSession' in navigator) navigator.mediaSession.playbackState = track ? (playing ? 'playing' : 'paused') : 'none';
    this.renderTime();
  }

  renderTime() {
    const { ui, audio } = this;
    const track = this.current();
    const length = Number.isFinite(audio.duration) ? audio.duration : (track ? track.durationMs / 1000 : 0);
    ui.seek.max = String(length);
    ui.seek.value = String(audio.currentTime || 0);
    ui.elapsed.textContent = duration(audio.currentTime);
    ui.duration.textContent = duration(length);
    if ('mediaSession' in navigator && navigator.mediaSession.setPositionState && length > 0) {
      try {
        navigator.mediaSession.setPositionState({ duration: length, position: Math.min(audio.currentTime, length),
          playbackRate: audio.playbackRate });
      } catch (ignored) {
        // a position the browser refuses: the lock screen shows none
      }
    }
  }

  renderQueue() {
    if (this.ui.queue.hidden) return;
    fill(this.ui.queueList, this.queue.map((track, position) => h('li',
      { class: position === this.index ? 'current' : null, 'aria-current': position === this.index ? 'true' : null },
      h('button', { type: 'button', class: 'label', onclick: () => this.jump(position),
        'aria-label': `Play ${track.title}` }, track.title, ' — ', (track.artists || []).join(', ')),
      h('button', { type: 'button', onclick: () => this.move(position, -1), 'aria-label': `Move ${track.title} up`,
        disabled: position === 0 }, '↑'),
      h('button', { type: 'button', onclick: () => this.move(position, 1), 'aria-label': `Move ${track.title} down`,
        disabled: position === this.queue.length - 1 }, '↓'),
      h('button', { type: 'button', onclick: () => this.remove(position), 'aria-label': `Remove ${track.title}` },
        '×'))));
    if (this.queue.length === 0) fill(this.ui.queueList, h('li', { class: 'muted' }, 'The queue is empty.'));
  }
}
