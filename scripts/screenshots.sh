#!/usr/bin/env bash
# Photographs every page listed in docs/screenshots/pages.txt, in Indonesian and English, at phone width
# (390 px) and desktop width (1280 px), into docs/screenshots/NAME-LANG-{phone,desktop}.png.
# It drives the system's headless Chromium (/usr/bin/chromium with /usr/bin/chromedriver) against the demo
# that `kinerja serve --demo` serves (the cases of examples/), started in-process on a free port.
# Usage: scripts/screenshots.sh   (add -o after it to build offline: scripts/screenshots.sh -o)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# The reactor (-am) builds the modules the server needs from this checkout, not from ~/.m2.
mvn -B -ntp -q "$@" test -pl kinerja-server -am -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkinerja.screenshots="$here/docs/screenshots"
ls "$here"/docs/screenshots/*.png | wc -l | xargs echo "screenshots written to docs/screenshots:"
