#!/usr/bin/env bash
# `make demo`: the aggregator and two extractors on loopback with a temporary data directory,
# the samples sent through them, the story list and one story page printed, the HTML page
# written, everything stopped cleanly. Needs a release build (`make release`), or BIN=dir.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release}
OUT=${DEMO_OUT:-.build/demo}
SAMPLES=${SAMPLES:-samples}
. scripts/lib-services.sh

for tool in aggregator extractor claimwire; do
    if [ ! -x "$BIN/$tool" ]; then
        echo "demo: $BIN/$tool is missing — run \`make release\` first (or set BIN)" >&2
        exit 1
    fi
done

DATA=$(mktemp -d "${TMPDIR:-/tmp}/claimwire-demo.XXXXXX")
mkdir -p "$OUT"
cleanup() {
    local status=$?
    stop_services || status=1
    rm -rf "$DATA"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

QUERY=127.0.0.1:$(free_port 17700)
INGEST=127.0.0.1:$(free_port $((${QUERY##*:} + 1)))
EXTRACTOR1=127.0.0.1:$(free_port 17600)
EXTRACTOR2=127.0.0.1:$(free_port $((${EXTRACTOR1##*:} + 1)))
export CLAIMWIRE_AGGREGATOR=$QUERY

echo "== starting the aggregator ($QUERY queries, $INGEST ingest) and two extractors ($EXTRACTOR1, $EXTRACTOR2)"
start_service aggregator "$DATA/aggregator.log" \
    "$BIN/aggregator" --data "$DATA/store" --listen "$QUERY" --ingest-listen "$INGEST"
start_service extractor-1 "$DATA/extractor-1.log" "$BIN/extractor" --listen "$EXTRACTOR1" --aggregator "$INGEST"
start_service extractor-2 "$DATA/extractor-2.log" "$BIN/extractor" --listen "$EXTRACTOR2" --aggregator "$INGEST"
wait_listening aggregator "$DATA/aggregator.log" "$QUERY"
wait_listening extractor-1 "$DATA/extractor-1.log" "$EXTRACTOR1"
wait_listening extractor-2 "$DATA/extractor-2.log" "$EXTRACTOR2"
"$BIN/claimwire" ping --extractor "$EXTRACTOR1" --extractor "$EXTRACTOR2"

echo
echo "== claimwire send $SAMPLES/"
"$BIN/claimwire" send --extractor "$EXTRACTOR1" --extractor "$EXTRACTOR2" "$SAMPLES"

echo
echo "== claimwire stories"
"$BIN/claimwire" stories

# The story with the most articles makes the best page.
STORY=$("$BIN/claimwire" stories --format json | awk '
    /"article_count"/ { n = $3 + 0 }
    /"id"/ { gsub(/[",]/, "", $3); if (n > best) { best = n; id = $3 } }
    END { print id }')
if [ -n "$STORY" ]; then
    echo
    echo "== claimwire story $STORY"
    "$BIN/claimwire" story "$STORY"
    "$BIN/claimwire" story "$STORY" --format html --output "$OUT/story.html"
fi
"$BIN/claimwire" export --format html --output "$OUT/stories.html"
"$BIN/claimwire" export --format json --output "$OUT/export.json"

echo
echo "== claimwire stats"
"$BIN/claimwire" stats

echo
echo "== stopping the services (SIGTERM)"
stop_services
echo "all services exited cleanly"
# A look at the page as a browser draws it, when a headless Chromium is at hand.
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "$STORY" ] && [ -n "$CHROMIUM" ]; then
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1800 \
        --screenshot="$OUT/story.png" "file://$PWD/$OUT/story.html" >/dev/null 2>&1 || true
fi

echo
[ -n "$STORY" ] && echo "story page: $OUT/story.html"
[ -f "$OUT/story.png" ] && echo "screenshot: $OUT/story.png"
echo "all stories: $OUT/stories.html   export: $OUT/export.json"
