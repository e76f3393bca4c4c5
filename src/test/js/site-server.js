// What the browser scripts share: the flags headless Chromium needs on this machine, and a static server for a
// built site under /kb/ (a project path, as GitHub Pages serves it).
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml'};

/** Serves root under /kb/ on a free loopback port; resolves to the server. */
function serve(root) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    const file = path.join(root, url.replace(/^\/kb\//, '/'));
    if (!url.startsWith('/kb/') || !file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream'});
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = {CHROMIUM_ARGS: CHROMIUM_ARGS, serve: serve};
