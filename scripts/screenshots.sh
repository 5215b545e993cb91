#!/usr/bin/env bash
# Makes the screenshots in docs/screenshots again: the UI tests that save their interesting
# states (tests/support/ScreenshotSupport.h) run on the test session's private Xvfb
# (scripts/test-session.sh) with Qt's xcb platform, for its real fonts and style, once per look:
#   docs/screenshots/*.png            100 %, the desktop's default light palette (README.md's)
#   docs/screenshots/scale-150/*.png  150 % (QT_SCALE_FACTOR=1.5)
#   docs/screenshots/scale-200/*.png  200 % (QT_SCALE_FACTOR=2)
#   docs/screenshots/dark/*.png       100 %, Fusion with a dark desktop palette
# Installs what is missing and builds the UI tests listed below with the dev preset (build/dev);
# PARTNERDESK_BUILD_DIR=dir uses that already configured build directory instead.
# Nothing in docs/screenshots changes unless every run succeeds.
set -euo pipefail
cd "$(dirname "$0")/.."

# The test functions that save screenshots, per test executable.
captures=(
    "tst_ui_mainwindow demoCustomersAreListedByName tamperedVaultOffersStartOver keptCredentialsComeBackFromTheFileMenu"
    "tst_ui_extensioncodedialog opensOnThePreparationPage countdownFollowsTheClock expiryDisablesCopyAndOffersANewCode customerConnectingShowsSuccess"
    "tst_ui_connectdialog qrCodeAppearsLargeAndCrisp phoneCodeIsShownAndCopied connectingShowsSuccessAndStopsPolling"
    "tst_ui_accountsyncwindow syncReadsEveryPageAndSaysWhatItDid instancesGoneFromTheAccountAreRemovedOnlyWhenConfirmed failurePartWaySaysWhatWasNotDone cancelKeepsThePagesRead emptyListOffersTheSync"
    "tst_ui_statuscheck everyRowGetsItsAnswerAFailureToo cancelKeepsWhatWasFound"
    "tst_ui_disconnectionalerts settingsTurnTheWatcherOnAtOnce disconnectedCustomersAreNotifiedAndShown inTheWindowTheBannerSaysIt"
    "tst_ui_instancedetails subscriptionAndAccountInTheDetails whoIsConnectedIsAskedWhenTheAgentAsks restartAsksFirst disconnectAsksFirst"
)
# Directory, QT_SCALE_FACTOR and, for all but the desktop's default, PARTNERDESK_SCREENSHOT_PALETTE.
looks=(
    "scale-100 1"
    "scale-150 1.5"
    "scale-200 2"
    "dark 1 dark"
)

# Second half, re-entered inside the test session (private D-Bus, unlocked keyring) below.
if [ "${1:-}" = --in-test-session ]; then
    build_dir=$2 staging=$3
    [ -n "${DISPLAY:-}" ] || { echo "screenshots.sh: the test session has no X server (is xvfb installed?)" >&2; exit 1; }
    for look in "${looks[@]}"; do
        read -r directory scale palette <<<"$look"
        for capture in "${captures[@]}"; do
            read -r -a functions <<<"$capture"
            log=$staging/${functions[0]}-$directory.log
            if ! QT_SCALE_FACTOR=$scale PARTNERDESK_SCREENSHOT_PALETTE=$palette PARTNERDESK_SCREENSHOT_DIR=$staging/$directory \
                "$build_dir/tests/ui/${functions[0]}" "${functions[@]:1}" >"$log" 2>&1; then
                cat "$log" >&2
                echo "screenshots.sh: ${functions[0]} failed for $directory" >&2
                exit 1
            fi
        done
    done
    exit 0
fi

start=$SECONDS
scripts/install-deps.sh
if [ -n "${PARTNERDESK_BUILD_DIR:-}" ]; then
    build_dir=$PARTNERDESK_BUILD_DIR
else
    build_dir=build/dev
    cmake --preset dev >/dev/null
fi
targets=()
for capture in "${captures[@]}"; do
    targets+=("${capture%% *}")
done
cmake --build "$build_dir" -j2 --target "${targets[@]}"

staging=$(mktemp -d -t partnerdesk-screenshots.XXXXXX)
trap 'rm -rf "$staging"' EXIT

# Only the scale factor and palette set here may shape the pictures, not the caller's desktop
# (nor its display: the test session brings its own).
unset DISPLAY WAYLAND_DISPLAY QT_SCREEN_SCALE_FACTORS QT_ENABLE_HIGHDPI_SCALING QT_SCALE_FACTOR_ROUNDING_POLICY \
    QT_FONT_DPI QT_STYLE_OVERRIDE QT_QPA_PLATFORMTHEME
QT_QPA_PLATFORM=xcb dbus-run-session -- scripts/test-session.sh scripts/screenshots.sh --in-test-session "$build_dir" "$staging" \
    > >(sed 's/^discover_other_daemon: [0-9]//' | grep -v '^dbus-daemon\[' >&2) 2>&1

# 100 % at the top, where README.md links them; a look's own directory is replaced whole.
cp "$staging"/scale-100/*.png docs/screenshots/
for look in "${looks[@]:1}"; do
    read -r directory _ <<<"$look"
    rm -rf "docs/screenshots/$directory"
    cp -r "$staging/$directory" "docs/screenshots/$directory"
done
echo "screenshots.sh: $(find "$staging" -name '*.png' | wc -l) screenshots in docs/screenshots, $((SECONDS - start)) s" >&2
