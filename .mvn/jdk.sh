# Sourced (POSIX sh) by ./mvnw and ./sirocco: points JAVA_HOME at a JDK >= 25 so that Maven, the
# tests and the launcher all run on it, or explains what to install. Order: SIROCCO_JAVA_HOME,
# JAVA_HOME, the java on PATH (when they are >= 25), else the newest JDK >= 25 found in the usual
# install locations (the same places Maven's toolchain discovery looks).

SIROCCO_MIN_JAVA=25

# Prints the major version of the JDK at $1 (it must have javac), or fails.
sirocco_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _v=""
  if [ -f "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release")
  fi
  if [ -z "$_v" ]; then
    _v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\).*/\1/p')
  fi
  [ -n "$_v" ] && [ "$_v" = "1" ] && _v=8
  [ -n "$_v" ] || return 1
  echo "$_v"
}

sirocco_use_jdk() {
  _path_java=""
  if command -v java >/dev/null 2>&1; then
    _path_java=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  for _c in "${SIROCCO_JAVA_HOME-}" "${JAVA_HOME-}" "$_path_java"; do
    [ -n "$_c" ] || continue
    _m=$(sirocco_jdk_major "$_c") || continue
    if [ "$_m" -ge "$SIROCCO_MIN_JAVA" ]; then
      JAVA_HOME=$_c
      export JAVA_HOME
      return 0
    fi
  done
  _best=""
  _best_major=0
  _restore_glob=false
  case $- in *f*) _restore_glob=true; set +f ;; esac
  for _c in /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$_c" ] || continue
    _m=$(sirocco_jdk_major "$_c") || continue
    if [ "$_m" -ge "$SIROCCO_MIN_JAVA" ] && [ "$_m" -gt "$_best_major" ]; then
      _best=$_c
      _best_major=$_m
    fi
  done
  if $_restore_glob; then set -f; fi
  if [ -n "$_best" ]; then
    JAVA_HOME=$_best
    export JAVA_HOME
    return 0
  fi
  cat >&2 <<MSG
Sirocco needs a JDK $SIROCCO_MIN_JAVA or newer, and none was found (looked at SIROCCO_JAVA_HOME,
JAVA_HOME, the java on PATH, /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks, ~/.asdf).
Install one, then run the command again:
  Debian/Ubuntu: apt-get install temurin-25-jdk   (Adoptium's apt repository: https://adoptium.net/installation/linux/)
  SDKMAN:        sdk install java 25-tem
  or download a JDK 25 from https://adoptium.net/ and set JAVA_HOME (or SIROCCO_JAVA_HOME) to it.
MSG
  return 1
}
