#!/usr/bin/env bash
# Build benchmark: cold build, rebuild with nothing changed, rebuild after one seed changed, the serve loop's
# edit-to-rebuilt time, and Hugo building the same knowledge base with the reference Hugo site of
# ../shared/bench/hugo (converted by its to_hugo.py, used as it is), cold runs of the two alternating.
# Foresite runs as the README runs it: ./foresite (the launcher, with its JVM flags and class-data archive).
# Usage: bench/build.sh [N ...]   (default 1500 3000 30000)
# Disk:  each size keeps the outputs of its cold runs until they are over (about 6.5 GB at 30,000 articles).
# Env:   RUNS (default 3; the median is reported), BENCH_WORK (work folder, default a fresh temp folder),
#        JAVA_OPTS (default -Xmx1g: the 30,000-article build is promised to fit a 1 GB heap),
#        HUGO (the hugo binary; default the one on PATH, empty to skip the comparison).
# The report (a Markdown table) goes to stdout and to $BENCH_WORK/results.md; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1500 3000 30000)
RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
WORK=${BENCH_WORK:-$(mktemp -d /tmp/foresite-build-bench.XXXXXX)}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RESULTS="$WORK/results.tsv"
FAILURES="$WORK/failures.txt"
: > "$RESULTS"
: > "$FAILURES"

log() { echo "# $*" >&2; }
log "work folder: $WORK"

# GNU time gives peak RSS, which bash's `time` cannot.
if [ ! -x /usr/bin/time ]; then
  echo "bench/build.sh: /usr/bin/time is missing; install GNU time (apt-get install time)" >&2
  exit 1
fi
# The generator recombines the real articles; without them there is nothing realistic to build.
if [ ! -d ../shared/corpus/futures ]; then
  echo "bench/build.sh: the real corpus (../shared/corpus/futures) is absent: nothing to measure" >&2
  exit 1
fi
# HUGO= (empty) skips the comparison even when hugo is installed: Hugo itself takes long on big corpora.
HUGO=${HUGO-$(command -v hugo || true)}
if [ -z "$HUGO" ]; then
  if command -v hugo > /dev/null; then HUGO_NOTE="hugo comparison skipped (HUGO is empty)"
  else HUGO_NOTE="hugo not installed (apt-get install hugo): no comparison"; fi
  log "$HUGO_NOTE"
fi

log "building foresite.jar and the test classes"
# shellcheck source=bench/common.sh
. bench/common.sh
build_classes
# The launcher keeps the classes Foresite loads in a class-data archive, made at its first run: made here, so
# that no measured run pays for it.
FORESITE_JAVA_OPTS="$JAVA_OPTS" ./foresite build --seeds seeds --out "$WORK/warm-up" > /dev/null 2>&1
HUGO_REFERENCE=../shared/bench/hugo

# --- measuring -------------------------------------------------------------------------------------------

# Wall seconds and peak RSS (kB) of a /usr/bin/time -v report.
time_fields() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)', text)
h, m, s = wall.groups()
rss = re.search(r'Maximum resident set size \(kbytes\): (\d+)', text).group(1)
print(f"{int(h or 0) * 3600 + int(m) * 60 + float(s):.2f} {rss}")
PY
}

