#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds, then runs
# ctest inside a private D-Bus session with an unlocked gnome-keyring and Qt's offscreen
# platform (scripts/test-session.sh). Extra arguments go to ctest, e.g. -R core.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
preset=${PARTNERDESK_PRESET:-dev}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
dbus-run-session -- scripts/test-session.sh ctest --preset "$preset" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
