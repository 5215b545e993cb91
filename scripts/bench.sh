#!/usr/bin/env bash
# The start-up benchmark, from a fresh clone: installs what is missing, builds a Release build in
# build/release (tests on: the bare reference window lives in tests/bench), then, inside a private
# D-Bus session with a real keychain and Qt's offscreen platform (scripts/test-session.sh), fills
# a profile with 0, 1,000, 10,000 and 100,000 instances through partnerdesk-cli import and times
# `partnerdesk --quit-after-first-paint` on each against a bare Qt Widgets window
# (scripts/bench/run_startup.py); then measures the store itself at 100,000 instances (import,
# opening the list, search keystrokes, edits, status changes, the first secret read:
# tests/bench/bench_store), and the partner account at 10,000 instances against the sandbox process
# on loopback (account sync: all added, all unchanged, some tokens changed; a status check of every
# instance, at most 4 requests at once; peak RSS: tests/bench/bench_account). Writes
# build/release/bench/results.json and results.md (the start-up table, also printed), store.json,
# account.json, and draws docs/benchmarks/startup.png.
#   PARTNERDESK_BENCH_COUNTS="0 1000"   the instance counts (default: 0 1000 10000 100000)
#   PARTNERDESK_BENCH_RUNS=3            measured runs of each program per count (default: 15)
#   PARTNERDESK_BENCH_STORE_ROWS=10000  instances for the store benchmark (default: 100000)
#   PARTNERDESK_BENCH_ACCOUNT_INSTANCES=2000  instances in the account benchmark (default: 10000)
#   CMAKE_BUILD_PARALLEL_LEVEL=1        build jobs (default: 2, as the presets)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build_dir=build/release
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DPARTNERDESK_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
    --target partnerdesk partnerdesk-cli partnerdesk-bench-bare-window bench_store bench_account

dbus-run-session -- scripts/test-session.sh python3 scripts/bench/run_startup.py --build-dir "$build_dir" \
    --counts "${PARTNERDESK_BENCH_COUNTS:-0 1000 10000 100000}" --runs "${PARTNERDESK_BENCH_RUNS:-15}" \
    2> >(grep --line-buffered -v 'Failed to set fd limit' >&2)
dbus-run-session -- scripts/test-session.sh "$build_dir/tests/bench/bench_store" \
    "${PARTNERDESK_BENCH_STORE_ROWS:-100000}" --json "$build_dir/bench/store.json" \
    2> >(grep --line-buffered -v 'Failed to set fd limit' >&2)
dbus-run-session -- scripts/test-session.sh "$build_dir/tests/bench/bench_account" \
    "${PARTNERDESK_BENCH_ACCOUNT_INSTANCES:-10000}" --json "$build_dir/bench/account.json" \
    2> >(grep --line-buffered -v 'Failed to set fd limit' >&2)
python3 scripts/bench/plot_startup.py "$build_dir/bench/results.json" docs/benchmarks/startup.png
echo "Wrote $build_dir/bench/results.json, results.md, store.json, account.json and docs/benchmarks/startup.png" >&2
