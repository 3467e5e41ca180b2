#!/usr/bin/env bash
# Crash safety of imports: starts `kinerja serve` on a fresh embedded store, then ROUNDS times sends a
# ROWS-row CSV import, kills the server with SIGKILL at a random moment while it runs, restarts it and
# checks that the figures are the whole of one import (the previous one or the killed one), never a part.
#   scripts/crash-import.sh [ROUNDS=20] [ROWS=100000]
# Needs: java, curl, python3, and the jar (built by ./kinerja or mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
rows=${2:-100000}
jar=kinerja-app/target/kinerja.jar
[ -f "$jar" ] || { echo "crash-import: build the jar first (./kinerja --version)" >&2; exit 1; }
work=$(mktemp -d)
cp "$jar" "$work/kinerja.jar"; jar="$work/kinerja.jar"   # a rebuild meanwhile cannot pull it away
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export KINERJA_ADMIN_PASSWORD=crash-test-password
base="http://127.0.0.1:$port"

start() {
  java -jar "$jar" serve --port "$port" --data "$work/data" > "$work/server.log" 2>&1 &
  pid=$!   # java itself, not a wrapper shell: kill -9 hits the server
  for _ in $(seq 1 300); do
    curl -sf "$base/health" > /dev/null 2>&1 && break
    sleep 0.1
  done
  token=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$KINERJA_ADMIN_PASSWORD\"}" \
    "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
}

csv() { # csv VALUE: ROWS figures, all with the value VALUE
  python3 - "$1" "$rows" > "$work/import.csv" <<'PY'
import sys
value, rows = sys.argv[1], int(sys.argv[2])
print("period,measure,value")
months = 120
for i in range(rows):
    m, p = divmod(i, months)
    print(f"{2000 + p // 12}-{p % 12 + 1:02d},m{m},{value}")
PY
}

import() { curl -s -o /dev/null -w '%{http_code}' -H 'Expect:' -H "Authorization: Bearer $token" -F "file=@$work/import.csv" \
  "$base/api/v1/scorecards/bulk/imports" || true; }

check() { # prints the one value all figures have, or fails
  curl -sf -H "Authorization: Bearer $token" "$base/api/v1/scorecards/bulk/values" | python3 -c '
import json, sys
values = json.load(sys.stdin)
seen = {v["value"] for v in values}
rows = int(sys.argv[1])
if len(values) not in (0, rows) or len(seen) > 1:
    sys.exit(f"PARTIAL: {len(values)} figures with the values {sorted(seen)[:5]}")
print(int(seen.pop()) if seen else "none")' "$rows"
}

start
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"id":"acme","name":"Acme","kind":"company"}' "$base/api/v1/units" > /dev/null
printf 'kinerja: 1\nid: bulk\nname: Bulk\nperiod: { grain: month, current: "2009-12" }\nscoring: { method: achievement }\nperspectives:\n  - id: p\n    name: P\n    indicators:\n      - { id: i, name: I, formula: m0 / m1 * 100, target: ">= 1" }\n' > "$work/bulk.yaml"
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/yaml' --data-binary "@$work/bulk.yaml" \
  "$base/api/v1/units/acme/scorecards" > /dev/null

csv 0
t0=$(date +%s.%N); code=$(import); t1=$(date +%s.%N)
[ "$code" = 200 ] || { echo "the first import failed: $code" >&2; cat "$work/server.log" >&2; exit 1; }
took=$(python3 -c "print(round($t1 - $t0, 3))")
echo "crash-import: $rows rows import in ${took}s when left alone; now $rounds rounds of kill -9 while importing"
before=0; whole=0; none=0
for round in $(seq 1 "$rounds"); do
  csv "$round"
  import > "$work/code" &
  importer=$!
  sleep "$(python3 -c "import random; print(round($took * random.uniform(0.05, 1.1), 3))")"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  wait "$importer" || true
  start
  got=$(check) || { echo "round $round: $got" >&2; exit 1; }
  if [ "$got" = "$round" ]; then whole=$((whole + 1)); elif [ "$got" = "$before" ]; then none=$((none + 1));
  else echo "round $round: unexpected value $got (before: $before)" >&2; exit 1; fi
  echo "round $round: acknowledged=$(cat "$work/code") after restart: $([ "$got" = "$round" ] && echo 'all of it' || echo 'none of it')"
  before=$got
done
echo "crash-import: $rounds kills during a $rows-row import: $whole times all of it, $none times none of it, 0 partial"
