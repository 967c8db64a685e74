#!/usr/bin/env bash
# Start-up benchmark: time from process start to "ready", resident memory at ready and after
# 10 s idle, and the time a clean stop takes. Each run uses a fresh site with the console on
# 127.0.0.1 and the example plugin enabled.
#   usage: distribution/bench/startup.sh [RUNS]      (build first: ./mvnw -DskipTests install)
set -euo pipefail
runs="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dist="$(ls -d "$root"/distribution/target/ampgate-*/ | head -n 1)"
dist="${dist%/}"
[ -x "$dist/bin/ampgate" ] || { echo "build first: ./mvnw -DskipTests install" >&2; exit 1; }

ready=(); rss_ready=(); rss_idle=(); stop_ms=()
for i in $(seq 1 "$runs"); do
  site="$(mktemp -d)"
  mkdir -p "$site/conf"
  printf 'org.osgi.service.http.port = %d\norg.apache.felix.http.host = 127.0.0.1\n' $((18300 + i)) > "$site/conf/ampgate.properties"
  export AMPGATE_BASE="$site"
  "$dist/bin/ampgate" plugin enable meter-example > /dev/null
  line="$("$dist/bin/ampgate" start)"
  pid="$(cat "$site/data/run/ampgate.pid")"
  ready+=("$(sed -n 's/.*ready in \([0-9.]*\) s.*/\1/p' <<< "$line")")
  rss_ready+=("$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")")
  sleep 10
  rss_idle+=("$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")")
  t0=$(date +%s%N)
  "$dist/bin/ampgate" stop > /dev/null
  stop_ms+=($(( ($(date +%s%N) - t0) / 1000000 )))
  rm -rf "$site"
  echo "run $i: ready ${ready[-1]} s, RSS ${rss_ready[-1]} MB at ready, ${rss_idle[-1]} MB idle, stop ${stop_ms[-1]} ms" >&2
done

stats() { # min / median / max of the arguments
  printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "%s / %s / %s", v[1], v[int((NR+1)/2)], v[NR]}'
}
echo
echo "Machine: $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "Java: $("$dist/bin/ampgate" status > /dev/null 2>&1; . "$dist/bin/find-jdk.sh"; ampgate_find_jdk; "$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "Runs: $runs"
echo
echo "| measure | min / median / max |"
echo "| --- | --- |"
echo "| start to ready (s) | $(stats "${ready[@]}") |"
echo "| resident memory at ready (MB) | $(stats "${rss_ready[@]}") |"
echo "| resident memory after 10 s idle (MB) | $(stats "${rss_idle[@]}") |"
echo "| clean stop, SIGTERM to exit (ms) | $(stats "${stop_ms[@]}") |"
