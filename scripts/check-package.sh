#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the Debian package that `cpack -G DEB` made (scripts/dev.sh package runs this):
# its control fields, its files, the desktop entry, the metainfo and the MIME type validate
# cleanly, its dependencies resolve (apt-get --simulate), and the program runs unpacked
# (dpkg-deb -x into a temporary root, never into this machine's /usr) with no RUNPATH and no
# LD_LIBRARY_PATH.
# usage: scripts/check-package.sh [PACKAGE.deb]   (default: the one in build/release)
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$PWD

fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

if (($#)); then
    deb=$(realpath "$1")
else
    shopt -s nullglob
    debs=(build/release/kombo-coverage_*.deb)
    shopt -u nullglob
    ((${#debs[@]} == 1)) || fail "expected one build/release/kombo-coverage_*.deb, found ${#debs[@]}"
    deb=$repo/${debs[0]}
fi
[[ -f $deb ]] || fail "no package at $deb"
echo "check-package: $deb"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

app_id=io.github.kombocoverage.KomboCoverage
doc=usr/share/doc/kombo-coverage
metainfo=usr/share/metainfo/$app_id.metainfo.xml
desktop=usr/share/applications/$app_id.desktop
mime=usr/share/mime/packages/$app_id.xml
bin=usr/bin/kombo-coverage

field() { dpkg-deb --field "$deb" "$1"; }

step "control fields"
dpkg-deb --field "$deb"
version=$(field Version)
maintainer=$(field Maintainer)
depends=$(field Depends)
recommends=$(field Recommends)
homepage=$(field Homepage)
[[ $maintainer =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ && $maintainer != *.invalid\> ]] ||
    fail "Maintainer is not a real name and address: '$maintainer'"
[[ -n $homepage ]] || fail "no Homepage"
# Computed by dpkg-shlibdeps: the Qt libraries appear with versions.
[[ $depends =~ libqt6core6\ \(\>= ]] || fail "Depends has no computed libqt6core6 (shlibdeps off?)"
for needed in libqt6svg6 libqt6gui6 libsecret-1-0; do
    [[ ", $depends," == *", $needed"[,\ ]* ]] || fail "Depends lacks $needed"
done
for wanted in 'gnome-keyring | kwalletmanager' qt6-translations-l10n; do
    [[ ", $recommends," == *", $wanted,"* ]] || fail "Recommends lacks '$wanted'"
done
# The extended description: lines under the synopsis, none longer than 80 characters.
description=$(field Description)
(($(wc -l <<<"$description") >= 3)) || fail "the extended description is missing or short"
! grep -q '.\{81,\}' <<<"$description" || fail "a Description line is longer than 80 characters"

step "files"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./||')
for path in "$bin" "$desktop" "$metainfo" "$mime" \
    "$doc/copyright" "$doc/changelog.gz" usr/share/man/man1/kombo-coverage.1.gz \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    usr/share/icons/hicolor/{48x48,128x128,256x256}/apps/$app_id.png; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks /$path"
done
! grep -v '^usr/' <<<"$contents" | grep -q . || fail "files outside /usr: $(grep -v '^usr/' <<<"$contents")"
echo "$(grep -vc '/$' <<<"$contents") files, all present"

dpkg-deb -x "$deb" "$root"

step "icons"
for size in 48 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    # The PNG header's width and height (big-endian, bytes 16-23).
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
        awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x$height"
done
echo "48, 128, 256 px and scalable"

step "copyright and changelog"
head -1 "$root/$doc/copyright" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "copyright is not machine-readable (DEP-5)"
grep -q '^License: Expat$' "$root/$doc/copyright" || fail "copyright does not name the licence"
changelog_version=$(zcat "$root/$doc/changelog.gz" | sed -n '1s/^kombo-coverage (\([^)]*\)).*/\1/p')
[[ $changelog_version == "$version" ]] ||
    fail "changelog says '$changelog_version', the package '$version'"
echo "ok"

step "desktop-file-validate"
out=$(desktop-file-validate "$root/$desktop" 2>&1) || fail "desktop-file-validate: $out"
[[ -z $out ]] || fail "desktop-file-validate is not silent: $out"
grep -qx "Exec=kombo-coverage %F" "$root/$desktop" || fail "Exec is not 'kombo-coverage %F'"
# X11 docks match the window's WM_CLASS, which Qt makes of the application name.
grep -qx "StartupWMClass=kombo-coverage" "$root/$desktop" ||
    fail "StartupWMClass is not kombo-coverage, the window's WM_CLASS"
echo "clean"

step "appstreamcli validate --no-net"
# --strict fails on anything above pedantic (errors, warnings, infos).
appstreamcli validate --no-net --strict "$root/$metainfo" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net --strict "$root" || fail "appstreamcli validate-tree"
releases=$(grep -o '<release version="[^"]*"' "$root/$metainfo" | cut -d'"' -f2)
[[ $(head -1 <<<"$releases") == "$version" ]] ||
    fail "the metainfo's newest release is '$(head -1 <<<"$releases")', the package '$version'"
grep -qF "<url type=\"homepage\">$homepage</url>" "$root/$metainfo" ||
    fail "the metainfo's homepage is not the package's ($homepage)"
# Screenshots are referenced on the repository's default branch: each must be in packaging/.
while read -r url; do
    file=packaging/${url#*/packaging/}
    [[ $url == */packaging/screenshots/*.png && -f $repo/$file ]] ||
        fail "screenshot $url is not a file in the repository ($file)"
done < <(grep -o '<image[^>]*>[^<]*</image>' "$root/$metainfo" | sed 's/<[^>]*>//g')

step "MIME type"
mkdir -p "$tmp/mime/packages"
cp "$root/$mime" "$tmp/mime/packages/"
out=$(XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>&1) || fail "update-mime-database: $out"
[[ -z $out ]] || fail "update-mime-database is not silent: $out"
grep -qx '50:application/x-kombo-requirements:\*\.kcreq' "$tmp/mime/globs2" ||
    fail "*.kcreq is not application/x-kombo-requirements"
for type in $(sed -n 's/^MimeType=//p' "$root/$desktop" | tr ';' ' '); do
    [[ $type == application/json ]] || grep -q "^[0-9]*:$type:" "$tmp/mime/globs2" ||
        fail "the desktop entry opens $type, which no MIME package defines"
done
echo "*.kcreq -> application/x-kombo-requirements"

step "man page"
out=$(zcat "$root/usr/share/man/man1/kombo-coverage.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1) ||
    fail "groff: $out"
[[ -z $out ]] || fail "the man page has groff warnings: $out"
zcat "$root/usr/share/man/man1/kombo-coverage.1.gz" | grep -qF 'quit\-after\-paint' ||
    fail "the man page does not list the options of --help"
echo "renders without warnings"

step "RUNPATH and libraries"
dynamic=$(readelf -d "$root/$bin")
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
paths=$(sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]$/\2/p' <<<"$dynamic" | tr ':' '\n')
while read -r path; do
    [[ -z $path || $path =~ ^(/usr)?/lib(32|64|/$multiarch)?$ ]] ||
        fail "RUNPATH/RPATH entry outside the system's library paths: '$path'"
done <<<"$paths"
missing=$(env -u LD_LIBRARY_PATH ldd "$root/$bin" | grep 'not found' || true)
[[ -z $missing ]] || fail "libraries not found: $missing"
echo "RUNPATH: ${paths:-none}; every library found without LD_LIBRARY_PATH"

step "apt-get install --simulate"
out=$(apt-get install --simulate -q "$deb" 2>&1) || { echo "$out"; fail "the dependencies do not resolve"; }
grep -E '^(Inst|Conf) kombo-coverage ' <<<"$out" || { echo "$out"; fail "apt would not install it"; }
# apt skips a Recommends it cannot find without a word: every group needs one it knows.
IFS=',' read -ra groups <<<"$recommends"
for group in "${groups[@]}"; do
    found=
    IFS='|' read -ra alternatives <<<"$group"
    for package in "${alternatives[@]}"; do
        package=${package// /}
        apt-cache show --no-all-versions "${package%%(*}" >/dev/null 2>&1 && found=1
    done
    [[ -n $found ]] || fail "no package of Recommends '$group' is known to apt (apt-get update?)"
done
echo "resolves; every Recommends is known"

step "run the unpacked program"
# Its own home: the settings it saves never land in this machine's.
run() {
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u KOMBO_API_KEY HOME="$tmp/home" \
        XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
        XDG_DATA_HOME="$tmp/home/.local/share" XDG_RUNTIME_DIR="$tmp/runtime" \
        timeout 120 "$root/$bin" "$@"
}
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
got=$(run --version) || fail "kombo-coverage --version"
[[ $got == "kombo-coverage $version" ]] || fail "--version says '$got', the package '$version'"
echo "--version: $got"

run --demo -o - >"$tmp/demo.csv" || fail "kombo-coverage --demo -o - exited with $?"
head -1 "$tmp/demo.csv" | grep -q '^integration_id,' || fail "--demo -o - wrote no CSV header"
(($(wc -l <"$tmp/demo.csv") > 10)) || fail "--demo -o - wrote $(wc -l <"$tmp/demo.csv") lines"
echo "--demo -o -: $(wc -l <"$tmp/demo.csv") CSV lines"

# A saved response opened as a file manager does (Exec=kombo-coverage %F).
json="$tmp/saved response.json"
cp resources/demo/integration.json "$json"
status=0
QT_QPA_PLATFORM=offscreen run "$json" --quit-after-paint || status=$?
((status == 0)) || fail "kombo-coverage FILE.json --quit-after-paint exited with $status"
echo "kombo-coverage FILE.json --quit-after-paint: painted, exit 0"

if command -v lintian >/dev/null; then
    step "lintian (installed here, so it runs too)"
    out=$(lintian --fail-on error,warning "$deb" 2>&1) || { echo "$out"; fail "lintian"; }
    grep -v '^running with root privileges' <<<"$out" || echo "clean"
fi

echo "check-package: OK ($deb)"
