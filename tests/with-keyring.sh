#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command against a real Secret Service: a private D-Bus session and a gnome-keyring
# unlocked with a throw-away password, in a throw-away HOME, so no test ever touches the
# keyring of the person running it.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- sh -c '
    printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
