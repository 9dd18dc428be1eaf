#!/usr/bin/env bash
# Claimwire across real network boundaries: the aggregator, two extractors and the client each
# in its own network namespace, joined by veth pairs to a bridge in a hub namespace
# (10.77.0.0/24). A clean run gives the reference export; in the faulty run, mid-stream,
#  1. the aggregator's link is cut (`ip link set <hub end> down`, a pulled cable: both
#     extractors lose it) for CUT_SECONDS and restored;
#  2. extractor 1's link is cut by the bridge itself (an nftables bridge rule drops every frame
#     to or from its port: 100 % loss, no error to either end) for CUT_SECONDS and restored.
# The send must finish with status 0, the export must equal the clean run's, and no
# acknowledgement may reach the client through a cut link (a second's grace for those already
# on their way).
#
# Needs root (CAP_NET_ADMIN): otherwise prints why and exits 0 (skipped). Namespaces and
# processes are removed on exit, whatever happens.
# Environment: BIN (.build/release), ARTICLES (3000), CUT_SECONDS (10), SEED (random), KEEP (1:
# keep the work directory). Prints `netns:` lines of figures; exit 0 only when the check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib-fault.sh
BIN=${BIN:-.build/release}
ARTICLES=${ARTICLES:-3000}
CUT_SECONDS=${CUT_SECONDS:-10}
SEED=${SEED:-$RANDOM}

if [ "$(id -u)" != 0 ] || ! command -v ip >/dev/null || ! ip netns add "cwprobe$$" 2>/dev/null; then
    echo "netns: skipped: needs root with CAP_NET_ADMIN and iproute2 (ip netns)"
    exit 0
fi
ip netns del "cwprobe$$"
for tool in aggregator extractor claimwire; do
    [ -x "$BIN/$tool" ] || { echo "netns: $BIN/$tool missing (build first)" >&2; exit 77; }
done
CUT_EXTRACTOR=1
command -v nft >/dev/null || { CUT_EXTRACTOR=0; echo "netns: nft missing, only the aggregator link is cut"; }

