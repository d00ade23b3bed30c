// node wait-ready.mjs <url> <seconds>: exits 0 once the URL answers 200, 1 when time runs out.
const [url, seconds = '120'] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
while (Date.now() < deadline) {
  try {
    if ((await fetch(url)).status === 200) process.exit(0);
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
process.exit(1);
