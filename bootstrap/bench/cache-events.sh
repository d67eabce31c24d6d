#!/usr/bin/env bash
# The server's CPU with 0 and with N open cache dashboards: N clients of GET /api/cache/events (curl -N, each
# reading its stream as a browser would), the server's utime+stime from /proc/<pid>/stat over SECONDS, idle first,
# then with the clients. Results and the machine: docs/benchmarks.md ("Live cache dashboards").
#
#   bootstrap/bench/cache-events.sh [JAR] [CLIENTS] [SECONDS]
#
# Needs curl and the MariaDB at 127.0.0.1:3306 (root, no password); uses a database of its own, dropped at the end.
set -euo pipefail
jar=${1:-bootstrap/target/tonearm.jar}
clients=${2:-50}
seconds=${3:-60}
port=18091
db=tonearm_eventsbench_$$
url="jdbc:mariadb://127.0.0.1:3306/$db"
user=bench
password=bench-password-123
hz=$(getconf CLK_TCK)
mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $db"
pid=
readers=()
out=$(mktemp -d)
stop() {
    for reader in "${readers[@]}"; do kill "$reader" 2>/dev/null || true; done
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=; fi
}
trap 'stop; rm -rf "$out"; mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"' EXIT

env -i PATH="$PATH" HOME="$HOME" TONEARM_DB_URL="$url" TONEARM_HTTP_HOST=127.0.0.1 TONEARM_HTTP_PORT=$port \
    TONEARM_DATA_DIR="$(mktemp -d)" TONEARM_LOG_LEVEL=WARN TONEARM_ADMIN_USER=$user \
    TONEARM_ADMIN_PASSWORD=$password java -jar "$jar" serve >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 480); do
    curl -s -o /dev/null "http://127.0.0.1:$port/api/cache/health" && break
    sleep 0.5
done
curl -sf -o /dev/null -u "$user:$password" "http://127.0.0.1:$port/api/tracks" # some traffic to count

ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; } # utime + stime, in clock ticks
cpu() { # LABEL: the server's CPU over SECONDS, in % of one core
    local before after
    before=$(ticks)
    sleep "$seconds"
    after=$(ticks)
    awk -v label="$1" -v t=$((after - before)) -v hz="$hz" -v s="$seconds" \
        'BEGIN {printf "%s: %.2f %% of a core (%d ticks in %d s)\n", label, 100 * t / hz / s, t, s}'
}

sleep 10 # the start's JIT and first checks settle
cpu "0 dashboards"
for i in $(seq 1 "$clients"); do
    curl -sN -u "$user:$password" -H 'Accept: text/event-stream' "http://127.0.0.1:$port/api/cache/events" \
        > "$out/$i" &
    readers+=($!)
done
sleep 10 # connected and warmed up
cpu "$clients dashboards"
events=$(cat "$out"/* | grep -c '^event: stats' || true)
echo "stats events received by the $clients clients in all: $events"
