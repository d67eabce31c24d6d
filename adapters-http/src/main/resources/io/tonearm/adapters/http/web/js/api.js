// The JSON API as the web app calls it: the session cookie goes along by itself; every state-changing call carries
// the session's CSRF token (answered by GET/POST /api/session).

let csrfToken = null;
let onSignedOut = () => {};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

/** Called when a request finds the session ended (401): the app shows the sign-in page. */
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export function setCsrfToken(token) {
  csrfToken = token;
}

export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (ignored) {
      // not a problem document
    }
    if (response.status === 401 && !path.startsWith('/api/session')) onSignedOut();
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204 || response.status === 202 && response.headers.get('Content-Length') === '0') {
    return null;
  }
  return response.json();
}

export const get = path => request('GET', path);
export const post = (path, body) => request('POST', path, body);
export const put = (path, body) => request('PUT', path, body);
export const del = path => request('DELETE', path);

/** Signs in: sets the session cookie and keeps the CSRF token. */
export async function signIn(name, password) {
  const session = await post('/api/session', { name, password });
  setCsrfToken(session.csrfToken);
  return session;
}

/** @return who is signed in ({signedIn: false} for nobody), keeping the session's CSRF token */
export async function currentSession() {
  const session = await get('/api/session');
  setCsrfToken(session.csrfToken || null);
  return session;
}

export async function signOut() {
  try {
    await del('/api/session');
  } finally {
    setCsrfToken(null);
  }
}
