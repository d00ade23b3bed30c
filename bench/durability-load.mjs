// Load for the embedded store's durability checks (bench/crash-durability.sh, bench/durability-cost.sh).
//   node durability-load.mjs write BASE USERS CONCURRENCY OUT.json [PID]  registers USERS users and changes each
//        one's e-mail (PATCH /api/v1/me), CONCURRENCY at a time; kill -9s PID the moment the last answer is in,
//        then writes every answered write to OUT.json
//   node durability-load.mjs check BASE IN.json                      signs each answered user in and reads /me:
//        exits 1 if an answered registration or profile change is missing
//   node durability-load.mjs rate BASE USERS CONCURRENCY SECONDS     PATCH /api/v1/me by USERS users for SECONDS:
//        prints the acknowledged writes per second
import { writeFileSync, readFileSync } from 'node:fs';

const [mode, base, ...args] = process.argv.slice(2);
const PASSWORD = 'durable-password-1';
const run = `${process.pid}-${Date.now()}`;

async function call(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const answer = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await answer.text();
  return { status: answer.status, json: text ? JSON.parse(text) : null };
}

async function inParallel(count, concurrency, task) {
  let next = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) await task(next++);
  });
  await Promise.all(workers);
}

async function register(i) {
  const username = `durable-${run}-${i}@example.com`;
  const answer = await call('POST', '/api/v1/auth/register', { username, password: PASSWORD });
  return answer.status === 201 ? { username, token: answer.json.data.token } : null;
}

if (mode === 'write') {
  const [users, concurrency, out, pid] = [Number(args[0]), Number(args[1]), args[2], Number(args[3] || 0)];
  const answered = [];
  await inParallel(users, concurrency, async (i) => {
    const user = await register(i);
    if (!user) return;
    const record = { username: user.username, email: null };
    answered.push(record);
    const email = `changed-${run}-${i}@example.com`;
    const change = await call('PATCH', '/api/v1/me', { email }, user.token);
    if (change.status === 200) record.email = email;
  });
  if (pid) process.kill(pid, 'SIGKILL');
  writeFileSync(out, JSON.stringify(answered));
  console.log(`answered: ${answered.length} registrations, ${answered.filter((r) => r.email).length} profile changes`);
} else if (mode === 'check') {
  const answered = JSON.parse(readFileSync(args[0], 'utf8'));
  let lostUsers = 0;
  let lostChanges = 0;
  await inParallel(answered.length, 8, async (i) => {
    const { username, email } = answered[i];
    const login = await call('POST', '/api/v1/auth/login', { username, password: PASSWORD });
    if (login.status !== 200) { lostUsers++; return; }
    const me = await call('GET', '/api/v1/me', undefined, login.json.data.token);
    if (email && me.json?.data?.email !== email) lostChanges++;
  });
  console.log(`after the restart: ${answered.length - lostUsers}/${answered.length} registrations kept, `
    + `${lostChanges} of ${answered.filter((r) => r.email).length} profile changes lost`);
  process.exit(lostUsers + lostChanges === 0 ? 0 : 1);
} else if (mode === 'rate') {
  const [users, concurrency, seconds] = [Number(args[0]), Number(args[1]), Number(args[2])];
  const tokens = [];
  await inParallel(users, Math.min(users, 8), async (i) => {
    const user = await register(i);
    if (user) tokens.push(user.token);
  });
  const deadline = Date.now() + seconds * 1000;
  let acknowledged = 0;
  let failed = 0;
  let sequence = 0;
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    const token = tokens[worker % tokens.length];
    while (Date.now() < deadline) {
      const answer = await call('PATCH', '/api/v1/me', { email: `rate-${run}-${sequence++}@example.com` }, token);
      if (answer.status === 200) acknowledged++; else failed++;
    }
  }));
  console.log(`PATCH /api/v1/me at concurrency ${concurrency}: ${(acknowledged / seconds).toFixed(0)} acknowledged writes/s`
    + (failed ? ` (${failed} failed)` : ''));
} else {
  console.error('usage: node durability-load.mjs write|check|rate ...');
  process.exit(2);
}
