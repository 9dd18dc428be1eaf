#!/usr/bin/env bash
# `make up`: the aggregator and two extractors in the foreground, data in ./data, until Ctrl-C.
# Ports: queries 7700, ingest 7701, extractors 7600 and 7601 (override with the variables below).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release}
DATA=${DATA:-data}
QUERY=${QUERY:-127.0.0.1:7700}
INGEST=${INGEST:-127.0.0.1:7701}
EXTRACTOR1=${EXTRACTOR1:-127.0.0.1:7600}
EXTRACTOR2=${EXTRACTOR2:-127.0.0.1:7601}
. scripts/lib-services.sh

for tool in aggregator extractor claimwire; do
    if [ ! -x "$BIN/$tool" ]; then
        echo "up: $BIN/$tool is missing — run \`make release\` first (or set BIN)" >&2
        exit 1
    fi
done
for address in "$QUERY" "$INGEST" "$EXTRACTOR1" "$EXTRACTOR2"; do
    if (exec 3<>"/dev/tcp/${address%:*}/${address##*:}") 2>/dev/null; then
        echo "up: $address is already in use — is Claimwire already running? (stop it, or set QUERY/INGEST/EXTRACTOR1/EXTRACTOR2)" >&2
        exit 1
    fi
done

mkdir -p "$DATA"
stopping=0
shutdown() {
    [ $stopping -eq 1 ] && return
    stopping=1
    echo
    echo "stopping (SIGTERM to every service)..."
    if stop_services; then echo "stopped cleanly"; exit 0; fi
    exit 1
}
trap shutdown INT TERM

start_service aggregator - "$BIN/aggregator" --data "$DATA" --listen "$QUERY" --ingest-listen "$INGEST"
wait_port aggregator "$QUERY"
start_service extractor-1 - "$BIN/extractor" --listen "$EXTRACTOR1" --aggregator "$INGEST"
start_service extractor-2 - "$BIN/extractor" --listen "$EXTRACTOR2" --aggregator "$INGEST"
wait_port extractor-1 "$EXTRACTOR1"
wait_port extractor-2 "$EXTRACTOR2"

cat <<MSG

Claimwire is up (data in $DATA/). In another terminal:
  export CLAIMWIRE_AGGREGATOR=$QUERY CLAIMWIRE_EXTRACTOR=$EXTRACTOR1,$EXTRACTOR2
  $BIN/claimwire send samples/
  $BIN/claimwire stories
Ctrl-C stops everything.

MSG
# Wake on a signal or when any service dies; a service dying on its own stops the rest.
while :; do
    for pid in "${SERVICE_PIDS[@]}"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "a service exited; stopping the others" >&2
            shutdown
        fi
    done
    sleep 1 &
    wait $! || true
done
