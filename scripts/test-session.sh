#!/usr/bin/env bash
# Runs a command the way the test suite needs the desktop to be: a private D-Bus session
# with an unlocked gnome-keyring (a real Secret Service), a throw-away HOME so no real
# keyring or setting is touched, Qt's offscreen platform, and a private X server (Xvfb) for
# the tests that need a real one (accessibility goes through AT-SPI only on xcb; the AT-SPI
# bus itself is D-Bus-activated on first use). Used by run-tests.sh:
#   dbus-run-session -- scripts/test-session.sh ctest ...
set -euo pipefail

session_home=$(mktemp -d -t partnerdesk-test-home.XXXXXX)
runtime_dir=$(mktemp -d -t partnerdesk-test-runtime.XXXXXX)
chmod 700 "$runtime_dir"
export HOME="$session_home"
export XDG_RUNTIME_DIR="$runtime_dir"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
xvfb_pid=
cleanup() {
    [ -n "${GNOME_KEYRING_CONTROL:-}" ] && pkill -u "$(id -u)" -f "gnome-keyring-daemon.*$runtime_dir" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$session_home" "$runtime_dir"
}
trap cleanup EXIT

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "test-session.sh: run me inside dbus-run-session" >&2
    exit 2
fi

# --unlock with a password on stdin creates the "login" keyring and unlocks it; --start then
# registers the Secret Service on this D-Bus session.
eval "$(printf 'partnerdesk-tests' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

# The Secret Service can take a moment to own its D-Bus name.
for _ in $(seq 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done

# Xvfb picks a free display number itself and writes it to the given file descriptor.
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$runtime_dir/display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$runtime_dir/display" ] && break
        sleep 0.05
    done
    [ -s "$runtime_dir/display" ] && export DISPLAY=":$(head -n1 "$runtime_dir/display")"
fi

# A desktop session starts the AT-SPI bus at login and Qt only joins one that is already
# there, so start it the same way: asking for its address D-Bus-activates it. Its launcher
# puts its socket under XDG_RUNTIME_DIR (else ~/.cache/at-spi/bus, which two sessions at once
# would share), so it gets this session's private directories first.
dbus-update-activation-environment HOME XDG_RUNTIME_DIR XDG_CACHE_HOME XDG_CONFIG_HOME XDG_DATA_HOME >/dev/null 2>&1 || true
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 || true

"$@"
