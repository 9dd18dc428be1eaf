#!/usr/bin/env bash
# A stalled aggregator: `claimwire send` streams synthetic articles through two extractors; at
# STALL_AT percent of the stream the aggregator is frozen with SIGSTOP for STALL_SECONDS (its
# sockets stay open, nothing answers: a hung process or a stop-the-world pause), then resumed
# with SIGCONT. Checks: no article is acknowledged to the client while the aggregator is frozen
# (a second's grace for acknowledgements already on their way), the send finishes with status
# 0, and the export equals a clean run's. Resident memory (VmRSS) of the aggregator, both
# extractors and the client is sampled every second; the figures before, during and after the
# stall are printed.
# Environment: BIN (.build/release), ARTICLES (3000), STALL_SECONDS (20), STALL_AT (25),
# SEED (random), KEEP (1: keep the work directory).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib-fault.sh
BIN=${BIN:-.build/release}
ARTICLES=${ARTICLES:-3000}
STALL_SECONDS=${STALL_SECONDS:-20}
STALL_AT=${STALL_AT:-25}
SEED=${SEED:-$RANDOM}
for tool in aggregator extractor claimwire; do
    [ -x "$BIN/$tool" ] || { echo "stall: $BIN/$tool missing (build first)" >&2; exit 77; }