# What a build left in OUT, judged from the files alone (not from what the tool reports): files and bytes
# newer than the marker touched before the run (unchanged files are hard links keeping their old mtime),
# and the HTML pages present.
output_fields() { # out marker
  local files bytes pages
  files=$(find "$1" -type f -newer "$2" | wc -l)
  bytes=$(find "$1" -type f -newer "$2" -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  pages=$(find "$1" -type f -name '*.html' | wc -l)
  echo "$files $bytes $pages"
}

record() { # N scenario run wall rss files bytes pages own-seconds (empty when unknown)
  local IFS=$'\t'
  echo "$*" >> "$RESULTS"
}

# A failed build (an OutOfMemoryError under the promised heap, say) is a result too: it is listed under the
# table, and the remaining scenarios of that size are skipped.
failed() { # N what log
  local reason
  # An error line says more than the warnings a build prints before it.
  reason=$( (grep -E 'error' "$3" || grep -vE '^\s+at |^\s*\.\.\.|^Command' "$3") | head -4 | tr -s '\n\t' '  ' || true)
  echo "N=$1: $2 failed: $reason" >> "$FAILURES"
  echo "bench/build.sh: $2 failed (N=$1): $reason" >&2
}

# One foresite build in a fresh JVM, timed; the build's own summary line is kept for its seconds.
timed_build() { # N scenario run seeds out
  local n=$1 scenario=$2 run=$3 seeds=$4 out=$5 marker="$WORK/marker"
  touch "$marker"
  if ! FORESITE_JAVA_OPTS="$JAVA_OPTS" /usr/bin/time -v -o "$WORK/time.txt" ./foresite build \
      --seeds "$seeds" --out "$out" > "$WORK/build.out" 2> "$WORK/build.err"; then
    grep -hE 'Elapsed|Maximum resident' "$WORK/time.txt" >> "$WORK/build.err"
    failed "$n" "$scenario build #$run" "$WORK/build.err"
    return 1
  fi
  local own
  own=$(grep -E '^Built ' "$WORK/build.out" | sed -nE 's/.* in ([0-9.]+) s\s*$/\1/p' | tail -1)
  read -r wall rss < <(time_fields "$WORK/time.txt")
  read -r files bytes pages < <(output_fields "$out" "$marker")
  record "$n" "$scenario" "$run" "$wall" "$rss" "$files" "$bytes" "$pages" "$own"
  log "N=$n $scenario #$run: ${wall} s, $((rss / 1024)) MB, $files files written, $pages pages ($(grep -E '^Built ' "$WORK/build.out"))"
}

# Cold builds start from no output, as on a fresh machine, but the last output is moved aside, not deleted,
# until the cold runs of that size are over. This machine's ext4 has no journal, and without one ext4 will not
# reuse an inode freed less than a minute ago: every new file is allocated after a scan past all of them, checking
# each (the kernel's recently_deleted(), 36% of the samples of a program writing 17,075 files just after
# `rm -rf` of the same tree). Deleting the last output before each run made every build pay for the one before,
# the more the more files either tool writes: single runs at 1,500 articles swung from 2.9 to 4.5 s.
ASIDE=""
move_aside() { # path...
  local p
  for p in "$@"; do
    if [ -e "$p" ]; then
      mkdir -p "$ASIDE"
      mv -- "$p" "$(mktemp -d "$ASIDE/old.XXXXXX")/"
    fi
  done
}

# Deletes what was moved aside, then waits until ext4 forgets the freed inodes (60 s after the deletion, once the
# inode tables are written: hence the sync), so that the next timed runs meet a filesystem like a fresh one.
settle() {
  if [ -n "$ASIDE" ] && [ -e "$ASIDE" ]; then
    rm -rf -- "$ASIDE"
  fi
  log "waiting 65 s for the filesystem to settle after deletions"
  sync
  sleep 65
}

# A cold build has no previous output and no cache: the build keeps its cache beside the output as
# .<out>.foresite-*, and leaving it would measure a warm build.
make_cold() { # out
  move_aside "$1" "$(dirname "$1")/.$(basename "$1").foresite"*
}

# --- editing one seed --------------------------------------------------------------------------------------

# The edited seed is always the first (by name) with a Summary section; its pristine bytes are kept aside
# so that each run makes a distinct edit of the original and the corpus can be restored afterwards.
EDIT_SEED="" EDIT_BACKUP=""
choose_seed() { # seeds work
  EDIT_BACKUP="$2/edited-seed.orig"
  EDIT_SEED=$(python3 - "$1" <<'PY'
import os, re, sys
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), 'rb') as f:
        if re.search(rb'(?im)^#+[ \t]*summary\b', f.read()):
            print(os.path.join(folder, name))
            break
PY
)
  [ -n "$EDIT_SEED" ] || { echo "bench/build.sh: no seed with a Summary section in $1" >&2; exit 1; }
  cp -p "$EDIT_SEED" "$EDIT_BACKUP"
}

# Appends " Benchmark edit R." to the first summary line (the first non-blank line after the heading).
edit_seed() { # R
  python3 - "$EDIT_BACKUP" "$EDIT_SEED" "$1" <<'PY'
import re, sys
original, target, r = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(original, 'rb').read()
heading = re.search(rb'(?im)^#+[ \t]*summary\b.*$', data)
line = re.compile(rb'^[ \t]*\S.*?(?=\r?$)', re.M).search(data, heading.end() + 1)
edited = data[:line.end()] + b' Benchmark edit ' + r.encode() + b'.' + data[line.end():]
open(target, 'wb').write(edited)
PY
}

restore_seed() {
  if [ -n "$EDIT_BACKUP" ] && [ -f "$EDIT_BACKUP" ]; then
    cp "$EDIT_BACKUP" "$EDIT_SEED"
    rm -f "$EDIT_BACKUP"
  fi
}

SERVE_PID=""
cleanup() {
  restore_seed
  if [ -n "$SERVE_PID" ]; then
    stop_serve
  fi
}
trap cleanup EXIT

