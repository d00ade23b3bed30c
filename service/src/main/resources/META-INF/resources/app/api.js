// The one way the dashboard talks to the service: the contract's envelope, JWT and language on every call.
import { locale, t } from './i18n.js';
import { token } from './session.js';

export class ApiError extends Error {
  constructor(status, envelope) {
    super(envelope?.message || t('error.generic', { status }));
    this.status = status;
    this.code = envelope?.error ?? null;
    this.details = Array.isArray(envelope?.details) ? envelope.details : [];
    this.data = envelope?.data ?? null;
  }

  /** The endpoint is not part of this build yet (or at all). */
  get notAvailable() {
    return this.status === 404 || this.status === 405 || this.status === 501;
  }
}

let unauthorizedHandler = () => {};

/** Called when a signed-in request answers 401: the token expired or was revoked. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

let codeHandler = null;

/**
 * Called when a signed-in call answers 401 TWO_FACTOR_REQUIRED (withdraw, bind, turning 2FA off): resolves with
 * the code the user typed, or null when they cancel. The call is then sent again with it in X-OTP.
 */
export function onCodeNeeded(handler) {
  codeHandler = handler;
}

/** Resolves with the envelope's `data`; rejects with ApiError carrying `message` and `details`. */
export async function request(method, path, options = {}) {
  try {
    return await send(method, path, options);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'TWO_FACTOR_REQUIRED' || !codeHandler || !token()) throw error;
    const code = await codeHandler(error);
    if (!code) throw error;
    return request(method, path, { ...options, headers: { ...(options.headers ?? {}), 'X-OTP': code } });
  }
}

/** `rawBody`: a string sent as it is, with the Content-Type given in `headers` (e.g. text/plain). */
async function send(method, path, { body, rawBody, headers = {} } = {}) {
  const sent = { Accept: 'application/json', 'Accept-Language': locale(), ...headers };
  const jwt = token();
  if (jwt) sent.Authorization = `Bearer ${jwt}`;
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  let response;
  try {
    const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    response = await fetch(path, { method, headers: sent, body: payload });
  } catch (unreachable) {
    throw new ApiError(0, { message: t('error.network') });
  }
  const envelope = await response.json().catch(() => null);
  if (!response.ok) {
    // a missing second-factor code is not a lost session
    if (response.status === 401 && jwt && envelope?.error !== 'TWO_FACTOR_REQUIRED') unauthorizedHandler();
    throw new ApiError(response.status, envelope);
  }
  return envelope?.data ?? null;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body, headers) => request('POST', path, { body: body ?? {}, headers }),
  put: (path, body) => request('PUT', path, { body }),
  patch: (path, body) => request('PATCH', path, { body }),
  delete: (path, body) => request('DELETE', path, { body }),
};
