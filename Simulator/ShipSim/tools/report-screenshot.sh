#!/usr/bin/env bash
# Plays a scenario with `shipsim run --report` and takes a screenshot of the page in headless Chromium.
# Usage: Simulator/ShipSim/tools/report-screenshot.sh [SCENARIO.yaml] [OUT.png] [TICK]
# Default: docs/scenarios/demo.yaml (the demo's story) -> docs/report.png at tick 1900. Installs Chromium if needed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
scenario="${1:-docs/scenarios/demo.yaml}"
png="${2:-docs/report.png}"
tick="${3:-1900}"
Simulator/ShipSim/tools/install-chromium.sh >/dev/null
html="$(mktemp -d)/report.html"
dotnet run --project Simulator/ShipSim -- run "$scenario" --report "$html" --quiet || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,820 \
    --screenshot="$png" "file://$html?tick=$tick" 2>/dev/null
echo "screenshot: $png"
