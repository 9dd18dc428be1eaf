#!/usr/bin/env bash
# Fault run: `claimwire send` streams synthetic articles through two extractors while the
# aggregator is killed with SIGKILL at KILLS random points of the stream and restarted on the
# same data directory, and (optionally) one extractor is killed for good after the first
# aggregator kill. The send must finish with status 0 and the final export must equal the
# export of a clean run of the same input: nothing acknowledged lost, nothing counted twice.
#
# Kill points are drawn as article counts (uniform over 2-80 % of the input, sorted): the
# aggregator is killed as soon as the client has seen that many acknowledged, so every kill
# lands mid-stream whatever the machine's speed. After each kill it stays down 0-0.5 s.
#
# Environment: BIN (executables, default .build/debug), ARTICLES (300), KILLS (3 aggregator
# kills), KILL_EXTRACTOR (1: kill one extractor mid-stream), KILL_CLIENT (0: times the client
# is killed with SIGKILL mid-stream and run again on the same input, before the final send),
# SEED (random), BATCH (articles per batch, 20), KEEP (1: keep the work directory).
# Prints `fault:` lines of figures; exit 0 only when the check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib-fault.sh
BIN=${BIN:-.build/debug}
ARTICLES=${ARTICLES:-300}
KILLS=${KILLS:-3}
KILL_EXTRACTOR=${KILL_EXTRACTOR:-1}
KILL_CLIENT=${KILL_CLIENT:-0}
SEED=${SEED:-$RANDOM}
BATCH=${BATCH:-20}
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

python3 scripts/fault-articles.py "$ARTICLES" "$SEED" > "$WORK/articles.jsonl"

# start_aggregator DATA QPORT IPORT: sets AGG.
start_aggregator() {
    "$BIN/aggregator" --data "$1" --listen "127.0.0.1:$2" --ingest-listen "127.0.0.1:$3" \
        --log-level warning 2>>"$WORK/aggregator.log" &
    AGG=$!
    PIDS+=("$AGG")
    # (When it never listens, its own words say why.)
    if ! wait_tcp 127.0.0.1 "$2" || ! wait_tcp 127.0.0.1 "$3"; then
        echo "aggregator log:" >&2
        tail -n 20 "$WORK/aggregator.log" >&2
        return 1
    fi
}
start_extractor() { # PORT IPORT: sets EXT
    "$BIN/extractor" --listen "127.0.0.1:$1" --aggregator "127.0.0.1:$2" --log-level error \
        2>>"$WORK/extractor-$1.log" &
    EXT=$!
    PIDS+=("$EXT")
    wait_tcp 127.0.0.1 "$1"
}

# send_articles NAME E1 E2: starts `claimwire send` through both extractors; sets send.
send_articles() {
    "$BIN/claimwire" send --extractor "127.0.0.1:$2" --extractor "127.0.0.1:$3" --batch-size "$BATCH" \
        --format json "$WORK/articles.jsonl" >"$WORK/$1.send.json" 2>"$WORK/$1.send.err" &
    send=$!
    PIDS+=("$send")
}

