#!/usr/bin/env bash
# Streaming through Tonearm against the framework's own static-file handler, in one run on one machine (issue 13):
# Tonearm's GET /api/tracks/{id}/stream and a minimal Javalin serving the same directory with its static-file handler
# (bootstrap/bench/StaticFiles.java, same Javalin from the same jar) send the same files, measured one after the other
# with wrk: one stream of a large file, and 64 at once. Then Tonearm's heap after a full GC and its resident memory
# after streaming a small file and after streaming the large one (flat: the bytes do not go through the heap), and
# cover art: the first resize of a 3000 x 3000 JPEG (each size asked once) and a cached resize (p50/p99).
# Results and the machine: docs/benchmarks.md ("Streaming against the framework's static files").
#
#   bootstrap/bench/stream-ratio.sh [JAR] [ROUNDS] [SECONDS] [LARGE_MB]
#
# Tonearm runs as shipped (metrics, request ids on; access log off unless ACCESS_LOG=true), its requests signed in
# with an API token; the static files need none. Needs wrk (apt-get install wrk), curl, python3, and the MariaDB at
# 127.0.0.1:3306 (root, no password); uses a database and a directory of its own, removed at the end. JAVA_OPTS applies
# to both JVMs.
set -euo pipefail
jar=${1:-bootstrap/target/tonearm.jar}
rounds=${2:-3}
seconds=${3:-10}
large_mb=${4:-200}
here=$(cd "$(dirname "$0")" && pwd)
tonearm_port=18094
static_port=18095
db=tonearm_streambench_$$
user=bench
password=bench-password-123
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -q -DskipTests package" >&2; exit 1; }
mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci"
data=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"
    rm -rf "$data"
}
trap cleanup EXIT

await() { # URL
    for _ in $(seq 1 480); do
        curl -s -o /dev/null "$1" && return 0
        sleep 0.5
    done
    echo "nothing answers $1" >&2
    exit 1
}

# A WAV file of about MB megabytes: a valid header, then a pattern (the page cache holds it either way).
wav() { # FILE MB
    python3 - "$1" "$2" <<'PY'
import struct, sys
path, mb = sys.argv[1], int(sys.argv[2])
frames = mb * 1024 * 1024 // 4
block = bytes(range(256)) * 4096  # 1 MiB
with open(path, "wb") as out:
    out.write(b"RIFF" + struct.pack("<I", 36 + frames * 4) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 2, 44100,
              44100 * 4, 4, 16) + b"data" + struct.pack("<I", frames * 4))
    left = frames * 4
    while left > 0:
        out.write(block[:min(left, len(block))])
        left -= len(block)
PY
}
music=$data/music
mkdir -p "$music/large" "$music/small" "$data/tonearm"
wav "$music/large/large.wav" "$large_mb"
wav "$music/small/small.wav" 1
java "$here/CoverImage.java" "$music/small/cover.jpg" 3000

# shellcheck disable=SC2086
env -i PATH="$PATH" HOME="$HOME" TONEARM_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" TONEARM_HTTP_HOST=127.0.0.1 \
    TONEARM_HTTP_PORT=$tonearm_port TONEARM_DATA_DIR="$data/tonearm" TONEARM_LOG_LEVEL=WARN \
    TONEARM_LIBRARY_ROOTS="$music" TONEARM_HTTP_ACCESS_LOG="${ACCESS_LOG:-false}" TONEARM_ADMIN_USER=$user \
    TONEARM_ADMIN_PASSWORD=$password java $java_opts -jar "$jar" serve >"$data/tonearm.log" 2>&1 &
tonearm_pid=$!
pids+=($tonearm_pid)
await "http://127.0.0.1:$tonearm_port/health/live"
# shellcheck disable=SC2086
java $java_opts -cp "$jar" "$here/StaticFiles.java" $static_port "$music" >"$data/static.log" 2>&1 &
pids+=($!)
await "http://127.0.0.1:$static_port/files/small/cover.jpg"

