#!/usr/bin/env bash
# Reader budgets (issue 10): at each size, the largest HTML page and the largest data file of the site, how many
# break the budgets (HTML 150 KB, data 300 KB), the bytes the signals explorer fetches in Chromium before its first
# rows (opened plain, sorted, filtered by its biggest theme and by a word), and what `foresite check` finds.
# Usage: bench/pages.sh [N ...]   (default 3000 30000; "real" measures the real corpus in ../shared)
# Env:   BENCH_WORK (work folder; generated corpora are kept there and reused), JAVA_OPTS (default -Xmx1g).
# The report (a Markdown table) goes to stdout and to $BENCH_WORK/pages.md; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(3000 30000)
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
WORK=${BENCH_WORK:-$(mktemp -d /tmp/foresite-pages-bench.XXXXXX)}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
log() { echo "# $*" >&2; }
log "work folder: $WORK"

if [ ! -d ../shared/corpus/futures ]; then
  echo "bench/pages.sh: the real corpus (../shared/corpus/futures) is absent: nothing to generate from" >&2
  exit 1
fi
[ -f node_modules/playwright-core/package.json ] || npm install --no-audit --no-fund --no-package-lock >&2
# shellcheck source=bench/common.sh
. bench/common.sh
build_classes

REPORT="$WORK/pages.md"
{
  echo "| N | pages | largest HTML page | HTML > 150 KB | largest data file | data > 300 KB | signals: first rows (plain / sorted / biggest theme / word) | check |"
  echo "|---:|---:|---|---:|---|---:|---|---|"
} > "$REPORT"

for n in "${SIZES[@]}"; do
  if [ "$n" = real ]; then
    seeds="$WORK/real-seeds"
    rm -rf "$seeds" && mkdir -p "$seeds" && cp ../shared/corpus/futures/* ../shared/seeds/* "$seeds/"
  else
    seeds="$WORK/gen-$n"
    [ -d "$seeds" ] || java -cp "$CP" org.foresite.bench.CorpusGenerator --out "$seeds" --count "$n" >&2
  fi
  site="$WORK/site-$n"
  rm -rf "$site" "$WORK/.site-$n.foresite"*
  log "N=$n: building"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  FORESITE_JAVA_OPTS="$JAVA_OPTS" ./foresite build --seeds "$seeds" --out "$site" --base-url https://example.org/kb/ \
    2>&1 | grep -E '^Built' >&2
  read -r pages html_max html_path html_over data_max data_path data_over < <(python3 - "$site" <<'PY'
import os, sys
site = sys.argv[1]
html, data = [], []
for d, _, files in os.walk(site):
    for f in files:
        p = os.path.join(d, f)
        rel = os.path.relpath(p, site)
        if rel.startswith('downloads/'):
            continue  # saved by people, loaded by no page
        size = os.path.getsize(p)
        if f.endswith('.html'):
            html.append((size, rel))
        elif f.endswith(('.js', '.json', '.css')):
            data.append((size, rel))
html.sort(); data.sort()
print(len(html), f"{html[-1][0] / 1024:.1f}", html[-1][1], sum(1 for s, _ in html if s > 150 * 1024),
      f"{data[-1][0] / 1024:.1f}", data[-1][1], sum(1 for s, _ in data if s > 300 * 1024))
PY
)
  # The biggest theme and a common word, from the explorer's own menu and a frequent word of its data.
  read -r theme word < <(python3 - "$site" <<'PY'
import json, sys, os, re
site = sys.argv[1]
def payload(p):
    t = open(p, encoding='utf-8').read()
    return json.loads(t[t.index(',') + 1:t.rindex(');')])
meta = payload(os.path.join(site, 'signals/meta.js'))
theme = max(meta['themes'], key=lambda t: t[2])[0] if meta['themes'] else ''
print(theme, 'technology')
PY
)
  log "N=$n: measuring the signals explorer in Chromium"
  node src/test/js/signals-budget.js "$site" "" "?sort=change&dir=desc" "?theme=$theme" "?q=$word" > "$WORK/signals-$n.json"
  signals=$(python3 - "$WORK/signals-$n.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(' / '.join(f"{m['bytes'] / 1024:.1f} KB ({m['files']} files, {m['rows']} rows)" for m in d))
errs = [e for m in d for e in m['errors']]
if errs: print('page errors: ' + '; '.join(errs), file=sys.stderr)
PY
)
  log "N=$n: foresite check"
  problems=$(./foresite check --site "$site" 2>&1 | tail -1 | sed 's/^Checked [^:]*: //' || true)
  printf '| %s | %s | %s KB `%s` | %s | %s KB `%s` | %s | %s | %s |\n' "$n" "$pages" "$html_max" "$html_path" \
    "$html_over" "$data_max" "$data_path" "$data_over" "$signals" "$problems" >> "$REPORT"
done
cat "$REPORT"