# GNU time ignores SIGINT while it waits, so the signal goes to the JVM it started.
stop_serve() {
  local jvm
  jvm=$(pgrep -P "$SERVE_PID" || true)
  [ -z "$jvm" ] || kill -TERM "$jvm" 2>/dev/null || true
  wait "$SERVE_PID" 2>/dev/null || true
  SERVE_PID=""
}

built_lines() { grep -cE '^Built ' "$1" || true; }

# --- scenarios ---------------------------------------------------------------------------------------------

EDITS=0   # every edit anywhere in the run is distinct, so the content always really changes

bench_foresite() { # N
  local n=$1 dir="$WORK/n$1" seeds="$WORK/n$1/seeds" out="$WORK/n$1/site"
  # Cold builds of Foresite and Hugo alternate, so that both meet the machine in the same moods, and take turns
  # at going first (Foresite, Hugo, Hugo, Foresite, ...), so that neither always follows the other's writes.
  [ -z "$HUGO" ] || hugo_site "$n"
  ASIDE="$dir/aside"
  settle
  for r in $(seq 1 "$RUNS"); do
    if [ -n "$HUGO" ] && [ $((r % 2)) -eq 0 ]; then
      hugo_cold "$n" "$r"
    fi
    make_cold "$out"
    timed_build "$n" cold "$r" "$seeds" "$out" || return 0
    if [ -n "$HUGO" ] && [ $((r % 2)) -eq 1 ]; then
      hugo_cold "$n" "$r"
    fi
  done
  rm -rf -- "$ASIDE"
  for r in $(seq 1 "$RUNS"); do
    timed_build "$n" "no change" "$r" "$seeds" "$out" || return 0
  done
  choose_seed "$seeds" "$dir"
  log "N=$n editing $(basename "$EDIT_SEED")"
  for r in $(seq 1 "$RUNS"); do
    EDITS=$((EDITS + 1)); edit_seed "$EDITS"
    timed_build "$n" "one seed changed" "$r" "$seeds" "$out" || { restore_seed; return 0; }
  done

  # Port 0: the server picks a free port and prints it.
  log "N=$n starting serve"
  FORESITE_JAVA_OPTS="$JAVA_OPTS" /usr/bin/time -v -o "$WORK/serve-time.txt" ./foresite serve \
      --seeds "$seeds" --out "$out" --port 0 > "$WORK/serve.out" 2> "$WORK/serve.err" &
  SERVE_PID=$!
  local waited=0
  until grep -q '^Serving http' "$WORK/serve.out"; do
    if ! kill -0 "$SERVE_PID" 2>/dev/null || [ $waited -gt 600000 ]; then
      stop_serve; restore_seed
      failed "$n" "serve start" "$WORK/serve.err"
      return 0
    fi
    sleep 0.01; waited=$((waited + 10))
  done
  log "N=$n $(head -1 "$WORK/serve.out")"
  for r in $(seq 1 "$RUNS"); do
    sleep 1   # lets the watcher settle, so each edit triggers exactly one rebuild
    local before t0 t1 marker="$WORK/marker"
    before=$(built_lines "$WORK/serve.err")
    touch "$marker"
    EDITS=$((EDITS + 1))
    t0=$(date +%s.%N)
    edit_seed "$EDITS"
    until [ "$(built_lines "$WORK/serve.err")" -gt "$before" ]; do
      if ! kill -0 "$SERVE_PID" 2>/dev/null; then
        stop_serve; restore_seed
        failed "$n" "serve rebuild #$r" "$WORK/serve.err"
        return 0
      fi
      sleep 0.01
    done
    t1=$(date +%s.%N)
    local line own wall files bytes pages
    line=$(grep -E '^Built ' "$WORK/serve.err" | tail -1)
    own=$(sed -nE 's/.* in ([0-9.]+) s\s*$/\1/p' <<< "$line")
    wall=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
    read -r files bytes pages < <(output_fields "$out" "$marker")
    record "$n" "serve: one seed changed" "$r" "$wall" "" "$files" "$bytes" "$pages" "$own"
    log "N=$n serve edit #$r: $wall s from edit to logged ($line)"
  done
  stop_serve
  restore_seed
  local rss
  read -r _ rss < <(time_fields "$WORK/serve-time.txt")
  # Serve's peak RSS covers the whole process: the first build and every rebuild.
  python3 - "$RESULTS" "$n" "$rss" <<'PY'
import sys
path, n, rss = sys.argv[1:]
rows = [l.rstrip('\n').split('\t') for l in open(path)]
for row in rows:
    if row[0] == n and row[1] == 'serve: one seed changed':
        row[4] = rss
open(path, 'w').write(''.join('\t'.join(r) + '\n' for r in rows))
PY
}

