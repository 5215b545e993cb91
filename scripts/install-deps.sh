#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Partner Desk needs to build, run and test, and only
# those that are missing, so a second run costs a second.
set -euo pipefail

packages=(
    # build
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsodium-dev libphonenumber-dev libicu-dev libgl-dev libxkbcommon-dev
    # run: Qt's own translations, SVG icons, platform plugins, the SQLite driver of Qt SQL
    # (each profile is one SQLite database), the Secret Service client
    qt6-translations-l10n libqt6svg6 qt6-qpa-plugins libqt6sql6-sqlite libsecret-1-0 fonts-dejavu-core
    # test: a private D-Bus session with a real keyring, secret-tool to inspect it,
    # openssl to make throw-away certificates for the TLS tests
    dbus dbus-bin gnome-keyring libsecret-tools openssl
    # a virtual X server for the xcb platform (the accessibility tests, scripts/screenshots.sh)
    # and the AT-SPI accessibility bus a screen reader listens on
    xvfb at-spi2-core
    # sanitizer pass and fuzzing (asan preset): clang, and libclang-rt-14-dev for the ASan,
    # UBSan and LSan runtimes and libFuzzer (libclang_rt.fuzzer-x86_64.a)
    clang-14 libclang-rt-14-dev
    # benchmarks (scripts/bench.sh): the start-up chart
    gnuplot-nox
    # packaging (scripts/test-package.sh): the .deb's checks
    desktop-file-utils appstream dpkg-dev file
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
