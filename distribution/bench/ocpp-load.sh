#!/usr/bin/env bash
# OCPP load benchmark: many simulated charge points on one gateway. A fresh site on 127.0.0.1 is
# seeded with registered stations and badges (the gateway stopped: Derby admits one process), the
# built gateway is started on it, then one client JVM connects and boots every station, runs the
# steady state (heartbeats, MeterValues, Authorize / StartTransaction / StopTransaction sessions)
# and prints the latency of every CALL, what went unanswered and the gateway's memory.
#   usage: distribution/bench/ocpp-load.sh [STEADY_SECONDS] [STATIONS] [BADGES]
#          (defaults 300, 2000, 4000; build first: ./mvnw -DskipTests package)
#   OCPP_LOAD_OPTS   more options for the load tool, e.g. "--session-min 20 --session-max 40"
#   KEEP_SITE=1      keep the site folder (logs, database) for a look afterwards
# Exits 1 when a target is missed: p99 >= 50 ms, a CALL not answered and accepted, RSS >= 1 GB.
set -euo pipefail
seconds="${1:-300}"
stations="${2:-2000}"
badges="${3:-4000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dist="$(ls -d "$root"/distribution/target/ampgate-*/ 2>/dev/null | head -n 1)"
dist="${dist%/}"
[ -x "$dist/bin/ampgate" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
# shellcheck source=/dev/null
. "$dist/bin/find-jdk.sh"
AMPGATE_NEED_JAVAC=0 ampgate_find_jdk
java="$JAVA_HOME/bin/java"

# every station is a socket in each of the two processes
need=$((stations + 1000))
[ "$(ulimit -n)" -ge "$need" ] || ulimit -n "$need" 2>/dev/null \
  || { echo "ulimit -n is $(ulimit -n); $need open files are needed" >&2; exit 1; }

echo "building the load tool..." >&2
"$root/mvnw" -B -q -Pocpp-load -pl distribution/bench/ocpp-load -am package -DskipTests -Dbnd.baseline.skip=true
tool="$root/distribution/bench/ocpp-load/target"
cp="$tool/classes:$(cat "$tool/classpath.txt")"

free_port() { # a port nothing listens on, from 20000 to 59999
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    [ -z "$(ss -Htln "sport = :$port")" ] && { echo "$port"; return 0; }
  done
  echo "no free port found" >&2; return 1
}

site="$(mktemp -d)"
export AMPGATE_BASE="$site"
cleanup() {
  "$dist/bin/ampgate" stop > /dev/null 2>&1 || true
  if [ "${KEEP_SITE:-0}" = 1 ]; then echo "site kept in $site" >&2; else rm -rf "$site"; fi
}
trap cleanup EXIT
ocpp_port="$(free_port)"
mkdir -p "$site/conf"
printf 'org.osgi.service.http.port = %d\norg.apache.felix.http.host = 127.0.0.1\n' "$(free_port)" \
  > "$site/conf/ampgate.properties"
printf 'host = 127.0.0.1\nport = %d\ntlsPort = %d\nheartbeatInterval = 30\n' "$ocpp_port" "$(free_port)" \
  > "$site/conf/io.ampgate.ocpp.cfg"

"$java" -cp "$cp" io.ampgate.bench.ocpp.OcppLoad seed "$site" "$stations" "$badges" >&2
"$dist/bin/ampgate" start >&2
pid="$(cat "$site/data/run/ampgate.pid")"
if [ -z "$(ss -Htln "sport = :$ocpp_port")" ]; then
  echo "the gateway does not listen on the OCPP port $ocpp_port; conf/io.ampgate.ocpp.cfg holds:" >&2
  cat "$site/conf/io.ampgate.ocpp.cfg" >&2
  exit 1
fi
# the gateway's garbage collections from now on, to tell GC pauses from other stalls
gc_log="$site/data/log/gc.log"
if [ ! -x "$JAVA_HOME/bin/jcmd" ] \
  || ! "$JAVA_HOME/bin/jcmd" "$pid" VM.log output="$gc_log" what=gc decorators=uptime > /dev/null; then
  gc_log=""
fi

echo "Machine: $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$java" -version 2>&1 | head -n 1); gateway options: ${AMPGATE_JAVA_OPTS:-bin/ampgate defaults}"
echo "Run: $stations stations, $badges badges, steady state $seconds s ${OCPP_LOAD_OPTS:-}"
echo
status=0
# shellcheck disable=SC2086
"$java" -Xms256m -Xmx1g -cp "$cp" io.ampgate.bench.ocpp.OcppLoad run --uri "ws://127.0.0.1:$ocpp_port/ocpp/" \
  --stations "$stations" --badges "$badges" --seconds "$seconds" --gateway-pid "$pid" ${OCPP_LOAD_OPTS:-} \
  || status=$?
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$gc_log" ]; then
  echo "Gateway GC pauses, ramp-up to the end: $(awk '
    / Pause / { ms = $NF + 0; kind = /Pause Full/ ? "full" : /Pause Young/ ? "young" : "other"
                n[kind]++; sum[kind] += ms; if (ms > max[kind]) max[kind] = ms }
    END { for (k in n) printf "%s %d (total %.0f ms, longest %.0f ms) ", k, n[k], sum[k], max[k] }' "$gc_log")"
fi
log="$site/data/log/ampgate.log"
echo "Gateway log: $(grep -c ' WARN' "$log" || true) warnings, $(grep -c -E ' (ERROR|SEVERE)' "$log" || true) errors"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "the gateway is not running any more" >&2
  status=1
fi
exit "$status"
