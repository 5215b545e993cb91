#!/usr/bin/env bash
# Partner Desk in demo mode: installs what is missing, builds, and starts the app against a
# built-in sandbox Z-API with made-up customers. No Z-API account or keychain needed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target partnerdesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo.sh: no display found. Run it from a desktop session (or under xvfb-run)." >&2
    exit 1
fi
exec build/dev/app/desktop/partnerdesk --demo "$@"
