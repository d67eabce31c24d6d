#!/usr/bin/env bash
# The cost of signing in on a cached read: GET /api/tracks/1 without credentials on a build without
# authentication (BASE_JAR), and with Basic and with Bearer on this build, in alternating rounds, with wrk.
# Results and the machine: docs/benchmarks.md ("Signing in on a cached read").
#
#   bootstrap/bench/http-auth.sh BASE_JAR [JAR] [ROUNDS] [SECONDS] [WARMUP_SECONDS]
#
# Each server is warmed up with WARMUP_SECONDS (default 20) of the same load before it is measured: with a few
# seconds only, the JIT is still compiling and the label measured first in a process is the slower one.
#
# BASE_JAR: tonearm.jar built from main before users landed, for example
#   git worktree add /tmp/tonearm-base b8d2355 && (cd /tmp/tonearm-base && ./mvnw -q -DskipTests package)
#   (then BASE_JAR=/tmp/tonearm-base/bootstrap/target/tonearm.jar)
# Needs wrk (apt-get install wrk), curl, and the MariaDB at 127.0.0.1:3306 (root, no password); uses a database of
# its own, dropped at the end.
set -euo pipefail
base_jar=${1:?usage: http-auth.sh BASE_JAR [JAR] [ROUNDS] [SECONDS]}
jar=${2:-bootstrap/target/tonearm.jar}
rounds=${3:-3}
seconds=${4:-10}
warmup=${5:-20}
port=18089
db=tonearm_authbench_$$
url="jdbc:mariadb://127.0.0.1:3306/$db"
user=bench
password=bench-password-123
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $db"
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop; mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"' EXIT

serve() { # JAR [VAR=VALUE...]
    local which=$1; shift
    env -i PATH="$PATH" HOME="$HOME" TONEARM_DB_URL="$url" TONEARM_HTTP_HOST=127.0.0.1 TONEARM_HTTP_PORT=$port \
        TONEARM_DATA_DIR="$(mktemp -d)" TONEARM_LOG_LEVEL=WARN "$@" java -jar "$which" serve >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 480); do
        curl -s -o /dev/null "http://127.0.0.1:$port/api/cache/health" && return 0
        sleep 0.5
    done
    echo "the server did not start" >&2
    exit 1
}

measure() { # LABEL [HEADER]
    local label=$1 header=${2:-}
    local args=(-t2 -c8 "-d${seconds}s" --latency)
    [ -n "$header" ] && args+=(-H "Authorization: $header")
    # one request first: its credentials are then remembered (the hash is checked once, as for any client)
    curl -sf -o /dev/null ${header:+-H "Authorization: $header"} "http://127.0.0.1:$port/api/tracks/1"
    wrk -t2 -c8 "-d${warmup}s" ${header:+-H "Authorization: $header"} "http://127.0.0.1:$port/api/tracks/1" \
        >/dev/null # warm-up
    local rps
    rps=$(wrk "${args[@]}" "http://127.0.0.1:$port/api/tracks/1" | awk '/Requests\/sec/ {print $2}')
    echo "$label $rps"
}

# this build first: it migrates the schema, creates the admin, the track and a token
serve "$jar" TONEARM_ADMIN_USER=$user TONEARM_ADMIN_PASSWORD=$password
curl -sf -u "$user:$password" -X POST "http://127.0.0.1:$port/api/tracks" -H 'Content-Type: application/json' -d '{
  "path": "/music/bench.flac", "title": "Bench", "artists": ["Bench"], "durationMs": 1000, "format": "FLAC",
  "fileSize": 1, "fileModifiedAt": "2024-01-01T00:00:00Z"}' >/dev/null
token=$(curl -sf -u "$user:$password" -X POST "http://127.0.0.1:$port/api/tokens" -H 'Content-Type: application/json' \
    -d '{"name": "bench"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
stop
basic="Basic $(printf '%s' "$user:$password" | base64)"

echo "round label requests/s"
for round in $(seq 1 "$rounds"); do
    serve "$base_jar"
    echo "$round $(measure none)"
    stop
    serve "$jar"
    # alternate which of the two is measured first in the process
    if [ $((round % 2)) -eq 1 ]; then
        echo "$round $(measure basic "$basic")"
        echo "$round $(measure bearer "Bearer $token")"
    else
        echo "$round $(measure bearer "Bearer $token")"
        echo "$round $(measure basic "$basic")"
    fi
    stop
done