TAG=cw$$
HUB=$TAG-hub
NODES=(agg ex1 ex2 cli)
declare -A ADDRESS=([agg]=10.77.0.1 [ex1]=10.77.0.11 [ex2]=10.77.0.12 [cli]=10.77.0.100)
WORK=$(mktemp -d /tmp/claimwire-netns.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    for node in "${NODES[@]}"; do ip netns del "$TAG-$node" 2>/dev/null || true; done
    ip netns del "$HUB" 2>/dev/null || true
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "netns: kept $WORK" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
RANDOM=$SEED

# The hub: a bridge; each node: its own namespace, eth0 with its address, the other end of the
# veth pair (h<node>) on the bridge.
ip netns add "$HUB"
ip -n "$HUB" link add br0 type bridge
ip -n "$HUB" link set br0 up
ip -n "$HUB" link set lo up
for node in "${NODES[@]}"; do
    ns=$TAG-$node
    ip netns add "$ns"
    ip link add eth0 netns "$ns" type veth peer name "h$node" netns "$HUB"
    ip -n "$HUB" link set "h$node" master br0
    ip -n "$HUB" link set "h$node" up
    ip -n "$ns" link set lo up
    ip -n "$ns" addr add "${ADDRESS[$node]}/24" dev eth0
    ip -n "$ns" link set eth0 up
done

python3 scripts/fault-articles.py "$ARTICLES" "$SEED" > "$WORK/articles.jsonl"

start_aggregator() { # DATA: sets AGG
    ip netns exec "$TAG-agg" "$BIN/aggregator" --data "$1" --listen "${ADDRESS[agg]}:7700" \
        --ingest-listen "${ADDRESS[agg]}:7701" --log-level warning 2>>"$WORK/aggregator.log" &
    AGG=$!
    PIDS+=("$AGG")
    wait_tcp "${ADDRESS[agg]}" 7700 "$TAG-cli"
    wait_tcp "${ADDRESS[agg]}" 7701 "$TAG-ex1"
}
start_extractor() { # NODE: sets EXT
    ip netns exec "$TAG-$1" "$BIN/extractor" --listen "${ADDRESS[$1]}:7600" \
        --aggregator "${ADDRESS[agg]}:7701" --log-level warning 2>>"$WORK/$1.log" &
    EXT=$!
    PIDS+=("$EXT")
    wait_tcp "${ADDRESS[$1]}" 7600 "$TAG-cli"
}
cut_link() { # NODE METHOD down|up
    local node=$1 method=$2 state=$3
    if [ "$method" = link ]; then
        ip -n "$HUB" link set "h$node" "$state"
    elif [ "$state" = down ]; then
        ip netns exec "$HUB" nft -f - <<NFT
table bridge cut {
    chain forward {
        type filter hook forward priority 0; policy accept;
        iifname "h$node" drop
        oifname "h$node" drop
    }
}
NFT
    else
        ip netns exec "$HUB" nft delete table bridge cut
    fi
}

# acked_through NODE LOG: acknowledgements so far that needed NODE's link: all of them for the
# aggregator, those through extractor 1 for it.
acked_through() {
    if [ "$1" = agg ]; then acked_count "$2"; else acked_via "$2" "${ADDRESS[$1]}:7600"; fi
}

# cut_during NAME NODE METHOD AT SEND_PID: when AT articles are acknowledged, cut NODE's link for
# CUT_SECONDS, then restore it; appends figures to CUT_LOG and violations to CUT_ERRORS.
cut_during() {
    local name=$1 node=$2 method=$3 at=$4 send=$5
    local log="$WORK/$name.send.err"
    local at_cut first before after cut_at restored total_after resumed=-1
    if ! wait_acked "$log" "$at" "$send"; then
        CUT_LOG+=" $node:not-cut(send-finished)"
        return
    fi
    cut_link "$node" "$method" down
    cut_at=$(now_ms)
    at_cut=$(acked_count "$log")
    first=$(acked_through "$node" "$log")
    # Acknowledgements already on their way when the link went get a second; after that none
    # may arrive that needed the cut link (any at all for the aggregator's link, those through
    # extractor 1 for its link).
    sleep 1
    before=$(acked_through "$node" "$log")
    sleep "$((CUT_SECONDS - 1))"
    after=$(acked_through "$node" "$log")
    total_after=$(acked_count "$log")
    restored=$(now_ms)
    cut_link "$node" "$method" up
    [ "$after" = "$before" ] || CUT_ERRORS+=" $node:$((after - before))"
    [ "$at_cut" -lt "$ARTICLES" ] || CUT_LOG+=" $node:not-cut(all-acked)"
    # How long until the client saw the next acknowledgement through the restored link.
    # (Counted before checking the client is alive: the last ack and its exit come together.)
    while true; do
        if [ "$(acked_through "$node" "$log")" -gt "$after" ]; then
            resumed=$(($(now_ms) - restored))
            break
        fi
        kill -0 "$send" 2>/dev/null || break
        sleep 0.05
    done
    CUT_LOG+=" $node($method):at=${at_cut}acked,cut_ms=$((restored - cut_at))"
    CUT_LOG+=",acked_during_cut=$((total_after - at_cut)),needing_the_link_in_first_1s=$((before - first))"
    CUT_LOG+=",needing_the_link_after_1s=$((after - before))"
    CUT_LOG+=",first_ack_after_restore_ms=$resumed"
}

# run NAME CUTS: CUTS 0 or 1. Leaves $WORK/NAME.export.json; sets SEND_STATUS, RUN_MS.
run() {
    local name=$1 cuts=$2 send started ext1 ext2
    rm -rf "$WORK/$name-data"
    start_aggregator "$WORK/$name-data"
    start_extractor ex1; ext1=$EXT
    start_extractor ex2; ext2=$EXT
    started=$(now_ms)
    ip netns exec "$TAG-cli" "$BIN/claimwire" send --extractor "${ADDRESS[ex1]}:7600" \
        --extractor "${ADDRESS[ex2]}:7600" --batch-size 20 --format json "$WORK/articles.jsonl" \
        >"$WORK/$name.send.json" 2>"$WORK/$name.send.err" &
    send=$!
    PIDS+=("$send")
    if [ "$cuts" = 1 ]; then
        cut_during "$name" agg link $((ARTICLES * 20 / 100)) "$send"
        [ "$CUT_EXTRACTOR" = 1 ] && cut_during "$name" ex1 bridge $((ARTICLES * 50 / 100)) "$send"
    fi
    SEND_STATUS=0
    wait "$send" || SEND_STATUS=$?
    RUN_MS=$(($(now_ms) - started))
    ip netns exec "$TAG-cli" "$BIN/claimwire" export --aggregator "${ADDRESS[agg]}:7700" --format json \
        >"$WORK/$name.export.json"
    for pid in "$ext1" "$ext2" "$AGG"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "$ext1" "$ext2" "$AGG"; do wait "$pid" 2>/dev/null || true; done
}

CUT_LOG=""
CUT_ERRORS=""
run clean 0
CLEAN_MS=$RUN_MS
if [ "$SEND_STATUS" != 0 ]; then
    echo "netns: the clean run's send failed ($SEND_STATUS):" >&2; tail -5 "$WORK/clean.send.err" >&2; exit 1
fi
run faulty 1
status=0
result=$(python3 scripts/compare-exports.py "$WORK/clean.export.json" "$WORK/faulty.export.json" \
    "$WORK/faulty.send.json") || status=1
retries=$(grep -c "retries)" "$WORK/faulty.send.err" || true)
echo "netns: articles=$ARTICLES seed=$SEED cut_seconds=$CUT_SECONDS send_status=$SEND_STATUS" \
    "clean_ms=$CLEAN_MS faulty_ms=$RUN_MS retried_batches=$retries $result"
echo "netns: cuts:${CUT_LOG:- none}"
cat "$WORK"/ex*.log 2>/dev/null | sed -E 's/^[^ ]+ //' | cut -c1-160 | sort | uniq -c | sort -rn | head -5 \
    | sed 's/^/netns: extractor log: /' || true
if [ "$SEND_STATUS" != 0 ]; then tail -5 "$WORK/faulty.send.err" >&2; status=1; fi
if [ -n "$CUT_ERRORS" ]; then echo "netns: acknowledged through a cut link:$CUT_ERRORS" >&2; status=1; fi
case "$CUT_LOG" in *not-cut*) echo "netns: a cut did not happen mid-stream" >&2; status=1 ;; esac
exit $status
