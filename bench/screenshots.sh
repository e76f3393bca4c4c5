#!/usr/bin/env bash
# Screenshots of every page kind of the real corpus at 390 and 1280 px, light and dark, into a folder
# (not committed) for a person to look at. Usage: bench/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/foresite-screenshots}
WORK=$(mktemp -d /tmp/foresite-shots.XXXXXX)
[ -f node_modules/playwright-core/package.json ] || npm install --no-audit --no-fund --no-package-lock
[ -f target/foresite.jar ] || ./mvnw -q -B -DskipTests package
mkdir -p "$WORK/seeds"
cp ../shared/corpus/futures/* ../shared/seeds/* "$WORK/seeds/"
./foresite build --seeds "$WORK/seeds" --out "$WORK/site" > /dev/null 2>&1
node src/test/js/screenshots.js "$WORK/site" "$OUT"
echo "screenshots in $OUT"
