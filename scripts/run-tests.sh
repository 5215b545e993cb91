#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds, then runs
# ctest inside a private D-Bus session with an unlocked gnome-keyring and Qt's offscreen
# platform (scripts/test-session.sh). Extra arguments go to ctest, e.g. -R core.
#
# Two passes, each its own build: the dev preset (gcc), then the asan preset (clang-14,
# AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer), which runs the same tests
# plus the libFuzzer harnesses (label fuzz: seeds replayed, then a bounded fuzzing run).
# Extra arguments go to both, so -R core runs the core tests twice and no fuzzer;
# -LE fuzz skips the fuzzers. Between the passes: the release workflow is validated
# (scripts/check-workflows.sh) and the .deb is built from a Release build in build/package,
# installed, run and removed (scripts/test-package.sh).
#   PARTNERDESK_SANITIZE=0   skip the asan pass (a quicker local run)
#   PARTNERDESK_PACKAGE=0    skip the workflow and .deb checks
#   PARTNERDESK_PRESET=ci    the first pass's preset (default: dev)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

run_preset() {
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    dbus-run-session -- scripts/test-session.sh ctest --preset "$preset" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
}

run_preset "${PARTNERDESK_PRESET:-dev}" "$@"
if [ "${PARTNERDESK_PACKAGE:-1}" != 0 ]; then
    scripts/check-workflows.sh
    scripts/test-package.sh build/package
fi
if [ "${PARTNERDESK_SANITIZE:-1}" != 0 ]; then
    run_preset asan "$@"
fi
