#!/usr/bin/env bash
# Validates every GitHub Actions workflow in .github/workflows against the schema of workflow
# files, with action-validator (npm package @action-validator/cli, the version below). The
# workflows cannot run here; this at least catches what GitHub would reject before running
# anything: a misspelt key, a value of the wrong type, an event or runner setting that does not
# exist. It installs action-validator on first use, outside the source tree:
#   PARTNERDESK_TOOLS_DIR   where (default: ${XDG_CACHE_HOME:-~/.cache}/partnerdesk/npm)
# and Node.js with npm from the distribution (nodejs npm) when there is no npm at all.
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.6.0
tools=${PARTNERDESK_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/partnerdesk/npm}
validator=$tools/node_modules/.bin/action-validator
manifest=$tools/node_modules/@action-validator/cli/package.json

if ! command -v npm >/dev/null; then
    echo "check-workflows.sh: installing Node.js and npm (nodejs npm)" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "check-workflows.sh: need root or sudo to install nodejs npm" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

if [ ! -x "$validator" ] || ! grep -q "\"version\": *\"$version\"" "$manifest" 2>/dev/null; then
    echo "check-workflows.sh: installing @action-validator/cli@$version into $tools" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@action-validator/cli@$version" >&2
fi

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#workflows[@]} -eq 0 ]; then
    echo "check-workflows.sh: no workflow in .github/workflows" >&2
    exit 1
fi
failed=0
for workflow in "${workflows[@]}"; do
    if "$validator" "$workflow"; then
        echo "ok: $workflow"
    else
        echo "FAILED: $workflow" >&2
        failed=1
    fi
done
exit $failed
