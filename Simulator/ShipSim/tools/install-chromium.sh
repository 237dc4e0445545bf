#!/usr/bin/env bash
# Installs headless Chromium (Debian's `chromium` package) for the report checks: the screenshot of a
# `shipsim run --report` page and the test that renders one. Needs root (apt-get); does nothing when
# Chromium is already on PATH. Usage: Simulator/ShipSim/tools/install-chromium.sh
set -euo pipefail
for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
        echo "$name is installed: $(command -v "$name")"
        exit 0
    fi
done
if [ "$(id -u)" -ne 0 ]; then
    echo "error: installing Debian's chromium package needs root (apt-get)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "installed: $(command -v chromium)"