done
WORK=$(mktemp -d /tmp/claimwire-stall.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "stall: kept $WORK" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
RANDOM=$SEED
python3 scripts/fault-articles.py "$ARTICLES" "$SEED" > "$WORK/articles.jsonl"

# run NAME STALL: leaves $WORK/NAME.export.json and $WORK/NAME.rss; sets SEND_STATUS, RUN_MS,
# STOP_MS, CONT_MS, and the acknowledgement counts around the stall.
run() {
    local name=$1 stall=$2 qport iport e1 e2 agg ext1 ext2 send sampler started log
    qport=$(free_port); iport=$(free_port); e1=$(free_port); e2=$(free_port)
    log="$WORK/$name.send.err"
    "$BIN/aggregator" --data "$WORK/$name-data" --listen "127.0.0.1:$qport" \
        --ingest-listen "127.0.0.1:$iport" --log-level warning 2>>"$WORK/$name-aggregator.log" &
    agg=$!; PIDS+=("$agg")
    wait_tcp 127.0.0.1 "$qport"; wait_tcp 127.0.0.1 "$iport"
    "$BIN/extractor" --listen "127.0.0.1:$e1" --aggregator "127.0.0.1:$iport" --log-level warning \
        2>>"$WORK/$name-extractor1.log" &
    ext1=$!; PIDS+=("$ext1")
    "$BIN/extractor" --listen "127.0.0.1:$e2" --aggregator "127.0.0.1:$iport" --log-level warning \
        2>>"$WORK/$name-extractor2.log" &
    ext2=$!; PIDS+=("$ext2")
    wait_tcp 127.0.0.1 "$e1"; wait_tcp 127.0.0.1 "$e2"
    started=$(now_ms)
    "$BIN/claimwire" send --extractor "127.0.0.1:$e1" --extractor "127.0.0.1:$e2" --batch-size 20 \
        --format json "$WORK/articles.jsonl" >"$WORK/$name.send.json" 2> >(stamp >"$log") &
    send=$!; PIDS+=("$send")
    sample_rss "$WORK/$name.rss" "aggregator:$agg" "extractor1:$ext1" "extractor2:$ext2" "client:$send" &
    sampler=$!; PIDS+=("$sampler")
    STOP_MS=0; CONT_MS=0; AT_STOP=0; GRACE_COUNT=0; BEFORE_CONT=0; RESUMED_MS=-1
    if [ "$stall" = 1 ] && wait_acked "$log" $((ARTICLES * STALL_AT / 100)) "$send"; then
        kill -STOP "$agg"
        STOP_MS=$(now_ms)
        AT_STOP=$(acked_count "$log")
        sleep 1
        GRACE_COUNT=$(acked_count "$log")
        sleep "$((STALL_SECONDS - 1))"
        BEFORE_CONT=$(acked_count "$log")
        CONT_MS=$(now_ms)
        kill -CONT "$agg"
        while true; do
            if [ "$(acked_count "$log")" -gt "$BEFORE_CONT" ]; then RESUMED_MS=$(($(now_ms) - CONT_MS)); break; fi
            kill -0 "$send" 2>/dev/null || break
            sleep 0.05
        done
    fi
    SEND_STATUS=0
    wait "$send" || SEND_STATUS=$?
    RUN_MS=$(($(now_ms) - started))
    sleep 1
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    "$BIN/claimwire" export --aggregator "127.0.0.1:$qport" --format json >"$WORK/$name.export.json"
    for pid in "$ext1" "$ext2" "$agg"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "$ext1" "$ext2" "$agg"; do wait "$pid" 2>/dev/null || true; done
}

run clean 0
CLEAN_MS=$RUN_MS
if [ "$SEND_STATUS" != 0 ]; then
    echo "stall: the clean run's send failed ($SEND_STATUS):" >&2; tail -5 "$WORK/clean.send.err" >&2; exit 1
fi
run stalled 1
status=0
result=$(python3 scripts/compare-exports.py "$WORK/clean.export.json" "$WORK/stalled.export.json" \
    "$WORK/stalled.send.json") || status=1
# Every acknowledgement the client saw while the aggregator was stopped, in ms after SIGSTOP:
# only those already on their way may arrive, within the first moments.
AFTER_STOP=$(awk -v from="$STOP_MS" -v to="$CONT_MS" '$1 >= from && $1 < to && / acknowledged via / {
        printf "%s%d", sep, $1 - from; sep = "," }' "$WORK/stalled.send.err")
echo "stall: acknowledgements seen while stopped, ms after SIGSTOP: ${AFTER_STOP:-none}"
echo "stall: articles=$ARTICLES seed=$SEED stall_seconds=$STALL_SECONDS send_status=$SEND_STATUS" \
    "clean_ms=$CLEAN_MS stalled_ms=$RUN_MS acked_at_stop=$AT_STOP acked_after_1s=$GRACE_COUNT" \
    "acked_at_resume=$BEFORE_CONT first_ack_after_resume_ms=$RESUMED_MS $result"
if [ "$STOP_MS" = 0 ] || [ "$AT_STOP" -ge "$ARTICLES" ]; then
    echo "stall: the send finished before the stall point (raise ARTICLES)" >&2
    status=1
fi
if [ "$BEFORE_CONT" != "$GRACE_COUNT" ]; then
    echo "stall: $((BEFORE_CONT - GRACE_COUNT)) articles acknowledged while the aggregator was stopped" >&2
    status=1
fi
echo "stall: resident memory (MiB), before the stall:"
rss_summary "$WORK/stalled.rss" 0 "$STOP_MS" | sed 's/^/stall:   /'
echo "stall: during the stall:"
rss_summary "$WORK/stalled.rss" "$STOP_MS" "$CONT_MS" | sed 's/^/stall:   /'
echo "stall: after it, to the end:"
rss_summary "$WORK/stalled.rss" "$CONT_MS" | sed 's/^/stall:   /'
echo "stall: the clean run, whole:"
rss_summary "$WORK/clean.rss" | sed 's/^/stall:   /'
cat "$WORK"/stalled-extractor*.log 2>/dev/null | sed -E 's/^[^ ]+ //' | cut -c1-160 | sort | uniq -c \
    | sort -rn | head -5 | sed 's/^/stall: extractor log: /' || true
if [ "$SEND_STATUS" != 0 ]; then tail -5 "$WORK/stalled.send.err" >&2; status=1; fi
exit $status
