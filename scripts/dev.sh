#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up a Debian 12 machine for Kombo Coverage, builds it, and then either opens the app on
# the bundled demo (`demo`), runs the whole test suite (`test`), runs it again built with
# AddressSanitizer and UndefinedBehaviorSanitizer (`test-asan`, which CI runs too), or builds the
# Debian package and checks it (`package`, which CI runs too: build/release/kombo-coverage_*.deb).
set -euo pipefail

cd "$(dirname "$0")/.."

# Everything the build, the tests and the app need from Debian.
packages=(
    cmake ninja-build g++ pkg-config dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libgl-dev libsimdjson-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon qt6-translations-l10n
    fonts-dejavu-core
    # The package (`package`): its man page and PNG icons, and scripts/check-package.sh.
    help2man librsvg2-bin desktop-file-utils appstream shared-mime-info groff-base
)

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures and builds one CMake preset (default, asan, ...); further arguments go to cmake.
build() {
    local preset=$1 strict=OFF
    shift
    [[ ${CI:-} == true ]] && strict=ON
    cmake --preset "$preset" -DKOMBO_WARNINGS_AS_ERRORS="$strict" "$@"
    cmake --build --preset "$preset"
}

case "${1:-}" in
demo)
    install_missing_packages
    build default
    exec ./build/default/app/kombo-coverage --demo
    ;;
test)
    install_missing_packages
    build default
    ctest --preset default
    ./scripts/check-translations.sh build/default
    ;;
test-asan)
    install_missing_packages
    build asan
    ctest --preset asan
    ;;
package)
    install_missing_packages
    # The package holds no tests, so the release build leaves them out (benchmarks: configure
    # the release preset again with -DKOMBO_BUILD_TESTS=ON).
    build release -DKOMBO_BUILD_TESTS=OFF
    rm -f build/release/kombo-coverage_*.deb
    (cd build/release && cpack -G DEB)
    exec ./scripts/check-package.sh
    ;;
*)
    echo "usage: $0 demo|test|test-asan|package" >&2
    exit 2
    ;;
esac
