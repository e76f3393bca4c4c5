// Measures what a reader fetches before the signals explorer shows its first rows, in headless Chromium: every
// response body (page, stylesheet, scripts, data files) from opening signals.html with a view's query until the
// rows are on screen. A fresh browser context per view, so nothing is cached.
// Usage: node signals-budget.js SITE_DIR [QUERY...] > measurements.json   (QUERY like "?sort=change&dir=desc")
'use strict';
const path = require('path');
const {chromium} = require('playwright-core');
const {CHROMIUM_ARGS: ARGS, serve} = require('./site-server');

async function main() {
  const root = path.resolve(process.argv[2]);
  const queries = process.argv.length > 3 ? process.argv.slice(3) : [''];
  const server = await serve(root);
  const base = 'http://127.0.0.1:' + server.address().port + '/kb/';
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS});
  const out = [];
  try {
    for (const q of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending = [];
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => pending.push(r.body().then((b) => ({url: r.url(), bytes: b.length}), () => null)));
      const start = Date.now();
      await page.goto(base + 'signals.html' + q);
      await page.waitForFunction(() => document.body.hasAttribute('data-signals-ready'), null, {timeout: 60000});
      const ms = Date.now() - start;
      const rows = await page.$$eval('#signals-table tbody tr', (trs) => trs.length);
      // Nothing loads after the rows are shown: what arrived by then, and by idle, is what they cost.
      await page.waitForLoadState('networkidle');
      const files = (await Promise.all(pending)).filter(Boolean);
      out.push({query: q, rows: rows, total: Number(await page.getAttribute('body', 'data-signals-ready')),
        bytes: files.reduce((s, f) => s + f.bytes, 0), files: files.length, ms: ms, errors: errors,
        largest: files.sort((a, b) => b.bytes - a.bytes).slice(0, 3)});
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(JSON.stringify(out, null, 1));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
