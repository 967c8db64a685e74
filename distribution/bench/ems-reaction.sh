#!/usr/bin/env bash
# End-to-end reaction of the energy manager on the running gateway: from a step of the site meter's
# reading over the limit to the corrected SetChargingProfile arriving at the simulated stations.
# Runs io.ampgate.launcher.it.EmsReactionBench (distribution test sources; not run by ./test)
# through Failsafe on the distribution built from the installed artifacts, then prints its report.
#   usage: distribution/bench/ems-reaction.sh [REPETITIONS] [MAX_MINUTES]   (defaults 30, 10)
#          (install the platform first: ./mvnw -DskipTests install)
set -euo pipefail
repetitions="${1:-30}"
minutes="${2:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mkdir -p distribution/target
./mvnw -q -B -o verify -pl distribution -Dit.test=EmsReactionBench -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.repetitions="$repetitions" -Dbench.minutes="$minutes" \
  > distribution/target/ems-reaction-build.log 2>&1 \
  || { tail -n 60 distribution/target/ems-reaction-build.log >&2; exit 1; }
cat distribution/target/ems-reaction.txt
