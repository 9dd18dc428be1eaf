#!/usr/bin/env bash
# Load run: the aggregator and two extractors on loopback; `claimwire-bench load` keeps SENDERS
# clients submitting batches of fresh synthetic articles and QUERIERS clients querying for
# LOAD_SECONDS. Resident memory (VmRSS) of every process, the bench included, is sampled from
# /proc every second. Checks: no request failed, and the aggregator stores exactly the articles
# the senders were told were accepted.
# Environment: BIN (.build/release), LOAD_SECONDS (60), SENDERS (32), QUERIERS (8), BATCH (20),
# QUERIES (the kinds queriers cycle through, default stats,stories,conflicts,story),
# KEEP (1: keep the work directory). Prints `load:` lines; exit 0 only when the check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib-fault.sh
BIN=${BIN:-.build/release}
LOAD_SECONDS=${LOAD_SECONDS:-60}
SENDERS=${SENDERS:-32}
QUERIERS=${QUERIERS:-8}
BATCH=${BATCH:-20}
for tool in aggregator extractor claimwire claimwire-bench; do
    [ -x "$BIN/$tool" ] || { echo "load: $BIN/$tool missing (build first)" >&2; exit 77; }
done
WORK=$(mktemp -d /tmp/claimwire-load.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "load: kept $WORK" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

QP=$(free_port); IP=$(free_port); E1=$(free_port); E2=$(free_port)
"$BIN/aggregator" --data "$WORK/data" --listen "127.0.0.1:$QP" --ingest-listen "127.0.0.1:$IP" \
    --log-level warning 2>"$WORK/aggregator.log" &
AGG=$!; PIDS+=("$AGG")
wait_tcp 127.0.0.1 "$QP"; wait_tcp 127.0.0.1 "$IP"
"$BIN/extractor" --listen "127.0.0.1:$E1" --aggregator "127.0.0.1:$IP" --log-level warning \
    2>"$WORK/extractor1.log" &
X1=$!; PIDS+=("$X1")
"$BIN/extractor" --listen "127.0.0.1:$E2" --aggregator "127.0.0.1:$IP" --log-level warning \
    2>"$WORK/extractor2.log" &
X2=$!; PIDS+=("$X2")
wait_tcp 127.0.0.1 "$E1"; wait_tcp 127.0.0.1 "$E2"

"$BIN/claimwire-bench" load --extractor "127.0.0.1:$E1" --extractor "127.0.0.1:$E2" \
    --aggregator "127.0.0.1:$QP" --senders "$SENDERS" --queriers "$QUERIERS" --seconds "$LOAD_SECONDS" \
    --batch-size "$BATCH" --queries "${QUERIES:-stats,stories,conflicts,story}" --out "$WORK/load.json" >"$WORK/bench.out" 2>"$WORK/bench.err" &
BENCH=$!; PIDS+=("$BENCH")
sample_rss "$WORK/rss" "aggregator:$AGG" "extractor1:$X1" "extractor2:$X2" "bench:$BENCH" &
SAMPLER=$!; PIDS+=("$SAMPLER")
status=0
wait "$BENCH" || status=1
kill "$SAMPLER" 2>/dev/null || true
# CPU seconds each service used (user + system, from /proc/PID/stat), to see where the cores went.
CPU=""
for pair in "aggregator:$AGG" "extractor1:$X1" "extractor2:$X2"; do
    ticks=$(awk '{ print $14 + $15 }' "/proc/${pair##*:}/stat" 2>/dev/null || echo 0)
    CPU+=" ${pair%%:*}=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')s"
done
cat "$WORK/bench.out"
[ "$status" = 0 ] || tail -5 "$WORK/bench.err" >&2
"$BIN/claimwire" stats --aggregator "127.0.0.1:$QP" --format json >"$WORK/stats.json"
python3 - "$WORK/load.json" "$WORK/stats.json" <<'PY' || status=1
import json, sys
load, stats = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
stored = stats.get("articles")
print(f"load: stored_articles={stored} accepted={load['accepted']} "
      f"stored_equals_accepted={stored == load['accepted']}")
sys.exit(0 if stored == load["accepted"] else 1)
PY
echo "load: cpu time over the run:$CPU (machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "load: resident memory, sampled every second (MiB):"
rss_summary "$WORK/rss" | sed 's/^/load:   /'
grep -hv "^$" "$WORK"/aggregator.log "$WORK"/extractor*.log 2>/dev/null | sed -E 's/^[^ ]+ //' | cut -c1-160 \
    | sort | uniq -c | sort -rn | head -5 | sed 's/^/load: service log: /' || true
exit $status