token=$(curl -sf -u "$user:$password" -X POST "http://127.0.0.1:$tonearm_port/api/tokens" \
    -H 'Content-Type: application/json' -d '{"name": "bench"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
api="http://127.0.0.1:$tonearm_port/api"
scan=$(curl -sf -H "$auth" -X POST -D - -o /dev/null "$api/library/scans" | tr -d '\r' \
    | awk -F': ' 'tolower($1) == "location" {print $2}')
until curl -sf -H "$auth" "http://127.0.0.1:$tonearm_port$scan" | grep -qv '"state":"RUNNING"'; do sleep 0.5; done
id_of() { # FILE NAME
    curl -sf -H "$auth" "$api/tracks?limit=10" | python3 -c "import json, sys
print(next(t['id'] for t in json.load(sys.stdin)['items'] if t['path'].endswith('/$1')))"
}
large=$(id_of large.wav)
small=$(id_of small.wav)
for pair in "$large large/large.wav" "$small small/small.wav"; do
    set -- $pair
    cmp <(curl -sf -H "$auth" "$api/tracks/$1/stream") "$music/$2" \
        || { echo "track $1 did not stream the bytes of $2" >&2; exit 1; }
    cmp <(curl -sf "http://127.0.0.1:$static_port/files/$2") "$music/$2" \
        || { echo "the static handler did not send the bytes of $2" >&2; exit 1; }
done

mbps() { # CONNECTIONS URL [HEADER...]: MB/s read by wrk, partial answers included
    local connections=$1 url=$2; shift 2
    local args=("-t$(( connections < 2 ? 1 : 2 ))" "-c$connections" --timeout 120s)
    for header in "$@"; do args+=(-H "$header"); done
    wrk "${args[@]}" -d3s "$url" >/dev/null # warm-up: the JIT, the page cache
    wrk "${args[@]}" "-d${seconds}s" "$url" | awk '/Transfer\/sec/ {
        v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[A-Za-z]+/, "", v)
        f = unit == "GB" ? 1024 : unit == "MB" ? 1 : unit == "KB" ? 1 / 1024 : 1 / 1048576
        printf "%.0f", v * f }'
}

echo "# $(date -u '+%F %T') UTC, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); ${large_mb} MB file;" \
    "wrk -d${seconds}s --timeout 120s; JAVA_OPTS=$java_opts"
echo "round streams static-MB/s tonearm-MB/s tonearm/static"
for round in $(seq 1 "$rounds"); do
    for connections in 1 64; do
        s=$(mbps "$connections" "http://127.0.0.1:$static_port/files/large/large.wav")
        t=$(mbps "$connections" "$api/tracks/$large/stream" "$auth")
        awk -v r="$round" -v c="$connections" -v s="$s" -v t="$t" \
            'BEGIN {printf "%s %s %s %s %.2f\n", r, c, s, t, t / s}'
    done
done

heap() { # after a full GC: the heap's used kB, and the process's resident and peak resident kB
    jcmd "$tonearm_pid" GC.run >/dev/null
    local used
    used=$(jcmd "$tonearm_pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {
        v = $(i + 1); sub(/K,?/, "", v); print v; exit }}')
    echo "heap-used=${used}K rss=$(awk '/VmRSS/ {print $2}' /proc/$tonearm_pid/status)K" \
        "peak-rss=$(awk '/VmHWM/ {print $2}' /proc/$tonearm_pid/status)K"
}
echo "# memory of Tonearm (after a full GC), 64 streams for ${seconds}s of each file"
wrk -t2 -c64 --timeout 120s "-d${seconds}s" -H "$auth" "$api/tracks/$small/stream" >/dev/null
echo "after the 1 MB file: $(heap)"
wrk -t2 -c64 --timeout 120s "-d${seconds}s" -H "$auth" "$api/tracks/$large/stream" >/dev/null
echo "after the ${large_mb} MB file: $(heap)"

echo "# cover art of a 3000 x 3000 JPEG (cover.jpg beside the track): first resize to each of 10 sizes, ms"
firsts=()
for size in 100 120 140 160 180 200 220 240 260 280; do
    firsts+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "$auth" "$api/tracks/$small/cover?size=$size" \
        | awk '{printf "%.0f", $1 * 1000}')")
done
printf '%s\n' "${firsts[@]}" | sort -n | awk '{v[NR] = $1} END {printf "first resize: min %s p50 %s max %s ms\n",
    v[1], v[int((NR + 1) / 2)], v[NR]}'
curl -sf -o /dev/null -H "$auth" "$api/tracks/$small/cover?size=300"
echo "# cached resize (size=300), wrk -t2 -c16 -d${seconds}s --latency"
wrk -t2 -c16 "-d${seconds}s" --latency -H "$auth" "$api/tracks/$small/cover?size=300" \
    | awk '/Requests\/sec/ {print "requests/s " $2} / 50%/ {print "p50 " $2} / 99%/ {print "p99 " $2}'
