# Sourced by ./mvnw, ./ampgate and .ci/run (and copied into the distribution as bin/find-jdk.sh).
# Sets JAVA_HOME to a JDK >= $AMPGATE_MIN_JAVA (default 21): JAVA_HOME when it is one,
# else the newest JDK under /usr/lib/jvm (or $AMPGATE_JVM_DIR). Prints what to install when
# there is none and returns 1. AMPGATE_NEED_JAVAC=0 accepts a runtime without javac (a JRE).

ampgate_java_major() {
  # $1 = java executable; prints the feature version (17, 21, 25, ...) or nothing.
  # The JDK's 'release' file answers without starting a JVM; running java is the fallback.
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  if [ -r "$release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1)"
    if [ -n "$v" ]; then echo "$v"; return; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

ampgate_find_jdk() {
  local min="${AMPGATE_MIN_JAVA:-21}" tool=javac best="" best_major=0 dir major
  [ "${AMPGATE_NEED_JAVAC:-1}" = 0 ] && tool=java
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$tool" ]; then
    major=$(ampgate_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for dir in "${AMPGATE_JVM_DIR:-/usr/lib/jvm}"/*/; do
    dir="${dir%/}"
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/$tool" ] || continue
    [ -L "$dir" ] && continue
    major=$(ampgate_java_major "$dir/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    {
      echo "Ampgate needs a JDK $min or later, and none was found."
      echo "  Looked at: JAVA_HOME=${JAVA_HOME:-<unset>} and ${AMPGATE_JVM_DIR:-/usr/lib/jvm}/*"
      echo "  Install one (for example Eclipse Temurin 21 or 25, or openjdk-21-jdk where your"
      echo "  distribution has it) and either put it under /usr/lib/jvm or set JAVA_HOME to it."
    } >&2
    return 1
  fi
  export JAVA_HOME="$best"
  return 0
}
