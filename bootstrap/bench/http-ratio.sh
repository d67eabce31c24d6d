#!/usr/bin/env bash
# Cached reads of Tonearm against the bare framework, in one run on one machine (issue 12): a minimal Javalin app
# answering "Hello" (bootstrap/bench/Hello.java, same Javalin from the same jar) and Tonearm, both running, measured
# one after the other with wrk. Prints requests/s of each and the ratio for: one track by id, a page of 20, a search,
# and a 304 revalidation of the page, and each server's CPU time per request (steadier than requests/s when the
# machine is not quiet: wrk shares its two cores). Tonearm runs as shipped: metrics, request ids and X-Cache headers
# on, the access log off unless ACCESS_LOG=true (one console line per request would measure the terminal). Results and
# the machine: docs/benchmarks.md ("Cached reads against the bare framework").
#
#   bootstrap/bench/http-ratio.sh [JAR] [ROUNDS] [SECONDS] [CONNECTIONS] [BASE_JAR]
#
# With BASE_JAR (another build, say before an optimisation), that build serves the same database on another port and
# is measured in every round too, right before JAR: before and after in the same run.
# Needs wrk (apt-get install wrk), curl, and the MariaDB at 127.0.0.1:3306 (root, no password); uses a database of
# its own, dropped at the end. JAVA_OPTS applies to both JVMs.
set -euo pipefail
jar=${1:-bootstrap/target/tonearm.jar}
rounds=${2:-3}
seconds=${3:-10}
connections=${4:-64}
base_jar=${5:-}
threads=2
here=$(cd "$(dirname "$0")" && pwd)
tonearm_port=18091
hello_port=18092
base_port=18093
db=tonearm_ratiobench_$$
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

serve() { # JAR PORT NAME
    mkdir -p "$data/$3"
    # shellcheck disable=SC2086
    env -i PATH="$PATH" HOME="$HOME" TONEARM_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" TONEARM_HTTP_HOST=127.0.0.1 \
        TONEARM_HTTP_PORT="$2" TONEARM_DATA_DIR="$data/$3" TONEARM_LOG_LEVEL=WARN \
        TONEARM_HTTP_ACCESS_LOG="${ACCESS_LOG:-false}" TONEARM_ADMIN_USER=$user TONEARM_ADMIN_PASSWORD=$password \
        java $java_opts -jar "$1" serve >"$data/$3.log" 2>&1 &
    pids+=($!)
    await "http://127.0.0.1:$2/health/live"
}
serve "$jar" $tonearm_port tonearm
tonearm_pid=${pids[-1]}
# shellcheck disable=SC2086
java $java_opts -cp "$jar" "$here/Hello.java" $hello_port >"$data/hello.log" 2>&1 &
pids+=($!)
hello_pid=$!
await "http://127.0.0.1:$hello_port/hello"

# 1,000 tracks in one bulk add; the one read by id is in the middle, the search finds a few
for i in $(seq 1 1000); do
    printf '{"path":"/music/%d.flac","title":"Song %d %s","artists":["Artist %d"],"album":"Album %d",' \
        "$i" "$i" "$([ $((i % 100)) -eq 0 ] && echo lighthouse || echo river)" $((i % 50)) $((i % 80))
    printf '"durationMs":200000,"format":"FLAC","fileSize":1000000,"fileModifiedAt":"2024-01-01T00:00:00Z"}'
    if [ "$i" -lt 1000 ]; then printf ','; fi
done | { printf '['; cat; printf ']'; } > "$data/tracks.json"
curl -sf -u "$user:$password" -X POST "http://127.0.0.1:$tonearm_port/api/tracks" -H 'Content-Type: application/json' \
    --data-binary "@$data/tracks.json" >/dev/null
token=$(curl -sf -u "$user:$password" -X POST "http://127.0.0.1:$tonearm_port/api/tokens" \
    -H 'Content-Type: application/json' -d '{"name": "bench"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
page="http://127.0.0.1:$tonearm_port/api/tracks?limit=20"
etag=$(curl -sf -D - -o /dev/null -H "$auth" "$page" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -H "If-None-Match: $etag" "$page")" = 304 ] \
    || { echo "the page did not revalidate to 304 with $etag" >&2; exit 1; }
# after the schema and the data exist: the base build only reads them
base_pid=
if [ -n "$base_jar" ]; then serve "$base_jar" $base_port base; base_pid=${pids[-1]}; fi

cpu_ticks() { # PID: user + system clock ticks the process has used
    awk '{print $14 + $15}' "/proc/$1/stat"
}

rps() { # PID URL [HEADER...]: requests/s, then the server's CPU microseconds per request
    local pid=$1 url=$2; shift 2
    local args=("-t$threads" "-c$connections") before after out
    for header in "$@"; do args+=(-H "$header"); done
    wrk "${args[@]}" -d3s "$url" >/dev/null # warm-up: the JIT, the cache
    before=$(cpu_ticks "$pid")
    out=$(wrk "${args[@]}" "-d${seconds}s" "$url")
    after=$(cpu_ticks "$pid")
    echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
        '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%.0f %.1f\n", r, ticks * 1e6 / hz / n}'
}

echo "# $(date -u '+%F %T') UTC, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$threads -c$connections -d${seconds}s"
echo "# requests/s, ratios to the hello, then each server's CPU microseconds per request (from /proc/PID/stat)"
echo "round build hello by-id page search 304 by-id/hello page/hello search/hello 304/hello" \
    "cpu:hello by-id page search 304"
measure() { # ROUND LABEL PORT PID
    local hello one twenty found same
    read -r hello hello_cpu < <(rps "$hello_pid" "http://127.0.0.1:$hello_port/hello")
    read -r one one_cpu < <(rps "$4" "http://127.0.0.1:$3/api/tracks/500" "$auth")
    read -r twenty twenty_cpu < <(rps "$4" "http://127.0.0.1:$3/api/tracks?limit=20" "$auth")
    read -r found found_cpu < <(rps "$4" "http://127.0.0.1:$3/api/tracks/search?q=lighthouse&limit=20" "$auth")
    read -r same same_cpu < <(rps "$4" "http://127.0.0.1:$3/api/tracks?limit=20" "$auth" "If-None-Match: $etag")
    awk -v r="$1" -v l="$2" -v h="$hello" -v a="$one" -v b="$twenty" -v c="$found" -v d="$same" \
        -v hc="$hello_cpu" -v ac="$one_cpu" -v bc="$twenty_cpu" -v cc="$found_cpu" -v dc="$same_cpu" \
        'BEGIN {printf "%s %s %s %s %s %s %s %.2f %.2f %.2f %.2f %s %s %s %s %s\n", r, l, h, a, b, c, d, a/h, b/h, c/h,
            d/h, hc, ac, bc, cc, dc}'
}
for round in $(seq 1 "$rounds"); do
    [ -n "$base_jar" ] && measure "$round" base $base_port "$base_pid"
    measure "$round" this $tonearm_port "$tonearm_pid"
done
curl -sf -H "$auth" "http://127.0.0.1:$tonearm_port/metrics" | grep -E '^http_server_requests_seconds_count\{method="GET",route="/api/tracks' \
    | sed 's/^/# /'