# run NAME KILLS KILL_EXTRACTOR: one full run; leaves $WORK/NAME.export.json, sets SEND_STATUS,
# RUN_MS, DONE_KILLS, KILL_POINTS.
run() {
    local name=$1 kills=$2 kill_extractor=$3 qport iport e1 e2 ext1 ext2 send started point
    qport=$(free_port); iport=$(free_port); e1=$(free_port); e2=$(free_port)
    start_aggregator "$WORK/$name-data" "$qport" "$iport"
    start_extractor "$e1" "$iport"; ext1=$EXT
    start_extractor "$e2" "$iport"; ext2=$EXT
    local points=()
    if [ "$kills" -gt 0 ]; then
        local low=$((ARTICLES * 2 / 100)) span=$((ARTICLES * 78 / 100))
        mapfile -t points < <(for ((k = 0; k < kills; k++)); do
            echo $((low + (RANDOM * 32768 + RANDOM) % (span > 0 ? span : 1)))
        done | sort -n)
    fi
    started=$(now_ms)
    CLIENT_KILL_POINTS=""
    if [ "$name" != clean ]; then
        # The client killed with SIGKILL mid-stream and started again on the same input, as a
        # user would re-run an interrupted send: what it had delivered comes back `duplicate`.
        for ((k = 0; k < KILL_CLIENT; k++)); do
            point=$((ARTICLES * 2 / 100 + (RANDOM * 32768 + RANDOM) % (ARTICLES * 78 / 100 + 1)))
            send_articles "$name" "$e1" "$e2"
            wait_acked "$WORK/$name.send.err" "$point" "$send" || true
            kill -KILL "$send"; wait "$send" 2>/dev/null || true
            CLIENT_KILL_POINTS+="${CLIENT_KILL_POINTS:+,}$(acked_count "$WORK/$name.send.err")"
        done
    fi
    send_articles "$name" "$e1" "$e2"
    DONE_KILLS=0
    KILL_POINTS=""
    for point in "${points[@]}"; do
        wait_acked "$WORK/$name.send.err" "$point" "$send" || break
        kill -KILL "$AGG"; wait "$AGG" 2>/dev/null || true
        DONE_KILLS=$((DONE_KILLS + 1))
        KILL_POINTS+="${KILL_POINTS:+,}$(acked_count "$WORK/$name.send.err")"
        if [ "$kill_extractor" = 1 ] && [ "$DONE_KILLS" = 1 ]; then
            kill -KILL "$ext2"; wait "$ext2" 2>/dev/null || true
        fi
        sleep "0.$((RANDOM % 5))"
        start_aggregator "$WORK/$name-data" "$qport" "$iport"
    done
    SEND_STATUS=0
    wait "$send" || SEND_STATUS=$?
    RUN_MS=$(($(now_ms) - started))
    "$BIN/claimwire" export --aggregator "127.0.0.1:$qport" --format json >"$WORK/$name.export.json"
    for pid in "$ext1" "$ext2" "$AGG"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "$ext1" "$ext2" "$AGG"; do wait "$pid" 2>/dev/null || true; done
}

run clean 0 0
CLEAN_MS=$RUN_MS
if [ "$SEND_STATUS" != 0 ]; then
    echo "fault: the clean run's send failed ($SEND_STATUS):" >&2; tail -5 "$WORK/clean.send.err" >&2; exit 1
fi
run faulty "$KILLS" "$KILL_EXTRACTOR"
status=0
result=$(python3 scripts/compare-exports.py "$WORK/clean.export.json" "$WORK/faulty.export.json" \
    "$WORK/faulty.send.json") || status=1
retries=$(grep -c "retries)" "$WORK/faulty.send.err" || true)
echo "fault: articles=$ARTICLES seed=$SEED aggregator_kills=$DONE_KILLS/$KILLS" \
    "extractor_killed=$KILL_EXTRACTOR client_kills=$KILL_CLIENT send_status=$SEND_STATUS clean_ms=$CLEAN_MS faulty_ms=$RUN_MS" \
    "retried_batches=$retries $result"
echo "fault: kill points (articles acknowledged when killed): ${KILL_POINTS:-none}"
if [ "$KILL_CLIENT" -gt 0 ]; then
    echo "fault: client killed $KILL_CLIENT times, at (articles acknowledged in that attempt): $CLIENT_KILL_POINTS"
fi
if [ "$SEND_STATUS" != 0 ]; then tail -5 "$WORK/faulty.send.err" >&2; status=1; fi
if [ "$DONE_KILLS" != "$KILLS" ]; then
    echo "fault: only $DONE_KILLS of $KILLS kills happened before the send finished" >&2
    status=1
fi
exit $status
