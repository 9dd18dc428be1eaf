#!/usr/bin/env bash
# make soak: the long fault runs and a load run against the release executables.
#  1. fault.sh with 5,000 articles and 20 aggregator kills (SIGKILL, restart on the same data).
#  2. fault.sh with 5,000 articles, 3 aggregator kills and one extractor killed for good.
#  3. Load: 32 concurrent `claimwire send` loops and 8 query loops for LOAD_SECONDS (60):
#     throughput, acknowledgement p99, query p99 (process start included), peak RSS of each
#     service sampled from /proc every second.
# Environment: BIN (.build/release), SOAK_ARTICLES (5000), SOAK_KILLS (20), LOAD_SECONDS (60),
# SENDERS (32), QUERIERS (8).
set -euo pipefail
cd "$(dirname "$0")/.."
export BIN=${BIN:-.build/release}
ARTICLES=${SOAK_ARTICLES:-5000}
LOAD_SECONDS=${LOAD_SECONDS:-60}
SENDERS=${SENDERS:-32}
QUERIERS=${QUERIERS:-8}
status=0

echo "soak: fault run, $ARTICLES articles, ${SOAK_KILLS:-20} aggregator kills"
ARTICLES=$ARTICLES KILLS=${SOAK_KILLS:-20} KILL_EXTRACTOR=0 bash scripts/fault.sh || status=1
echo "soak: fault run, $ARTICLES articles, 3 aggregator kills and one extractor killed"
ARTICLES=$ARTICLES KILLS=3 KILL_EXTRACTOR=1 bash scripts/fault.sh || status=1

echo "soak: load run, $SENDERS senders and $QUERIERS queriers for $LOAD_SECONDS s"
WORK=$(mktemp -d /tmp/claimwire-load.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
wait_port() {
    for _ in $(seq 1 300); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    return 1
}
QP=$(free_port); IP=$(free_port); E1=$(free_port); E2=$(free_port)
"$BIN/aggregator" --data "$WORK/data" --listen "127.0.0.1:$QP" --ingest-listen "127.0.0.1:$IP" \
    --log-level warning 2>"$WORK/aggregator.log" &
AGG=$!; PIDS+=("$AGG"); wait_port "$QP"; wait_port "$IP"
"$BIN/extractor" --listen "127.0.0.1:$E1" --aggregator "127.0.0.1:$IP" --log-level error 2>/dev/null &
X1=$!; PIDS+=("$X1")
"$BIN/extractor" --listen "127.0.0.1:$E2" --aggregator "127.0.0.1:$IP" --log-level error 2>/dev/null &
X2=$!; PIDS+=("$X2"); wait_port "$E1"; wait_port "$E2"

END=$(( $(date +%s) + LOAD_SECONDS ))
sender() { # N
    local n=$1 round=0
    while [ "$(date +%s)" -lt "$END" ]; do
        round=$((round + 1))
        python3 scripts/fault-articles.py 100 $((n * 100000 + round)) > "$WORK/s$n.jsonl"
        "$BIN/claimwire" send --extractor "127.0.0.1:$E1" --extractor "127.0.0.1:$E2" --quiet \
            --format json "$WORK/s$n.jsonl" >> "$WORK/send-$n.json" 2>>"$WORK/send-$n.err" \
            || echo "exit $?" >> "$WORK/send-$n.failures"
    done
}
querier() { # N
    local n=$1 kinds=(stats stories conflicts) i=0 start end
    while [ "$(date +%s)" -lt "$END" ]; do
        i=$((i + 1))
        start=$(date +%s%N)
        if "$BIN/claimwire" "${kinds[$((i % 3))]}" --aggregator "127.0.0.1:$QP" --format json >/dev/null \
            2>>"$WORK/query-$n.err"; then
            end=$(date +%s%N); echo $(( (end - start) / 1000000 )) >> "$WORK/query-ms"
        else
            echo "query failed" >> "$WORK/query-$n.failures"
        fi
    done
}
sampler() {
    while [ "$(date +%s)" -lt "$END" ]; do
        for pair in "aggregator:$AGG" "extractor1:$X1" "extractor2:$X2"; do
            awk -v name="${pair%%:*}" '/VmRSS/ {print name, $2}' "/proc/${pair##*:}/status" >> "$WORK/rss" \
                2>/dev/null || true
        done
        sleep 1
    done
}
LOADERS=()
for n in $(seq 1 "$SENDERS"); do sender "$n" & LOADERS+=($!); done
for n in $(seq 1 "$QUERIERS"); do querier "$n" & LOADERS+=($!); done
sampler & LOADERS+=($!)
for pid in "${LOADERS[@]}"; do wait "$pid" || true; done
"$BIN/claimwire" stats --aggregator "127.0.0.1:$QP" --format json > "$WORK/stats.json"

python3 - "$WORK" "$LOAD_SECONDS" "$SENDERS" "$QUERIERS" <<'PY'
import glob, json, os, sys
work, seconds, senders, queriers = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
acked = 0; p99s = []; p50s = []
decoder = json.JSONDecoder()
for path in glob.glob(f"{work}/send-*.json"):
    text = open(path).read(); i = 0
    while i < len(text):
        while i < len(text) and text[i].isspace(): i += 1
        if i >= len(text): break
        obj, i = decoder.raw_decode(text, i)
        acked += obj.get("accepted", 0) + obj.get("duplicates", 0)
        p99s.append(obj.get("ack_p99_ms", 0))
        p50s.append(obj.get("ack_p50_ms", 0))
failures = sum(len(open(p).read().splitlines()) for p in glob.glob(f"{work}/*.failures"))
queries = sorted(int(x) for x in open(f"{work}/query-ms").read().split()) if os.path.exists(f"{work}/query-ms") else []
q = lambda xs, f: xs[min(len(xs) - 1, int(f * len(xs)))] if xs else 0
rss = {}
for line in open(f"{work}/rss").read().splitlines() if os.path.exists(f"{work}/rss") else []:
    name, kb = line.split(); rss.setdefault(name, []).append(int(kb))
stats = json.load(open(f"{work}/stats.json"))
print(f"load: senders={senders} queriers={queriers} seconds={seconds:.0f} acknowledged={acked} "
      f"throughput={acked / seconds:.1f}/s send_batches_p99_ms(max over sends)={max(p99s or [0]):.0f} "
      f"median_send_p99_ms={sorted(p99s)[len(p99s)//2] if p99s else 0:.0f} "
      f"queries={len(queries)} query_p50_ms={q(queries, .5)} query_p99_ms={q(queries, .99)} "
      f"failures={failures} stored_articles={stats.get('articles')}")
for name, values in sorted(rss.items()):
    print(f"load: rss {name} start={values[0] // 1024} MiB peak={max(values) // 1024} MiB end={values[-1] // 1024} MiB")
sys.exit(1 if failures else 0)
PY
[ $? = 0 ] || status=1
exit $status
