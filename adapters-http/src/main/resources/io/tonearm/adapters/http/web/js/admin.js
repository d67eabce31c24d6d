// Admin pages: start a library scan and follow its progress (polled once a second), list and add users.

import { ApiError, del, get, post } from './api.js';
import { duration, fill, h } from './dom.js';

let polling = null;

export async function admin(view, params, { session }) {
  if (!session.admin) {
    fill(view, h('h1', {}, 'Admin'), h('p', {}, 'Only admins see this page.'));
    return;
  }
  const scanStatus = h('div', { id: 'scan-status', 'aria-live': 'polite' });
  const full = h('input', { type: 'checkbox', id: 'scan-full' });
  const scanError = h('p', { class: 'error', role: 'alert' });
  const scanForm = h('form', { id: 'scan-form' },
    h('button', { type: 'submit', id: 'scan-start' }, 'Scan the library'),
    h('label', { for: 'scan-full' }, full, ' full scan (read every file again)'));
  scanForm.addEventListener('submit', async event => {
    event.preventDefault();
    scanError.textContent = '';
    try {
      const started = await post('/api/library/scans', { full: full.checked });
      follow(started.id, scanStatus);
    } catch (e) {
      scanError.textContent = e.message;
    }
  });

  const users = h('tbody');
  const userError = h('p', { class: 'error', role: 'alert' });
  const name = h('input', { id: 'user-name', autocomplete: 'off', required: true });
  const password = h('input', { id: 'user-password', type: 'password', autocomplete: 'new-password', required: true });
  const isAdmin = h('input', { type: 'checkbox', id: 'user-admin' });
  const userForm = h('form', { id: 'user-form' },
    h('label', { for: 'user-name' }, 'Name'), name,
    h('label', { for: 'user-password' }, 'Password'), password,
    h('label', { for: 'user-admin' }, isAdmin, ' admin'),
    h('button', { type: 'submit' }, 'Add user'));
  const loadUsers = async () => {
    const list = await get('/api/users');
    fill(users, list.items.map(user => h('tr', {},
      h('td', {}, user.name), h('td', {}, user.admin ? 'admin' : 'user'),
      h('td', {}, user.lastSeenAt ? new Date(user.lastSeenAt).toLocaleString() : 'never'),
      h('td', {}, user.id === session.id ? '' : h('button', { type: 'button', 'aria-label': `Remove ${user.name}`,
        onclick: async () => {
          if (!confirm(`Remove ${user.name}?`)) return;
          try {
            await del(`/api/users/${user.id}`);
            await loadUsers();
          } catch (e) {
            userError.textContent = e.message;
          }
        } }, 'Remove')))));
  };
  userForm.addEventListener('submit', async event => {
    event.preventDefault();
    userError.textContent = '';
    try {
      await post('/api/users', { name: name.value, password: password.value, admin: isAdmin.checked });
      name.value = '';
      password.value = '';
      isAdmin.checked = false;
      await loadUsers();
    } catch (e) {
      userError.textContent = e instanceof ApiError && e.problem && e.problem.invalidParams
        ? e.problem.invalidParams.map(p => p.reason).join('; ') : e.message;
    }
  });

  fill(view, h('div', { class: 'admin' },
    h('h1', {}, 'Admin'),
    h('section', {}, h('h2', {}, 'Library scan'), scanForm, scanError, scanStatus),
    h('section', {}, h('h2', {}, 'Users'),
      h('table', { class: 'tracks' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Role'),
        h('th', {}, 'Last seen'), h('th', {}, h('span', { class: 'muted' }, 'Actions')))), users),
      h('h3', {}, 'Add a user'), userForm, userError)));
  await loadUsers();
  const last = sessionStorage.getItem('tonearm.scan');
  if (last) follow(last, scanStatus);
}

function follow(id, target) {
  sessionStorage.setItem('tonearm.scan', id);
  clearTimeout(polling);
  const poll = async () => {
    if (!document.contains(target)) return; // the page was left
    let scan;
    try {
      scan = await get(`/api/library/scans/${id}`);
    } catch (e) {
      fill(target, h('p', { class: 'muted' }, e.status === 404 ? 'No scan to show.' : e.message));
      return;
    }
    renderScan(scan, target);
    if (scan.state === 'RUNNING') polling = setTimeout(poll, 1000);
  };
  poll();
}

function renderScan(scan, target) {
  const p = scan.progress;
  const stats = [['State', scan.state], ['Found', p.found], ['Processed', p.processed], ['Added', p.added],
    ['Updated', p.updated], ['Moved', p.moved], ['Removed', p.removed], ['Unchanged', p.unchanged],
    ['Failed', p.failed], ['Files/s', p.filesPerSecond], ['Elapsed', duration(p.elapsedMs / 1000)],
    ['Left', p.remainingMs == null ? '…' : duration(p.remainingMs / 1000)]];
  fill(target,
    h('progress', { class: 'progress', max: Math.max(p.found, 1), value: p.processed,
      'aria-label': 'Scan progress' }),
    h('dl', { class: 'stats' }, stats.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value)))),
    scan.error ? h('p', { class: 'error' }, scan.error) : null,
    scan.failures.length ? h('details', {}, h('summary', {}, `${scan.failures.length} files failed`),
      h('ul', {}, scan.failures.map(f => h('li', {}, `${f.path}: ${f.reason}`)))) : null);
}
