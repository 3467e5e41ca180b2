#!/usr/bin/env bash
# How fast the server renders the funnel case's dashboard (12 months x 8 channels): signs in through the
# login form, loads each page once (the first load computes and caches the results), then times N more
# requests of each with curl's time_total and prints the median, the 95th percentile and the slowest.
# Usage: scripts/dashboard-speed.sh URL USER PASSWORD [N]
#   e.g. ./kinerja serve --demo --port 7071   (prints the admin's password on its first start), then
#        scripts/dashboard-speed.sh http://127.0.0.1:7071 admin PASSWORD 50
set -euo pipefail
base="${1:?URL}"; user="${2:?USER}"; password="${3:?PASSWORD}"; n="${4:-50}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
csrf="$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")"
[ "$code" = 303 ] || [ "$code" = 302 ] || { echo "login failed: HTTP $code" >&2; exit 1; }
for page in "/scorecards/funnel-2025?period=2025-12" "/scorecards/funnel-2025?period=2025-12&by=channel" \
    "/scorecards/funnel-2025?from=2025-01&to=2025-12"; do
  curl -s -o /dev/null -b "$jar" "$base$page&lang=en"   # the first load: computes and caches
  for _ in $(seq "$n"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" "$base$page&lang=en"
  done | awk -v page="$page" '
    $1 != 200 { bad++ } { t[NR] = $2 * 1000 }
    END { n = asort(t); p95 = t[int(n * 0.95 + 0.999)];
      printf "%-52s n=%d  median %.1f ms  p95 %.1f ms  max %.1f ms%s\n", page, n, t[int((n + 1) / 2)], p95, t[n],
        bad ? "  (" bad " not 200!)" : "" }'
done
