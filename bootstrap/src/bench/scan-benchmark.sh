#!/usr/bin/env bash
# The scan benchmark (docs/benchmarks.md, "Scanning"): on one generated corpus, side by side,
#   - Tonearm: first scan into an empty catalog, then a rescan of the unchanged library (tonearm scan DIR,
#     -Xmx256m, a fresh database on the MariaDB server at 127.0.0.1:3306),
#   - MPD: a database update from scratch (mpd with a new db_file, waited for with mpc),
#   - beets: an import with autotagging and copying off (beet import -A -C -W).
# Prints files/s and peak memory (RSS; for Tonearm also the peak heap from the GC log).
#
# Usage: bootstrap/src/bench/scan-benchmark.sh [FILES]       (default 10000)
#        SCAN_BENCH_TOOLS="tonearm mpd" bootstrap/src/bench/scan-benchmark.sh 100000   (a subset of the tools)
#        SCAN_BENCH_JAVA_OPTS="-XX:+UseSerialGC" ...          (more JVM options for Tonearm's runs)
#        SCAN_BENCH_LAUNCHER=java ...   (Tonearm as java -jar tonearm.jar, instead of the launcher bootstrap/bin/tonearm,
#                                        which adds class-data sharing and C1 only; docs/configuration.md)
# Needs: a built jar (./mvnw -DskipTests package), MariaDB on 127.0.0.1:3306 (root, no password), and the
# Debian packages mpd, mpc, beets, time (apt-get install -y mpd mpc beets time).
# The corpus is written once per size under $SCAN_BENCH_DIR (default /tmp/tonearm-scan-bench).
set -euo pipefail

FILES=${1:-10000}
TOOLS=${SCAN_BENCH_TOOLS:-tonearm mpd beets}
runs() { [[ " $TOOLS " == *" $1 "* ]]; }
HERE=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${SCAN_BENCH_DIR:-/tmp/tonearm-scan-bench}
CORPUS=$WORK/corpus-$FILES
LIBRARY=$CORPUS/library
JAR=$HERE/bootstrap/target/tonearm.jar
mkdir -p "$WORK"

for tool in mpd mpc beet /usr/bin/time mysql; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y mpd mpc beets time mariadb-client" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -DskipTests package first" >&2; exit 2; }

