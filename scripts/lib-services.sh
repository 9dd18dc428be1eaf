# Shared by demo.sh and up.sh: start the Claimwire services, wait for them, stop them cleanly.
# Sourced, not run. Expects BIN (the directory holding aggregator, extractor, claimwire).

SERVICE_PIDS=()
SERVICE_NAMES=()

# A loopback TCP port nothing listens on, starting the search at $1.
free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# start_service NAME LOGFILE COMMAND...: runs COMMAND in the background, its stderr in LOGFILE
# (or the terminal, prefixed with NAME, when LOGFILE is -).
start_service() {
    local name=$1 log=$2
    shift 2
    if [ "$log" = "-" ]; then
        "$@" 2> >(sed -u "s/^/[$name] /" >&2) &
    else
        "$@" 2>"$log" &
    fi
    SERVICE_PIDS+=($!)
    SERVICE_NAMES+=("$name")
}

# wait_listening NAME LOGFILE ADDRESS: until LOGFILE says `listening on ADDRESS` (30 s at most).
wait_listening() {
    local name=$1 log=$2 address=$3
    for _ in $(seq 1 300); do
        if grep -q "listening on $address" "$log" 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "demo: $name did not start listening on $address within 30 s; its log:" >&2
    tail -n 20 "$log" >&2
    return 1
}

# wait_port NAME ADDRESS: until ADDRESS accepts connections (30 s at most); for foreground logs.
wait_port() {
    local name=$1 host=${2%:*} port=${2##*:}
    for _ in $(seq 1 300); do
        if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "$name did not start listening on $2 within 30 s" >&2
    return 1
}

# SIGTERM every service, newest first (extractors before the aggregator), and wait for each;
# returns non-zero when one did not exit 0.
stop_services() {
    local status=0 i pid code
    for ((i = ${#SERVICE_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${SERVICE_PIDS[$i]}
        kill -TERM "$pid" 2>/dev/null || true
        code=0
        wait "$pid" || code=$?
        if [ "$code" -ne 0 ]; then
            echo "${SERVICE_NAMES[$i]} exited with status $code" >&2
            status=1
        fi
    done
    SERVICE_PIDS=()
    SERVICE_NAMES=()
    return $status
}
