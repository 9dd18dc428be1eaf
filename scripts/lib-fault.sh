# Shared by fault.sh, netns.sh, stall.sh and soak.sh: ports, waiting, progress counting,
# resident-memory sampling. Sourced, not run.

# Milliseconds since the epoch (bash 5's EPOCHREALTIME: no process started).
now_ms() {
    local t=${EPOCHREALTIME/[.,]/}
    echo $((t / 1000))
}

# A random loopback TCP port (20000-32767) nothing listens on. Below the kernel's ephemeral
# range (32768 and up by default), so a service restarted on its port cannot find it taken by
# some other process's outgoing connection. Pure bash: a Python start costs seconds on a
# loaded machine.
free_port() {
    local port=$((20000 + (RANDOM * 32768 + RANDOM) % 12768))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || ss -Htan "sport = :$port" 2>/dev/null | grep -q .; do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 12768))
    done
    echo "$port"
}

# wait_tcp HOST PORT [NETNS]: until HOST:PORT accepts a connection (from inside NETNS when
# given), WAIT_TCP_SECONDS (60) at most: a restart replays its store first, and a loaded
# 2-core machine has been seen to need more than 15 s.
wait_tcp() {
    local host=$1 port=$2 ns=${3:-}
    local seconds=${WAIT_TCP_SECONDS:-60}
    for _ in $(seq 1 $((seconds * 20))); do
        if [ -n "$ns" ]; then
            ip netns exec "$ns" bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null && return 0
        else
            (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null && return 0
        fi
        sleep 0.05
    done
    echo "nothing listening on $host:$port after $seconds s" >&2
    return 1
}

# acked_count FILE: articles acknowledged so far, from `claimwire send`'s plain progress lines
# ("batch 3/250: 20 articles acknowledged via HOST:PORT", optionally after a time stamp).
acked_count() {
    awk '{ for (i = 3; i <= NF; i++) if ($i == "acknowledged" && $(i - 1) ~ /^articles?$/) n += $(i - 2) }
        END { print n + 0 }' "$1" 2>/dev/null || echo 0
}

# acked_via FILE ADDRESS: articles acknowledged so far through the extractor at ADDRESS.
acked_via() {
    awk -v via="$2" '{ for (i = 3; i < NF; i++)
            if ($i == "acknowledged" && $(i - 1) ~ /^articles?$/ && $(i + 2) == via) n += $(i - 2) }
        END { print n + 0 }' "$1" 2>/dev/null || echo 0
}

# stamp: copies stdin to stdout, each line prefixed with the epoch milliseconds it was read at.
stamp() {
    local line t
    while IFS= read -r line; do
        t=${EPOCHREALTIME/[.,]/}
        echo "$((t / 1000)) $line"
    done
}

# wait_acked FILE COUNT PID: until FILE shows COUNT articles acknowledged or PID has exited.
wait_acked() {
    while [ "$(acked_count "$1")" -lt "$2" ]; do
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.02
    done
}

# sample_rss OUT NAME:PID...: appends "epoch_ms name kB" for each live process every second
# until killed. Run it in the background. Pure bash, so sampling keeps time on a loaded machine.
sample_rss() {
    local out=$1 pair key value unit t
    shift
    while true; do
        t=${EPOCHREALTIME/[.,]/}
        for pair in "$@"; do
            [ -r "/proc/${pair##*:}/status" ] || continue
            while read -r key value unit; do
                if [ "$key" = VmRSS: ]; then
                    echo "$((t / 1000)) ${pair%%:*} $value" >>"$out"
                    break
                fi
            done <"/proc/${pair##*:}/status" 2>/dev/null || true
        done
        sleep 1
    done
}

# rss_summary FILE [FROM_MS TO_MS]: per process, the first, peak and last sample in MiB (of the
# samples between FROM_MS and TO_MS when given).
rss_summary() {
    awk -v from="${2:-0}" -v to="${3:-99999999999999}" '
        $1 >= from && $1 <= to {
            if (!($2 in first)) { first[$2] = $3; order[n++] = $2 }
            if ($3 > peak[$2]) peak[$2] = $3
            last[$2] = $3; count[$2]++
        }
        END {
            for (i = 0; i < n; i++) {
                name = order[i]
                printf "%s first=%.1fMiB peak=%.1fMiB last=%.1fMiB samples=%d\n", name,
                    first[name] / 1024, peak[name] / 1024, last[name] / 1024, count[name]
            }
        }' "$1"
}
