#!/usr/bin/env bash
# Fault run: `claimwire send` streams synthetic articles through two extractors while the
# aggregator is killed with SIGKILL at random moments and restarted on the same data directory,
# and (optionally) one extractor is killed for good. The send must finish with status 0 and the
# final export must equal the export of a clean run of the same input: nothing acknowledged
# lost, nothing counted twice.
#
# Environment: BIN (executables, default .build/debug), ARTICLES (300), KILLS (3 aggregator
# kills), KILL_EXTRACTOR (1: kill one extractor mid-stream), SEED (random), KEEP (1: keep the
# work directory). Prints one `fault:` line of figures; exit 0 only when the check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug}
ARTICLES=${ARTICLES:-300}
KILLS=${KILLS:-3}
KILL_EXTRACTOR=${KILL_EXTRACTOR:-1}
SEED=${SEED:-$RANDOM}
for tool in aggregator extractor claimwire; do
    [ -x "$BIN/$tool" ] || { echo "fault: $BIN/$tool missing (build first)" >&2; exit 77; }
done
WORK=$(mktemp -d /tmp/claimwire-fault.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "fault: kept $WORK" >&2; fi
}
trap cleanup EXIT
RANDOM=$SEED

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
wait_port() {
    for _ in $(seq 1 300); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    echo "fault: nothing listening on port $1 after 15 s" >&2
    return 1
}
# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

python3 scripts/fault-articles.py "$ARTICLES" "$SEED" > "$WORK/articles.jsonl"

# start_aggregator DATA QPORT IPORT: sets AGG.
start_aggregator() {
    "$BIN/aggregator" --data "$1" --listen "127.0.0.1:$2" --ingest-listen "127.0.0.1:$3" \
        --log-level warning 2>>"$WORK/aggregator.log" &
    AGG=$!
    PIDS+=("$AGG")
    wait_port "$2"
    wait_port "$3"
}
start_extractor() { # PORT IPORT: sets EXT
    "$BIN/extractor" --listen "127.0.0.1:$1" --aggregator "127.0.0.1:$2" --log-level error \
        2>>"$WORK/extractor-$1.log" &
    EXT=$!
    PIDS+=("$EXT")
    wait_port "$1"
}

# run NAME KILLS KILL_EXTRACTOR: one full run; leaves $WORK/NAME.export.json, sets SEND_STATUS,
# RUN_MS, DONE_KILLS.
run() {
    local name=$1 kills=$2 kill_extractor=$3 qport iport e1 e2 ext1 ext2 send started k delay
    qport=$(free_port); iport=$(free_port); e1=$(free_port); e2=$(free_port)
    start_aggregator "$WORK/$name-data" "$qport" "$iport"
    start_extractor "$e1" "$iport"; ext1=$EXT
    start_extractor "$e2" "$iport"; ext2=$EXT
    started=$(now_ms)
    "$BIN/claimwire" send --extractor "127.0.0.1:$e1" --extractor "127.0.0.1:$e2" --batch-size 20 \
        --quiet --format json "$WORK/articles.jsonl" >"$WORK/$name.send.json" 2>"$WORK/$name.send.err" &
    send=$!
    DONE_KILLS=0
    local spacing=$(( ${CLEAN_MS:-2000} / (kills + 1) ))
    for ((k = 1; k <= kills; k++)); do
        delay=$(( (RANDOM % (spacing > 50 ? spacing : 50)) + 20 ))
        sleep "$(printf '0.%03d' $((delay % 1000)))"; sleep $((delay / 1000))
        kill -0 "$send" 2>/dev/null || break
        kill -KILL "$AGG"; wait "$AGG" 2>/dev/null || true
        DONE_KILLS=$((DONE_KILLS + 1))
        if [ "$kill_extractor" = 1 ] && [ "$k" = 1 ]; then
            kill -KILL "$ext2"; wait "$ext2" 2>/dev/null || true
        fi
        sleep 0.$((RANDOM % 5))
        start_aggregator "$WORK/$name-data" "$qport" "$iport"
    done
    SEND_STATUS=0
    wait "$send" || SEND_STATUS=$?
    RUN_MS=$(( $(now_ms) - started ))
    "$BIN/claimwire" export --aggregator "127.0.0.1:$qport" --format json >"$WORK/$name.export.json"
    for pid in "$ext1" "$ext2" "$AGG"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "$ext1" "$ext2" "$AGG"; do wait "$pid" 2>/dev/null || true; done
}

run clean 0 0
CLEAN_STATUS=$SEND_STATUS
CLEAN_MS=$RUN_MS
if [ "$CLEAN_STATUS" != 0 ]; then
    echo "fault: the clean run's send failed ($CLEAN_STATUS):" >&2; tail -5 "$WORK/clean.send.err" >&2; exit 1
fi
run faulty "$KILLS" "$KILL_EXTRACTOR"
python3 - "$WORK" "$SEND_STATUS" "$DONE_KILLS" "$KILL_EXTRACTOR" "$CLEAN_MS" "$RUN_MS" "$ARTICLES" "$SEED" <<'PY'
import json, sys
work, status, kills, kill_ext, clean_ms, run_ms, articles, seed = sys.argv[1:]
clean = json.load(open(f"{work}/clean.export.json"))
faulty = json.load(open(f"{work}/faulty.export.json"))
ids = lambda e: [a["id"] for a in e.get("articles", [])]
c, f = ids(clean), ids(faulty)
lost = sorted(set(c) - set(f))
extra = sorted(set(f) - set(c))
doubled = len(f) - len(set(f))
same = json.dumps(clean, sort_keys=True) == json.dumps(faulty, sort_keys=True)
send = json.load(open(f"{work}/faulty.send.json")) if status == "0" else {}
print(f"fault: articles={articles} seed={seed} aggregator_kills={kills} extractor_killed={kill_ext} "
      f"send_status={status} clean_ms={clean_ms} faulty_ms={run_ms} exported={len(f)}/{len(c)} "
      f"lost={len(lost)} extra={len(extra)} doubled={doubled} export_equal={same} "
      f"accepted={send.get('accepted')} duplicates={send.get('duplicates')}")
if not same:
    for key in clean:
        if clean[key] != faulty.get(key):
            print(f"fault: export differs in {key}: {len(clean[key])} vs {len(faulty.get(key, []))}", file=sys.stderr)
sys.exit(0 if status == "0" and same and not lost and not extra and doubled == 0 else 1)
PY
