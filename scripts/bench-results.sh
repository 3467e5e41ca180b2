#!/usr/bin/env bash
# Load benchmark of the results endpoint: `kinerja serve --demo` on a fresh embedded store, then wrk with
# 64 connections against the results of the RSI Unisma case (2014) and of the funnel case (2025, by
# channel). Goal on the 2-core development machine: p99 <= 50 ms and >= 2,000 requests/s.
# Besides wrk's figures it prints the heap allocated per request (from the server's GC log between two
# full collections around the measured run): a figure that does not depend on how busy the machine is.
#   scripts/bench-results.sh [DURATION=30s] [JAR=kinerja-app/target/kinerja.jar]
# Needs: java, curl, python3, wrk (apt-get install wrk), and the jar (./kinerja --version builds it).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
jar=${2:-kinerja-app/target/kinerja.jar}
[ -f "$jar" ] || { echo "bench-results: build the jar first (./kinerja --version)" >&2; exit 1; }
command -v wrk > /dev/null || { echo "bench-results: needs wrk (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
cp "$jar" "$work/kinerja.jar"; jar="$work/kinerja.jar"   # a rebuild meanwhile cannot pull it away
trap 'kill "${pid:-0}" 2>/dev/null || true; wait "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export KINERJA_ADMIN_PASSWORD=bench-password-0123
base="http://127.0.0.1:$port"
java -Xss4m -Xlog:gc:file="$work/gc.log" -jar "$jar" serve --demo --port "$port" --data "$work/data" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf "$base/health" > /dev/null 2>&1 && break; sleep 0.1; done
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$KINERJA_ADMIN_PASSWORD\"}" \
  "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
for path in "/api/v1/scorecards/rsi-unisma-pemasaran/results?period=2014" \
    "/api/v1/scorecards/funnel-2025/results?period=2025&by=channel"; do
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base$path"   # the first answer computes and caches
  wrk -t2 -c64 -d10s -H "Authorization: Bearer $token" "$base$path" > /dev/null   # warm-up: JIT, pools
  echo "== wrk -t2 -c64 -d$duration --latency $path"
  jcmd "$pid" GC.run > /dev/null
  wrk -t2 -c64 -d"$duration" --latency -H "Authorization: Bearer $token" "$base$path" | tee "$work/wrk.txt"
  jcmd "$pid" GC.run > /dev/null; sleep 1
  python3 - "$work/gc.log" "$work/wrk.txt" <<'PY'
import re, sys
log = open(sys.argv[1]).read().splitlines()
fulls = [i for i, line in enumerate(log) if "Pause Full" in line]
size = lambda amount, unit: int(amount) * {"K": 1 / 1024, "M": 1, "G": 1024}[unit]
allocated, after = 0.0, None
for line in log[fulls[-2]:fulls[-1] + 1]:
    m = re.search(r"(\d+)([KMG])->(\d+)([KMG])", line)
    if m:
        if after is not None:
            allocated += size(m.group(1), m.group(2)) - after
        after = size(m.group(3), m.group(4))
requests = int(re.search(r"(\d+) requests in", open(sys.argv[2]).read()).group(1))
print(f"heap allocated: {allocated:.0f} MiB for {requests} requests, {allocated * 1024 * 1024 / requests / 1024:.1f} KiB per request")
PY
done
