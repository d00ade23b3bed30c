// Open-loop load: sends GET requests at a fixed rate (not "as fast as answers come back"), so latency
// is measured at exactly that rate. Usage: node fixed-rate.mjs URL RATE SECONDS [TOKEN]. In URL, {page:N} is a random
// number from 1 to N and {one:a|b|c} one of the choices, drawn afresh for each request.
import http from 'node:http';

const [url, rate = '200', seconds = '20', token] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const total = Number(rate) * Number(seconds);
const latencies = [];
let failures = 0;
let done = 0;
const started = process.hrtime.bigint();

const drawn = () => url.replace(/\{page:(\d+)\}/g, (_, most) => String(1 + Math.floor(Math.random() * Number(most))))
  .replace(/\{one:([^}]*)\}/g, (_, choices) => { const all = choices.split('|'); return all[Math.floor(Math.random() * all.length)]; });

function fire() {
  const sent = process.hrtime.bigint();
  const request = http.get(drawn(), { agent, headers: token ? { Authorization: `Bearer ${token}` } : {} }, (response) => {
    response.resume();
    response.on('end', () => {
      if (response.statusCode !== 200) failures++;
      latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      finish();
    });
  });
  request.on('error', () => { failures++; finish(); });
}

function finish() {
  if (++done < total) return;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(`${total} requests at ${rate}/s over ${elapsed.toFixed(1)} s: ${failures} failed; `
    + `latency p50 ${at(50)} ms, p90 ${at(90)} ms, p99 ${at(99)} ms, max ${at(100)} ms`);
  agent.destroy();
}

let sent = 0;
const interval = 1000 / Number(rate);
const begin = Date.now();
(function tick() {
  const due = Math.floor((Date.now() - begin) / interval) + 1;
  while (sent < Math.min(due, total)) { sent++; fire(); }
  if (sent < total) setTimeout(tick, Math.max(0, interval / 2));
})();
