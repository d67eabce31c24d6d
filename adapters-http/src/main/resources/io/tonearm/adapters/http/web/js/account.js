// The signed-in user's own account: change the password (the current one is asked for), and API tokens for other
// clients (issue one, its secret shown once; list; revoke).

import { ApiError, del, get, post, put } from './api.js';
import { fill, h } from './dom.js';

function reasons(e) {
  return e instanceof ApiError && e.problem && e.problem.invalidParams
    ? e.problem.invalidParams.map(p => p.reason).join('; ') : e.message;
}

export async function account(view, params, { session }) {
  const current = h('input', { id: 'current-password', type: 'password', autocomplete: 'current-password' });
  const fresh = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password' });
  const passwordNote = h('p', { id: 'password-note', role: 'status' });
  const passwordForm = h('form', { id: 'password-form' },
    h('label', { for: 'current-password' }, 'Current password'), current,
    h('label', { for: 'new-password' }, 'New password'), fresh,
    h('button', { type: 'submit' }, 'Change password'));
  passwordForm.addEventListener('submit', async event => {
    event.preventDefault();
    passwordNote.className = '';
    try {
      await put(`/api/users/${session.id}/password`, session.admin ? { password: fresh.value }
        : { currentPassword: current.value, password: fresh.value });
      current.value = '';
      fresh.value = '';
      passwordNote.textContent = 'Password changed: every sign-in with the old one has ended, this one too.';
      // the session ended with the old password: the next call finds it so, and the sign-in page shows
      await get('/api/users/me').catch(() => {});
    } catch (e) {
      passwordNote.className = 'error';
      passwordNote.textContent = reasons(e);
    }
  });

  const tokens = h('tbody', { id: 'tokens' });
  const tokenName = h('input', { id: 'token-name', autocomplete: 'off' });
  const issued = h('p', { id: 'token-issued', role: 'status' });
  const tokenForm = h('form', { id: 'token-form' },
    h('label', { for: 'token-name' }, 'Name'), tokenName, h('button', { type: 'submit' }, 'Issue a token'));
  const load = async () => {
    const list = await get('/api/tokens');
    fill(tokens, list.items.length ? list.items.map(token => h('tr', {},
      h('td', {}, token.name), h('td', {}, new Date(token.createdAt).toLocaleString()),
      h('td', {}, token.expiresAt ? new Date(token.expiresAt).toLocaleString() : 'never'),
      h('td', {}, h('button', { type: 'button', 'aria-label': `Revoke ${token.name}`, onclick: async () => {
        await del(`/api/tokens/${token.id}`);
        await load();
      } }, 'Revoke')))) : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No tokens.')));
  };
  tokenForm.addEventListener('submit', async event => {
    event.preventDefault();
    issued.className = '';
    try {
      const token = await post('/api/tokens', { name: tokenName.value });
      tokenName.value = '';
      fill(issued, 'Copy it now, it is shown this once: ', h('code', { id: 'token-secret' }, token.token));
      await load();
    } catch (e) {
      issued.className = 'error';
      issued.textContent = reasons(e);
    }
  });

  fill(view, h('div', { class: 'admin' },
    h('h1', {}, `Account: ${session.name}`),
    h('section', {}, h('h2', {}, 'Password'), passwordForm, passwordNote),
    h('section', {}, h('h2', {}, 'API tokens'),
      h('p', { class: 'muted' }, 'For other clients: send Authorization: Bearer <token>. Revoking a token ends '
        + 'your sign-ins everywhere, this one too (they share one credentials version).'),
      h('table', { class: 'tracks' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Created'),
        h('th', {}, 'Expires'), h('th', {}, h('span', { class: 'muted' }, 'Actions')))), tokens),
      tokenForm, issued)));
  await load();
}
