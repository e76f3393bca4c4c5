#!/usr/bin/env bash
# Search budgets (issue 3): bytes a browser fetches for its first query, time from keystroke to results,
# the index's share of the build, and ranking quality. Real corpus (../shared) and a generated corpus.
# Usage: bench/search.sh [N_GENERATED]   (default 30000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-30000}
WORK=${BENCH_WORK:-$(mktemp -d /tmp/foresite-bench.XXXXXX)}
echo "# work folder: $WORK"

[ -f node_modules/playwright-core/package.json ] || npm install --no-audit --no-fund --no-package-lock
# shellcheck source=bench/common.sh
. bench/common.sh
build_classes

QUERIES=("regulation of AI" "climate" "nuclear cybersecurity" "generative art" "remote work productivity"
         "future of work" "renewable energy storage" "data privacy" "quantum" "science fiction")

measure() { # name seeds [quality-stride]
  local name=$1 seeds=$2 stride=${3:-1} site="$WORK/$1-site"
  rm -rf "$site"
  local build
  build=$(./foresite build --seeds "$seeds" --out "$site" --verbose 2>&1 | grep -E '^(timing|Built)')
  node src/test/js/search-budget.js "$site" "${QUERIES[@]}" > "$WORK/$name-budget.json"
  local quality
  quality=$(java -cp "$CP" org.foresite.bench.SearchQuality "$seeds" "$site" "$stride")
  python3 - "$name" "$WORK/$name-budget.json" "$build" "$quality" <<'PY'
import json, re, sys
name, path, build, quality = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
d = json.load(open(path))
lines = build.split('\n')
timing = [l for l in lines if l.startswith('timing: ')][0][len('timing: '):]
stages = {p.rsplit(' ', 2)[0]: float(p.rsplit(' ', 2)[1]) for p in timing.split(', ')}
total = sum(stages.values())
built = [l for l in lines if l.startswith('Built')][0]
fq = d['firstQueryBytes']; ks = d['keystrokeToResultsMs']
print(f"## {name}")
print(built)
print(f"first query, bytes fetched (page, scripts, index, 10 results): median {fq['median']/1024:.1f} KB, max {fq['max']/1024:.1f} KB over {len(d['firstQuery'])} queries")
print(f"keystroke to results after the first query: median {ks['median']} ms, p90 {ks['p90']} ms, max {ks['max']} ms over {ks['keystrokes']} keystrokes")
print(f"search index build: {stages.get('search index', 0):.2f} s of {total:.2f} s ({100*stages.get('search index', 0)/total:.0f}% of the build)")
print(f"quality: {quality}")
PY
}

if [ -d ../shared/corpus/futures ]; then
  mkdir -p "$WORK/real-seeds"
  cp ../shared/corpus/futures/* ../shared/seeds/* "$WORK/real-seeds/"
  measure real "$WORK/real-seeds"
  if [ ! -d "$WORK/gen-$N" ]; then
    java -cp "$CP" org.foresite.bench.CorpusGenerator --out "$WORK/gen-$N" --count "$N" > /dev/null
  fi
  measure "generated-$N" "$WORK/gen-$N" $(( N / 1000 > 1 ? N / 1000 : 1 ))
else
  echo "the real corpus (../shared/corpus/futures) is absent: nothing to measure" >&2
  exit 1
fi
