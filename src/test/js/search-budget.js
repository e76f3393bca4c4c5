// Measures what a reader pays for search, in headless Chromium: bytes fetched for the first query
// (page, scripts, index files, result data) and time from keystroke to results for later queries.
// Usage: node search-budget.js SITE_DIR QUERY... > measurements.json
'use strict';
const path = require('path');
const {chromium} = require('playwright-core');
const {CHROMIUM_ARGS: ARGS, serve} = require('./site-server');

function percentile(xs, p) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : 0;
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
}

async function main() {
  const root = path.resolve(process.argv[2]);
  const queries = process.argv.slice(3);
  const server = await serve(root);
  const base = 'http://127.0.0.1:' + server.address().port + '/kb/';
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS});
  const firstQuery = [];
  try {
    // A fresh browser context per query: nothing cached, as for a reader arriving on the search page.
    for (const q of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes = [];
      page.on('response', async (r) => {
        try { sizes.push({url: r.url(), bytes: (await r.body()).length}); } catch (e) { /* redirects have no body */ }
      });
      await page.goto(base + 'search.html');
      await page.waitForFunction(() => document.body.getAttribute('data-search-done') === '');
      await page.fill('#q', q);
      await page.waitForFunction((x) => document.body.getAttribute('data-search-done') === x, q, {timeout: 20000});
      await page.waitForLoadState('networkidle');
      const total = sizes.reduce((s, x) => s + x.bytes, 0);
      const index = sizes.filter((x) => x.url.includes('/search/')).reduce((s, x) => s + x.bytes, 0);
      firstQuery.push({query: q, bytes: total, indexBytes: index, requests: sizes.length,
        results: await page.$$eval('#results li', (li) => li.length)});
      await context.close();
    }
    // One reader, many queries: after the first query, each later query is typed a character at a time;
    // for every keystroke, the time from the keystroke event to the rendered results (data-search-ms).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + 'search.html?q=' + encodeURIComponent(queries[0]));
    await page.waitForFunction((x) => document.body.getAttribute('data-search-done') === x, queries[0]);
    const times = [];
    for (const q of queries.slice(1)) {
      await page.fill('#q', '');
      await page.waitForFunction(() => document.body.getAttribute('data-search-done') === '');
      let typed = '';
      for (const ch of q) {
        typed += ch;
        await page.keyboard.type(ch);
        await page.waitForFunction((x) => document.body.getAttribute('data-search-done') === x, typed, {timeout: 20000});
        times.push({typed: typed, ms: Number(await page.getAttribute('body', 'data-search-ms'))});
      }
    }
    await context.close();
    const bytes = firstQuery.map((x) => x.bytes);
    process.stdout.write(JSON.stringify({
      firstQuery: firstQuery,
      firstQueryBytes: {median: median(bytes), max: Math.max.apply(null, bytes)},
      keystrokeToResultsMs: {keystrokes: times.length, median: median(times.map((t) => t.ms)),
        p90: percentile(times.map((t) => t.ms), 0.9), max: Math.max.apply(null, times.map((t) => t.ms))},
      times: times,
    }, null, 1));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
