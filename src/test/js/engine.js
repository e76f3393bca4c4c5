// Runs the browser's search engine (templates/assets/search.js) under Node for the Java tests.
// Usage: node engine.js SEARCH_DIR < requests.json > answers.json
// Requests: {"analyse": [texts]} -> surfaces per text, with the manifest's folding table;
//           {"shardIds": [starts]} -> the file name of the term shard starting with each;
//           {"queries": [q...], "prefix": bool, "limit": n} -> [{results: [[doc, score]...], highlight, unknown}].
'use strict';
const fs = require('fs');
const path = require('path');
const engineApi = require(path.join(__dirname, '..', '..', '..', 'templates', 'assets', 'search.js'));

const dir = process.argv[2];
function load(id) {
  const text = fs.readFileSync(path.join(dir, id + '.js'), 'utf8');
  const prefix = 'foresiteSearch(';
  if (!text.startsWith(prefix)) throw new Error('not an index file: ' + id);
  return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(');')));
}

async function main() {
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  const engine = engineApi.createEngine(load);
  const manifest = await engine.manifest();
  if (request.shardIds) {
    process.stdout.write(JSON.stringify(request.shardIds.map(engineApi.shardId)));
    return;
  }
  if (request.analyse) {
    const out = request.analyse.map((t) => engineApi.surfaces(t, manifest.fold, manifest.maxWord));
    process.stdout.write(JSON.stringify(out));
    return;
  }
  const answers = [];
  for (const q of request.queries) {
    const r = await engine.search(q, {prefix: !!request.prefix});
    answers.push({
      results: r.results.slice(0, request.limit || 10).map((x) => [x.doc, x.score]),
      total: r.results.length,
      highlight: r.highlight,
      unknown: r.unknown,
    });
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
