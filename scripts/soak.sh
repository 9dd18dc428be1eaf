#!/usr/bin/env bash
# make soak: the long fault, partition, stall and load runs against the release executables.
#  1. fault.sh: SOAK_ARTICLES (5,000) synthetic articles, the aggregator killed with SIGKILL at
#     SOAK_KILLS (20) random points of the stream and restarted; then the same with 3 aggregator
#     kills and one extractor killed for good (the client fails over); then 3 aggregator kills
#     while the client itself is killed 3 times mid-stream and re-run on the same input.
#  2. netns.sh: aggregator, extractors and client in separate network namespaces; the
#     aggregator's link and then an extractor's link cut mid-stream and restored (root only;
#     skipped with a message otherwise).
#  3. stall.sh: the aggregator frozen (SIGSTOP) for 20 s mid-stream; memory sampled.
#  4. load.sh: 32 concurrent senders and 8 queriers for 60 s; throughput, p50/p99, peak RSS.
# Each check's export must equal a clean run's. SOAK_QUICK=1 runs every part small (under two
# minutes on an idle 2-core machine with a release build: for CI).
# Environment: BIN (.build/release), SOAK_QUICK, SOAK_ARTICLES, SOAK_KILLS, SOAK_PARTS (which
# parts, default "fault failover client netns stall load"), LOAD_SECONDS, SENDERS, QUERIERS.
set -uo pipefail
cd "$(dirname "$0")/.."
export BIN=${BIN:-.build/release}
if [ "${SOAK_QUICK:-0}" = 1 ]; then
    ARTICLES=${SOAK_ARTICLES:-300}; KILLS=${SOAK_KILLS:-3}
    NETNS_ARTICLES=3000; CUT=3; STALL_ARTICLES=3000; STALL=4
    export LOAD_SECONDS=${LOAD_SECONDS:-8} SENDERS=${SENDERS:-8} QUERIERS=${QUERIERS:-2}
else
    ARTICLES=${SOAK_ARTICLES:-5000}; KILLS=${SOAK_KILLS:-20}
    NETNS_ARTICLES=3000; CUT=10; STALL_ARTICLES=3000; STALL=20
    export LOAD_SECONDS=${LOAD_SECONDS:-60} SENDERS=${SENDERS:-32} QUERIERS=${QUERIERS:-8}
fi
PARTS=${SOAK_PARTS:-fault failover client netns stall load}
SUMMARY=()
status=0
part() { # NAME COMMAND...: runs one part, records its outcome and time
    local name=$1 started code
    shift
    started=$(date +%s)
    echo "soak: == $name: $*"
    "$@"
    code=$?
    SUMMARY+=("$name: $([ $code = 0 ] && echo passed || echo "FAILED ($code)") in $(($(date +%s) - started)) s")
    [ $code = 0 ] || status=1
}
echo "soak: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), BIN=$BIN"
for name in $PARTS; do
    case $name in
        fault) part fault env ARTICLES="$ARTICLES" KILLS="$KILLS" KILL_EXTRACTOR=0 bash scripts/fault.sh ;;
        failover) part failover env ARTICLES="$ARTICLES" KILLS=3 KILL_EXTRACTOR=1 bash scripts/fault.sh ;;
        client) part client env ARTICLES="$ARTICLES" KILLS=3 KILL_EXTRACTOR=0 KILL_CLIENT=3 bash scripts/fault.sh ;;
        netns) part netns env ARTICLES="$NETNS_ARTICLES" CUT_SECONDS="$CUT" bash scripts/netns.sh ;;
        stall) part stall env ARTICLES="$STALL_ARTICLES" STALL_SECONDS="$STALL" bash scripts/stall.sh ;;
        load) part load bash scripts/load.sh ;;
        *) echo "soak: unknown part $name" >&2; status=1 ;;
    esac
done
echo "soak: load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
for line in "${SUMMARY[@]}"; do echo "soak: $line"; done
exit $status
