#!/usr/bin/env bash
# The .deb, end to end: builds it with CPack from a build directory, checks what is in it
# (files, control fields, stripped binaries, icons, copyright, desktop entry and AppStream
# metainfo with their validators), installs it with apt-get, runs the installed programs with
# no display and no D-Bus (Qt's offscreen platform, a throw-away HOME), and removes it again,
# checking that nothing is left. Needs root, or sudo, for apt-get; installs into /usr.
#
#   scripts/test-package.sh [BUILD_DIR]     default build/release
#
# BUILD_DIR may be any build that is not a sanitizer build, e.g. build/dev right after
# run-tests.sh built it (nothing is built again then). When BUILD_DIR has no build yet, it is
# configured as a Release build without the tests. The .deb is left in BUILD_DIR/package.
set -euo pipefail
# BUILD_DIR as given, from where the script was started
build=$(realpath -m "${1:-$(dirname "$0")/../build/release}")
cd "$(dirname "$0")/.."
source_dir=$(pwd -P)

die() {
    echo "test-package.sh: $*" >&2
    exit 1
}
step() { echo "-- $*"; }

app_id=io.github.partnerdesk.PartnerDesk
icon_sizes=(16 24 32 48 64 128 256 512)

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install and remove the package"
    sudo=(sudo)
fi
for tool in cmake cpack dpkg-deb dpkg-shlibdeps dpkg-query apt-get file desktop-file-validate appstreamcli timeout; do
    command -v "$tool" >/dev/null || die "$tool is missing: run scripts/install-deps.sh"
done

work=$(mktemp -d -t partnerdesk-package.XXXXXX)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        echo "test-package.sh: removing the package after the failure" >&2
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq partnerdesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Build
if [ ! -f "$build/CMakeCache.txt" ]; then
    step "configuring $build: Release, without the tests"
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARTNERDESK_BUILD_TESTS=OFF >"$work/configure.log" 2>&1 ||
        { cat "$work/configure.log" >&2; die "configuring $build failed"; }
fi
build=$(cd "$build" && pwd -P)
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
[ "$(cache_value CMAKE_HOME_DIRECTORY)" = "$source_dir" ] || die "$build is a build of $(cache_value CMAKE_HOME_DIRECTORY), not of $source_dir"
[ -z "$(cache_value PARTNERDESK_SANITIZERS)" ] || die "$build is a sanitizer build: package a dev, ci or release build"
step "building $build"
cmake --build "$build" --parallel "$(nproc)" >"$work/build.log" 2>&1 ||
    { tail -n 60 "$work/build.log" >&2; die "the build in $build failed"; }
# Read after the build, which configures again if the project's version changed.
version=$(cache_value CMAKE_PROJECT_VERSION)
homepage=$(cache_value CMAKE_PROJECT_HOMEPAGE_URL)
[ -n "$version" ] || die "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"

# Package
package_dir=$build/package
rm -f "$package_dir"/partnerdesk_*.deb
step "cpack -G DEB in $build"
(cd "$build" && cpack -G DEB -B "$package_dir") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; die "cpack -G DEB failed in $build"; }
deb=$package_dir/partnerdesk_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || die "cpack made no $deb (see $package_dir)"

# Control fields
field() { dpkg-deb -f "$deb" "$1"; }
has_relation() { grep -qE "(^|[,|] *)$2( |,|\$)" <<<"$1"; }
[ "$(field Package)" = partnerdesk ] || die "Package is '$(field Package)', not partnerdesk"
[ "$(field Version)" = "$version" ] || die "Version is '$(field Version)', not the project's $version"
[ "$(field Homepage)" = "$homepage" ] || die "Homepage is '$(field Homepage)', not the project's $homepage"
[ -n "$(field Maintainer)" ] || die "no Maintainer"
[ -n "$(field Section)" ] || die "no Section"
depends=$(field Depends)
# The linked libraries (dpkg-shlibdeps) and those loaded at run time (linux.cmake)
for dependency in libqt6widgets6 libqt6gui6 libqt6network6 libqt6keychain1 libsodium23 \
    libsecret-1-0 qt6-translations-l10n libqt6svg6 libqt6sql6-sqlite; do
    has_relation "$depends" "$dependency" || die "Depends has no $dependency: $depends"