# One cold build of the reference Hugo site (../shared/bench/hugo, as its README says to run it). Converting the
# seeds is setup, done once per size and not measured.
hugo_site() { # N
  local site="$WORK/n$1/hugo"
  if [ ! -d "$site/content" ]; then
    log "N=$1 converting the seeds for the reference hugo site: $(python3 "$HUGO_REFERENCE/to_hugo.py" "$WORK/n$1/seeds" "$site" 2>&1 | tail -1)"
  fi
}

hugo_cold() { # N run
  local n=$1 r=$2 site="$WORK/n$1/hugo" marker="$WORK/marker"
  hugo_site "$n"
  move_aside "$site/public" "$site/resources"
  touch "$marker"
  if ! (cd "$site" && /usr/bin/time -v -o "$WORK/time.txt" "$HUGO" --quiet) > "$WORK/hugo.log" 2>&1; then
    failed "$n" "hugo cold #$r" "$WORK/hugo.log"
    return 0
  fi
  read -r wall rss < <(time_fields "$WORK/time.txt")
  read -r files bytes pages < <(output_fields "$site/public" "$marker")
  record "$n" "hugo cold" "$r" "$wall" "$rss" "$files" "$bytes" "$pages" ""
  log "N=$n hugo cold #$r: ${wall} s, $((rss / 1024)) MB, $pages pages"
}

for n in "${SIZES[@]}"; do
  seeds="$WORK/n$n/seeds"
  # A run interrupted mid-edit leaves the original aside; put it back before measuring anything.
  if [ -f "$WORK/n$n/edited-seed.orig" ]; then
    rm -rf "$seeds"
  fi
  if [ ! -d "$seeds" ]; then
    log "N=$n generating the corpus (seed 42)"
    rm -rf "$seeds.tmp" "$WORK/n$n/edited-seed.orig"
    mkdir -p "$WORK/n$n"
    java -cp "$CP" org.foresite.bench.CorpusGenerator --out "$seeds.tmp" --count "$n" --seed 42 >&2
    mv "$seeds.tmp" "$seeds"
  fi
  bench_foresite "$n"
done

# --- report ------------------------------------------------------------------------------------------------

{
  echo "Build benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; $(java -version 2>&1 | head -1);" \
       "JAVA_OPTS=$JAVA_OPTS; RUNS=$RUNS"
  if [ -n "$HUGO" ]; then "$HUGO" version; else echo "$HUGO_NOTE"; fi
  echo
  python3 - "$RESULTS" "$RUNS" <<'PY'
import statistics, sys
path, runs = sys.argv[1], sys.argv[2]
rows = [l.rstrip('\n').split('\t') for l in open(path) if l.strip()]
order = ['cold', 'no change', 'one seed changed', 'serve: one seed changed', 'hugo cold']
sizes = list(dict.fromkeys(r[0] for r in rows))

def med(values):
    values = [float(v) for v in values if v != '']
    return statistics.median(values) if values else None

print(f"| N | scenario | wall s (median of {runs}) | peak RSS MB | files written | MB written | pages |")
print("|---:|---|---:|---:|---:|---:|---:|")
ratios = []
for n in sizes:
    medians = {}
    for scenario in order:
        runs_of = [r for r in rows if r[0] == n and r[1] == scenario]
        if not runs_of:
            continue
        wall, rss, files, size, pages, own = (med([r[i] for r in runs_of]) for i in (3, 4, 5, 6, 7, 8))
        medians[scenario] = wall
        wall_cell = f"{wall:.2f}"
        if scenario.startswith('serve'):
            wall_cell = f"{wall:.2f} edit→logged ({own:.2f} build's own)"
        rss_cell = f"{rss / 1024:.0f}" if rss is not None else ''
        print(f"| {int(n):,} | {scenario} | {wall_cell} | {rss_cell} | {files:.0f} | {size / 1e6:.2f} | {pages:.0f} |")
    if 'hugo cold' in medians and 'cold' in medians:
        # Each pair's own ratio too: single runs on a busy filesystem vary, for both tools alike.
        walls = {(r[1], r[2]): float(r[3]) for r in rows if r[0] == n}
        pairs = [walls[('cold', r)] / walls[('hugo cold', r)] for r in sorted({r[2] for r in rows if r[0] == n}, key=int)
                 if ('cold', r) in walls and ('hugo cold', r) in walls]
        ratios.append(f"N={int(n):,}: foresite cold / hugo cold = {medians['cold'] / medians['hugo cold']:.2f}"
                      f" (medians of {runs}, alternating runs; run by run: {', '.join(f'{x:.2f}' for x in pairs)})")
if ratios:
    print()
    for line in ratios:
        print(line)
PY
  if [ -s "$FAILURES" ]; then echo; cat "$FAILURES"; fi
} | tee "$WORK/results.md"
