// Talks to the running service directly: test setup (users, accounts) and checks of what the pages did.
import { randomUUID } from 'node:crypto';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080';
export const ADMIN_USERNAME = process.env.E2E_ADMIN_USERNAME ?? 'admin@example.com';
export const PASSWORD = 'e2e-password-1';

/**
 * OneThing logins the simulator accepts, one per test that binds (an account can be bound by one user only):
 * E2E_SIM_ACCOUNTS="phone-or-mail:password,..." when the simulator (e2e/run.sh starts it with --accounts 8) seeds other ones.
 */
const SIMULATED_ACCOUNTS = (process.env.E2E_SIM_ACCOUNTS
  ?? '13800000004:demo-password-4,13800000005:demo-password-5,13800000006:demo-password-6,13800000007:demo-password-7,13800000008:demo-password-8')
  .split(',').map((pair) => {
    const at = pair.indexOf(':');
    return { username: pair.slice(0, at), password: pair.slice(at + 1) };
  });

/** The test files' shares of SIMULATED_ACCOUNTS. */
export const SIM = { fleet: 0, accounts: 1, withdraw: 2, income: 3 };

export function simulatedAccount(index) {
  return SIMULATED_ACCOUNTS[index % SIMULATED_ACCOUNTS.length];
}

/** Returns {status, body} whatever the status; body is the contract's envelope (or null). */
export async function call(method, path, { token, body, headers = {}, language = 'en' } = {}) {
  const sent = { Accept: 'application/json', 'Accept-Language': language, ...headers };
  if (token) sent.Authorization = `Bearer ${token}`;
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  const response = await fetch(BASE_URL + path, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export function uniqueEmail(prefix = 'user') {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Registers a fresh demo user through the API: {username, password, token}. */
export async function registerUser(prefix = 'user') {
  const username = uniqueEmail(prefix);
  const { status, body } = await call('POST', '/api/v1/auth/register', { body: { username, password: PASSWORD } });
  if (status !== 201) throw new Error(`register ${username}: ${status} ${JSON.stringify(body)}`);
  return { username, password: PASSWORD, token: body.data.token };
}

/** The operator of monitor.admin-usernames: registered on first use, signed in after. */
export async function adminUser() {
  const credentials = { username: ADMIN_USERNAME, password: PASSWORD };
  const registered = await call('POST', '/api/v1/auth/register', { body: credentials });
  if (registered.status === 201) return { ...credentials, token: registered.body.data.token };
  const signedIn = await call('POST', '/api/v1/auth/login', { body: credentials });
  if (signedIn.status !== 200) throw new Error(`admin sign-in: ${signedIn.status} ${JSON.stringify(signedIn.body)}`);
  return { ...credentials, token: signedIn.body.data.token };
}

/** Binds the simulated OneThing account for `user` through the API; a refusal fails the test. */
export async function bindSimulatedAccount(user, index, name) {
  const { status, body } = await call('POST', '/api/v1/accounts', { token: user.token, body: { ...simulatedAccount(index), name } });
  if (status === 201 || status === 200) return body.data;
  const reason = `binding the simulated account answered ${status} ${body?.error ?? ''}: ${body?.message ?? ''}`;
  throw new Error(reason);
}

/** Polls `probe` until it returns a truthy value (or throws after `timeoutMs`). */
export async function eventually(probe, { timeoutMs = 20_000, intervalMs = 500, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