done
has_relation "$(field Recommends)" gnome-keyring || die "Recommends has no Secret Service (gnome-keyring): $(field Recommends)"

# Files: exactly these, all root's, all under /usr
expected=(
    usr/bin/partnerdesk
    usr/bin/partnerdesk-cli
    "usr/share/applications/$app_id.desktop"
    usr/share/doc/partnerdesk/changelog.gz
    usr/share/doc/partnerdesk/copyright
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/metainfo/$app_id.metainfo.xml"
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
dpkg-deb -c "$deb" >"$work/contents"
grep -v '^d' "$work/contents" | awk '{print $6}' | sed 's|^\./||' | sort >"$work/files"
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
if grep -q 'partnerdesk-sandbox' "$work/files"; then
    die "the package contains the sandbox server: $(grep partnerdesk-sandbox "$work/files" | tr '\n' ' ')"
fi
if ! diff -u "$work/expected" "$work/files" >"$work/files.diff"; then
    cat "$work/files.diff" >&2
    die "the package's files are not the expected ones (- missing, + unexpected)"
fi
if awk '$2 != "root/root"' "$work/contents" | grep -q .; then
    die "files not owned by root/root: $(awk '$2 != "root/root" {print $6}' "$work/contents" | tr '\n' ' ')"
fi
if awk '{print $6}' "$work/contents" | grep -vE '^\./(usr(/.*)?)?$' | grep -q .; then
    die "files outside /usr: $(awk '{print $6}' "$work/contents" | grep -vE '^\./(usr(/.*)?)?$' | tr '\n' ' ')"
fi

root=$work/root
dpkg-deb -x "$deb" "$root"
for program in partnerdesk partnerdesk-cli; do
    description=$(file -b "$root/usr/bin/$program")
    grep -q ', stripped' <<<"$description" || die "usr/bin/$program is not stripped: $description"
done
for size in "${icon_sizes[@]}"; do
    icon=usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    description=$(file -b "$root/$icon")
    grep -q "^PNG image data, $size x $size," <<<"$description" || die "$icon is not a $size x $size PNG: $description"
done
grep -q 'SVG' <<<"$(file -b "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg")" || die "the scalable icon is not an SVG"

copyright=$root/usr/share/doc/partnerdesk/copyright
[ "$(head -n1 "$copyright")" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] ||
    die "usr/share/doc/partnerdesk/copyright is not in the machine-readable format (DEP-5)"
for license in MIT ISC OFL-1.1; do
    grep -qx "License: $license" "$copyright" || die "usr/share/doc/partnerdesk/copyright has no License: $license paragraph"
done

zcat "$root/usr/share/doc/partnerdesk/changelog.gz" | head -n1 | grep -qF "partnerdesk ($version) " ||
    die "usr/share/doc/partnerdesk/changelog.gz does not start with version $version"

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
grep -q "<release version=\"$version\" date=\"[0-9-]*\"/>" "$metainfo" || die "the metainfo has no release $version with a date"
screenshots=$(grep -o '<image type="source">[^<]*</image>' "$metainfo" | sed 's|<[^>]*>||g')
[ -n "$screenshots" ] || die "the metainfo has no screenshots"
for url in $screenshots; do
    case "$url" in
        */docs/screenshots/*) [ -f "docs/screenshots/${url##*/docs/screenshots/}" ] || die "screenshot $url: no such file in docs/screenshots" ;;
        *) die "screenshot $url is not one of docs/screenshots" ;;
    esac
done
step "appstreamcli validate-tree --pedantic --no-net (the package's files)"
appstreamcli validate-tree --pedantic --no-net "$root" || die "appstreamcli validate-tree failed on the package's files"

# Install
if dpkg-query -W -f='${Status}' partnerdesk 2>/dev/null | grep -q 'install ok installed'; then
    step "partnerdesk $(dpkg-query -W -f='${Version}' partnerdesk) is installed: removing it first"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq partnerdesk >/dev/null ||
        die "could not remove the partnerdesk package already installed"
