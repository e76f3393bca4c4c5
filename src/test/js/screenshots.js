// Screenshots of every page kind at phone and desktop width, light and dark, for a person to look at.
// Usage: node screenshots.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const {chromium} = require('playwright-core');

const {CHROMIUM_ARGS: ARGS} = require('./site-server');

function firstFile(site, dir, filter) {
  return dir + '/' + fs.readdirSync(path.join(site, dir)).filter(filter).sort()[0];
}

async function main() {
  const site = path.resolve(process.argv[2]);
  const out = path.resolve(process.argv[3]);
  fs.mkdirSync(out, {recursive: true});
  const biggestArticle = fs.readdirSync(path.join(site, 'articles')).filter((f) => !/^(index|page-\d+)\.html$/.test(f))
    .map((f) => [f, fs.statSync(path.join(site, 'articles', f)).size]).sort((a, b) => b[1] - a[1])[0][0];
  const pages = {
    home: 'index.html',
    article: 'articles/' + biggestArticle,
    theme: fs.existsSync(path.join(site, 'themes/artificial-intelligence.html')) ? 'themes/artificial-intelligence.html'
      : firstFile(site, 'themes', (f) => f !== 'index.html'),
    keyword: firstFile(site, 'keywords', (f) => f !== 'index.html'),
    themes: 'themes/index.html',
    keywords: 'keywords/index.html',
    articles: 'articles/index.html',
    timeline: 'timeline.html',
    issue: firstFile(site, 'issues', () => true),
    signals: 'signals.html',
    search: 'search.html?q=climate%20adaptation',
    notfound: '404.html',
  };
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS});
  try {
    for (const [name, page] of Object.entries(pages)) {
      for (const width of [390, 1280]) {
        for (const scheme of ['light', 'dark']) {
          const context = await browser.newContext({viewport: {width: width, height: 1000}, colorScheme: scheme});
          const p = await context.newPage();
          await p.goto('file://' + path.join(site, page.split('?')[0]) + (page.includes('?') ? '?' + page.split('?')[1] : ''));
          await p.waitForTimeout(name === 'search' || name === 'signals' ? 800 : 100);
          const file = path.join(out, `${name}-${width}-${scheme}.png`);
          await p.screenshot({path: file, fullPage: false});
          await context.close();
          process.stdout.write(file + '\n');
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