# ---- the corpus: TestCorpus (adapters-persistence test code) tags copies of tiny template files
if [ ! -f "$CORPUS/.complete" ]; then
  echo "writing $FILES files to $CORPUS ..."
  (cd "$HERE" && ./mvnw -q -o -pl domain,adapters-persistence -DskipTests test-compile \
      dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt")
  CP=$HERE/adapters-persistence/target/test-classes:$HERE/adapters-persistence/target/classes:$HERE/domain/target/classes:$(cat "$WORK/classpath.txt")
  rm -rf "$CORPUS"
  java -cp "$CP" io.tonearm.adapters.persistence.TestCorpus "$CORPUS" "$FILES"
  touch "$CORPUS/.complete"
fi
COUNT=$(find "$LIBRARY" -type f | wc -l)

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
results=()
record() { results+=("| $1 | $COUNT | $2 | $(rate "$COUNT" "$2") | $3 | $4 |"); }

# ---- Tonearm
if runs tonearm; then
DB=tonearm_scanbench_$$
mysql -uroot -h127.0.0.1 -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci"
trap 'mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB"' EXIT
export TONEARM_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
LAUNCHER=${SCAN_BENCH_LAUNCHER:-launcher}
tonearm_command() { # JVM options...: sets the array cmd to the command that starts Tonearm with them
  if [ "$LAUNCHER" = java ]; then
    cmd=(java "$@" -jar "$JAR")
  else
    cmd=(env "JAVA_OPTS=$*" "$HERE/bootstrap/bin/tonearm")
  fi
}
if [ "$LAUNCHER" != java ]; then
  # The launcher's class-data archive is written by its first run on this jar: let a scan of ten files in a
  # catalog of their own write it, as a user's first command would, so that the timed runs map it.
  PRIME=$WORK/prime && rm -rf "$PRIME" && mkdir -p "$PRIME/library"
  (find "$LIBRARY" -type f || true) | head -10 | while read -r f; do cp "$f" "$PRIME/library/"; done
  mysql -uroot -h127.0.0.1 -e "CREATE DATABASE ${DB}_prime CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci"
  tonearm_command
  TONEARM_DB_URL="jdbc:mariadb://127.0.0.1:3306/${DB}_prime" "${cmd[@]}" scan "$PRIME/library" > "$PRIME/out" 2>&1 || true
  mysql -uroot -h127.0.0.1 -e "DROP DATABASE ${DB}_prime"
fi
tonearm_scan() { # label
  local log=$WORK/tonearm-${1// /-}
  # shellcheck disable=SC2086 # SCAN_BENCH_JAVA_OPTS holds several options
  tonearm_command -Xmx256m ${SCAN_BENCH_JAVA_OPTS:-} -Xlog:gc:file="$log.gc"
  /usr/bin/time -f '%e %M' -o "$log.time" "${cmd[@]}" scan "$LIBRARY" \
      > "$log.out" 2>&1 || { cat "$log.out" >&2; exit 1; }
  local wall rss heap scan
  read -r wall rss < "$log.time"
  # the largest heap occupancy before a collection, from lines such as "... 120M->20M(256M) 3.1ms"
  heap=$(grep -oE '[0-9]+M->' "$log.gc" | sed 's/M->//' | sort -n | tail -1)
  scan=$(grep -oE 'in [0-9.]+ s' "$log.out" | tail -1 | grep -oE '[0-9.]+')
  record "Tonearm $1 (process)" "$wall" "$((rss / 1024)) MB" "${heap:-?} MB"
  record "Tonearm $1 (scan only)" "$scan" "" ""
  tail -3 "$log.out"
}
tonearm_scan "first scan"
tonearm_scan "unchanged rescan"
fi

# ---- MPD: a fresh database, updated at start-up; done when mpc no longer shows "Updating DB"
if runs mpd; then
MPD_DIR=$WORK/mpd
rm -rf "$MPD_DIR" && mkdir -p "$MPD_DIR"
PORT=$((20000 + $$ % 10000))
cat > "$MPD_DIR/mpd.conf" <<CONF
music_directory "$LIBRARY"
db_file "$MPD_DIR/db"
state_file "$MPD_DIR/state"
pid_file "$MPD_DIR/pid"
log_file "$MPD_DIR/log"
bind_to_address "127.0.0.1"
port "$PORT"
audio_output {
  type "null"
  name "null"
}
CONF
start=$(date +%s.%N)
mpd --no-daemon "$MPD_DIR/mpd.conf" & MPD_PID=$!
until mpc -p "$PORT" status >/dev/null 2>&1; do sleep 0.05; done
while mpc -p "$PORT" status | grep -q 'Updating DB'; do sleep 0.05; done
end=$(date +%s.%N)
rss=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$MPD_PID/status")
songs=$(mpc -p "$PORT" stats | awk '/Songs/ { print $2 }')
record "MPD update ($songs songs)" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')" "$rss MB" ""
start=$(date +%s.%N)
mpc -p "$PORT" update --wait >/dev/null
end=$(date +%s.%N)
record "MPD unchanged update" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')" "$rss MB" ""
kill "$MPD_PID"; wait "$MPD_PID" 2>/dev/null || true
fi

# ---- beets: import without autotagging, copying or writing
if runs beets; then
BEETS_DIR=$WORK/beets
rm -rf "$BEETS_DIR" && mkdir -p "$BEETS_DIR"
cat > "$BEETS_DIR/config.yaml" <<CONF
directory: $BEETS_DIR/lib
library: $BEETS_DIR/library.db
import:
  copy: no
  move: no
  write: no
  autotag: no
  incremental: no
  quiet: yes
plugins: []
CONF
/usr/bin/time -f '%e %M' -o "$BEETS_DIR/time" beet -c "$BEETS_DIR/config.yaml" import -A -C -W -q "$LIBRARY" \
    > "$BEETS_DIR/out" 2>&1
read -r wall rss < "$BEETS_DIR/time"
record "beets import -A -C -W" "$wall" "$((rss / 1024)) MB" ""
fi

echo
echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | files | seconds | files/s | peak RSS | peak heap |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