fi
[ ! -e /usr/bin/partnerdesk-sandbox ] || die "/usr/bin/partnerdesk-sandbox is there before installing: remove it (it is no package's)"
step "apt-get install $deb"
chmod a+r "$deb"
installed=1
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; die "apt-get install $deb failed"; }
dpkg-query -W -f='${Status} ${Version}\n' partnerdesk | grep -qx "install ok installed $version" ||
    die "after apt-get install, partnerdesk $version is not installed: $(dpkg-query -W -f='${Status} ${Version}' partnerdesk 2>&1)"
dpkg -L partnerdesk >"$work/owned"
for file in "${expected[@]}"; do
    grep -qx "/$file" "$work/owned" || die "dpkg -L partnerdesk does not list /$file"
    [ -f "/$file" ] || die "/$file is not there after installing"
done

step "desktop-file-validate /usr/share/applications/$app_id.desktop"
desktop_report=$(desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1) ||
    die "desktop-file-validate failed: $desktop_report"
[ -z "$desktop_report" ] || die "desktop-file-validate: $desktop_report"
step "appstreamcli validate --pedantic --strict --no-net /usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --pedantic --strict --no-net "/usr/share/metainfo/$app_id.metainfo.xml" ||
    die "appstreamcli validate failed on /usr/share/metainfo/$app_id.metainfo.xml"

# Run the installed programs as a new user would: nothing from this shell's environment (no
# build directory, no D-Bus session, no display), a HOME of their own.
home=$work/home
runtime=$work/runtime
mkdir -p "$home" "$runtime"
chmod 700 "$runtime"
run_installed() {
    local what=$1
    shift
    local status=0
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$runtime" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        timeout 120 "$@" >"$work/out" 2>"$work/err" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$work/out" "$work/err" >&2
        [ "$status" -eq 124 ] && die "$what: '$*' did not exit within 120 s"
        die "$what: '$*' exited with $status"
    fi
}
step "running the installed programs"
[ "$(env -i PATH=/usr/bin:/bin sh -c 'command -v partnerdesk-sandbox' || true)" = "" ] || die "partnerdesk-sandbox is on the PATH"
run_installed "the version" /usr/bin/partnerdesk --version
[ "$(cat "$work/out")" = "partnerdesk $version" ] || die "partnerdesk --version printed '$(cat "$work/out")', not 'partnerdesk $version'"
run_installed "the CLI's help" /usr/bin/partnerdesk-cli --help
grep -q '^Usage: partnerdesk-cli' "$work/out" || die "partnerdesk-cli --help printed no usage: $(head -n3 "$work/out")"
run_installed "the CLI's version" /usr/bin/partnerdesk-cli --version
grep -qF "$version" "$work/out" || die "partnerdesk-cli --version printed '$(cat "$work/out")', not $version"
run_installed "the window" /usr/bin/partnerdesk --quit-after-first-paint --profile package-test
[ -f "$home/.local/share/PartnerDesk/partnerdesk/profiles/package-test/partnerdesk.db" ] ||
    die "partnerdesk --profile package-test made no profile database under \$HOME/.local/share"
run_installed "demo mode" /usr/bin/partnerdesk --demo --quit-after-first-paint

# Remove
step "apt-get remove --purge partnerdesk"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq partnerdesk >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; die "apt-get remove --purge partnerdesk failed"; }
installed=0
status=$(dpkg-query -W -f='${Status}' partnerdesk 2>/dev/null || true)
case "$status" in
    "" | *not-installed) ;;
    *) die "partnerdesk is still known to dpkg after apt-get remove --purge: $status" ;;
esac
for file in "${expected[@]}"; do
    [ ! -e "/$file" ] || die "/$file is still there after apt-get remove --purge"
done
[ ! -e /usr/share/doc/partnerdesk ] || die "/usr/share/doc/partnerdesk is still there after apt-get remove --purge"

echo "test-package.sh: $(basename "$deb") built, checked, installed, run and removed: passed"
echo "test-package.sh: the package is $deb"
