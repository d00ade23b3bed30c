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

/** Resolves with the envelope's `data`; rejects with ApiError carrying `message` and `details`. */
export async function request(method, path, { body, headers = {} } = {}) {
  const sent = { Accept: 'application/json', 'Accept-Language': locale(), ...headers };
  const jwt = token();
  if (jwt) sent.Authorization = `Bearer ${jwt}`;
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (unreachable) {
    throw new ApiError(0, { message: t('error.network') });
  }
  const envelope = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && jwt) unauthorizedHandler();
    throw new ApiError(response.status, envelope);
  }
  return envelope?.data ?? null;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body, headers) => request('POST', path, { body: body ?? {}, headers }),
  put: (path, body) => request('PUT', path, { body }),
  patch: (path, body) => request('PATCH', path, { body }),
  delete: (path) => request('DELETE', path),
};
