// Drives headless Chromium (Debian's /usr/bin/chromium) through Playwright for the Java browser tests.
// Usage: node browser.js < request.json > observations.json
// The request lists scenarios; this script only observes and reports, the Java test asserts.
'use strict';
const fs = require('fs');
const {chromium} = require('playwright-core');

const {CHROMIUM_ARGS} = require('./site-server');

async function waitForSearch(page, query) {
  await page.waitForFunction((q) => document.body.getAttribute('data-search-done') === q, query, {timeout: 15000});
}

async function results(page) {
  return page.$$eval('#results a.result-title', (as) => as.map((a) => ({href: a.getAttribute('href'), title: a.textContent})));
}

const scenarios = {
  // Opens search.html?q=... and reports the ranked result links.
  async open(page, s) {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(s.url);
    await waitForSearch(page, s.query);
    return {results: await results(page), status: await page.textContent('#search-status'), requests: requests,
      marks: await page.$$eval('#results mark', (ms) => ms.map((m) => m.textContent))};
  },
  // Types a query one character at a time and reports the first result after each character.
  async type(page, s) {
    await page.goto(s.url);
    await waitForSearch(page, '');
    const steps = [];
    let typed = '';
    for (const ch of s.query) {
      typed += ch;
      await page.type('#q', ch);
      await waitForSearch(page, typed);
      const r = await results(page);
      steps.push({typed: typed, count: r.length, first: r.length ? r[0].href : null,
        ms: Number(await page.getAttribute('body', 'data-search-ms')), url: page.url()});
    }
    return {steps: steps};
  },
  // Follows the first result and reports the words marked on the article page.
  async follow(page, s) {
    await page.goto(s.url);
    await waitForSearch(page, s.query);
    await Promise.all([page.waitForURL('**/articles/**'), page.click('#results a.result-title')]);
    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.body.hasAttribute('data-highlighted'), null, {timeout: 10000}).catch(() => {});
    return {url: page.url(), marks: await page.$$eval('main mark', (ms) => ms.map((m) => m.textContent))};
  },
  // Theme filter: the chips offer the themes of the results; choosing one keeps only its articles.
  async filter(page, s) {
    await page.goto(s.url);
    await waitForSearch(page, s.query);
    const chips = await page.$$eval('#filters button[data-theme]', (bs) => bs.map((b) => b.getAttribute('data-theme')));
    await page.click('#filters button[data-theme="' + s.theme + '"]');
    await page.waitForSelector('#filters button[aria-pressed=true]');
    await waitForSearch(page, s.query);
    return {chips: chips, url: page.url(), results: await results(page),
      pressed: await page.textContent('#filters button[aria-pressed=true]')};
  },
  // Dark-mode toggle: the choice applies at once and is remembered on the next page.
  async theme(page, s) {
    const look = async () => page.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      background: getComputedStyle(document.body).backgroundColor,
      pressed: document.getElementById('theme-toggle').getAttribute('aria-pressed'),
    }));
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto(s.url);
    const before = await look();
    await page.click('#theme-toggle');
    const after = await look();
    await page.goto(s.next);
    const next = await look();
    return {before: before, after: after, next: next};
  },
  // Pages at phone width: none may scroll sideways (wide tables scroll inside their own box).
  async overflow(page, s) {
    const widths = [];
    for (const url of s.urls) {
      await page.goto(url);
      widths.push({url: url, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth),
        clientWidth: await page.evaluate(() => document.documentElement.clientWidth)});
    }
    return {widths: widths};
  },
  // axe-core on each page in the given colour scheme: serious and critical violations only.
  async axe(page, s) {
    await page.emulateMedia({colorScheme: s.scheme});
    const found = [];
    for (const url of s.urls) {
      await page.goto(url);
      if (url.includes('search.html?q=')) {
        await page.waitForFunction(() => document.body.getAttribute('data-search-done') !== null);
      }
      await page.addScriptTag({path: require.resolve('axe-core/axe.min.js')});
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, {resultTypes: ['violations']});
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\n')[1])}));
      });
      found.push({url: url, violations: violations});
    }
    return {pages: found};
  },
  // Signals explorer: sort by a column (twice: descending), by relevancy, filter by words, filter by theme.
  async signals(page, s) {
    const rows = async () => page.$$eval('#signals-table tbody tr', (trs) => trs.map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.querySelector('strong') ? td.querySelector('strong').textContent : td.textContent)));
    const view = async (query) => page.waitForFunction((q) => (document.body.getAttribute('data-signals-view') || '')
      .endsWith('signals.html' + q), query, {timeout: 15000});
    await page.goto(s.url);
    await view('');
    const initial = await rows();
    await page.click('button[data-sort="signal"]');
    await view('?sort=signal');
    const ascending = await rows();
    const sortState = await page.getAttribute('button[data-sort="signal"] >> xpath=..', 'aria-sort');
    await page.click('button[data-sort="signal"]');
    await view('?sort=signal&dir=desc');
    const descending = await rows();
    await page.click('button[data-sort="relevancy"]');
    await view('?sort=relevancy');
    const byRelevancy = await rows();
    await page.fill('#signals-text', s.text);
    await view('?q=' + s.text + '&sort=relevancy');
    const filtered = await rows();
    await page.fill('#signals-text', '');
    await view('?sort=relevancy');
    await page.selectOption('#signals-theme', s.theme);
    await view('?theme=' + s.theme + '&sort=relevancy');
    const themed = await rows();
    return {initial: initial, ascending: ascending, sortState: sortState, descending: descending,
      byRelevancy: byRelevancy, filtered: filtered, themed: themed, status: await page.textContent('#signals-status')};
  },
  // Signals explorer on sharded data: opens each view by its URL and reports the rows shown (their numbers in the
  // row order), then drives the controls (sort, theme, words, next page) and reopens the URL they led to.
  async explorer(page, s) {
    const ready = async (view) => page.waitForFunction((v) => document.body.getAttribute('data-signals-view') === v,
      view, {timeout: 20000});
    const look = async () => ({
      rows: await page.$$eval('#signals-table tbody tr', (trs) => trs.map((tr) => Number(tr.getAttribute('data-row')))),
      status: await page.textContent('#signals-status'),
      pageLabel: await page.textContent('#signals-page'),
      view: await page.getAttribute('body', 'data-signals-view'),
      theme: await page.inputValue('#signals-theme'),
      words: await page.inputValue('#signals-text'),
    });
    const views = [];
    for (const v of s.views) {
      await page.goto(s.base + 'signals.html' + v.query);
      await ready(v.expect);
      views.push(await look());
    }
    await page.goto(s.base + 'signals.html');
    await ready(s.path);
    const steps = [];
    await page.click('button[data-sort="' + s.sort + '"]');
    await ready(s.path + '?sort=' + s.sort);
    await page.click('button[data-sort="' + s.sort + '"]');
    await ready(s.path + '?sort=' + s.sort + '&dir=desc');
    steps.push(await look());
    await page.selectOption('#signals-theme', s.theme);
    await ready(s.path + '?theme=' + s.theme + '&sort=' + s.sort + '&dir=desc');
    steps.push(await look());
    await page.fill('#signals-text', s.words);
    const typed = s.path + '?q=' + encodeURIComponent(s.words).replace(/%20/g, '+') + '&theme=' + s.theme + '&sort=' + s.sort + '&dir=desc';
    await ready(typed);
    steps.push(await look());
    let afterNext = null;
    if (!(await page.isDisabled('#signals-next'))) {
      await page.click('#signals-next');
      await ready(typed + '&page=2');
      afterNext = await look();
    }
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await ready(afterNext ? typed + '&page=2' : typed);
    const reopened = await look();
    return {views: views, steps: steps, afterNext: afterNext, reopened: reopened, url: url};
  },
  // The first screen of each page: how many rows the header's parts take, and where the first search result is.
  async screen(page, s) {
    const pages = [];
    for (const url of s.urls) {
      await page.goto(url);
      if (url.includes('search.html?q=')) {
        await page.waitForFunction(() => document.body.getAttribute('data-search-done') !== null);
      }
      pages.push(await page.evaluate(() => {
        const parts = Array.from(document.querySelectorAll('.site-header .wrap > *'))
          .filter((e) => e.offsetParent !== null && getComputedStyle(e).position !== 'absolute');
        // Rows: parts sorted by their top; a part that starts below everything so far starts a new row.
        const boxes = parts.map((e) => e.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        let rows = 0;
        let bottom = -Infinity;
        boxes.forEach((b) => {
          if (b.top >= bottom - 1) { rows++; bottom = b.bottom; } else { bottom = Math.max(bottom, b.bottom); }
        });
        const links = Array.from(document.querySelectorAll('.site-header nav a'));
        const first = document.querySelector('#results li');
        return {url: location.href, headerRows: rows, parts: parts.length,
          navVisible: links.length > 0 && links.every((a) => {
            const r = a.getBoundingClientRect();
            return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;
          }),
          firstResultBottom: first ? first.querySelector('a').getBoundingClientRect().bottom : null,
          viewportHeight: window.innerHeight};
      }));
    }
    return {pages: pages};
  },
  // The filter box of a term index: a word finds terms on every page of the A–Z list; one letter filters this page.
  async termFilter(page, s) {
    await page.goto(s.url);
    await page.fill('#term-filter', s.word);
    await page.waitForFunction((w) => document.body.getAttribute('data-term-filter') === w, s.word, {timeout: 10000});
    const found = await page.$$eval('#term-filter-results li a', (as) => as.map((a) => ({text: a.textContent,
      href: a.getAttribute('href')})));
    const count = await page.textContent('#term-filter-count');
    const listHidden = await page.$eval('#term-pages', (e) => e.hidden);
    await page.click('#term-filter-results li a');
    await page.waitForLoadState('load');
    const opened = page.url();
    await page.goto(s.url);
    await page.fill('#term-filter', s.letter);
    const shown = await page.$$eval('#term-pages ul.term-index li:not([hidden]) a', (as) => as.map((a) => a.textContent));
    return {found: found, count: count, listHidden: listHidden, opened: opened, letter: shown,
      letterCount: await page.textContent('#term-filter-count')};
  },
  // The signal cards of a view printed to PDF by Chromium (A4, the page's print styles).
  async cardsPdf(page, s) {
    await page.goto(s.url);
    await page.waitForFunction(() => document.body.hasAttribute('data-signals-ready'), null, {timeout: 20000});
    const cards = await page.$$eval('#signals-cards li.card', (cs) => cs.length);
    await page.pdf({path: s.pdf, format: 'A4', printBackground: false});
    return {cards: cards, status: await page.textContent('#signals-status')};
  },
  // Keyboard: "/" focuses the search box; ArrowDown moves from the box to the first result.
  async keyboard(page, s) {
    await page.goto(s.articleUrl);
    await page.keyboard.press('/');
    const afterSlash = await page.evaluate(() => document.activeElement && document.activeElement.id);
    await page.goto(s.searchUrl);
    await waitForSearch(page, s.query);
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    const afterDown = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const afterSecondDown = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await Promise.all([page.waitForURL('**/articles/**'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    return {afterSlash: afterSlash, afterDown: afterDown, afterSecondDown: afterSecondDown, opened: page.url()};
  },
  // Markup in a query must stay text.
  async inject(page, s) {
    await page.addInitScript(() => { window.__injected = false; });
    await page.goto(s.url);
    await waitForSearch(page, s.query);
    return {
      injected: await page.evaluate(() => window.__injected),
      images: await page.$$eval('#search-status img, #results img', (e) => e.length),
      status: await page.textContent('#search-status'),
    };
  },
  // Back and forward restore the query in the box and the results.
  async history(page, s) {
    await page.goto(s.url);
    await waitForSearch(page, s.first);
    await page.fill('#q', s.second);
    await page.press('#q', 'Enter');
    await waitForSearch(page, s.second);
    await page.goBack();
    await waitForSearch(page, s.first);
    const back = {box: await page.inputValue('#q'), results: (await results(page)).length};
    await page.goForward();
    await waitForSearch(page, s.second);
    return {back: back, forward: {box: await page.inputValue('#q'), results: (await results(page)).length}};
  },
  // Times a search after the first: the index files the query needs are already loaded.
  async timing(page, s) {
    await page.goto(s.url);
    await waitForSearch(page, s.warmup);
    const times = [];
    for (const q of s.queries) {
      const start = await page.evaluate(() => performance.now());
      await page.fill('#q', q);
      await waitForSearch(page, q);
      const end = await page.evaluate(() => performance.now());
      times.push({query: q, engineMs: Number(await page.getAttribute('body', 'data-search-ms')),
        sinceKeystrokeMs: end - start});
    }
    return {times: times};
  },
};

async function main() {
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  const browser = await chromium.launch({executablePath: request.chromium || '/usr/bin/chromium', args: CHROMIUM_ARGS});
  const out = [];
  try {
    for (const s of request.scenarios) {
      // axe is injected as an inline script, which the site's Content-Security-Policy rightly forbids.
      const context = await browser.newContext({viewport: {width: s.width || 1280, height: s.height || 900},
        bypassCSP: s.kind === 'axe'});
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      try {
        const observed = await scenarios[s.kind](page, s);
        observed.errors = errors;
        out.push(observed);
      } catch (e) {
        out.push({failure: String(e && e.message || e), errors: errors});
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
