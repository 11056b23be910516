#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a window string is missing from a translation or left unfinished: runs lupdate
# (the build's update_translations target) and compares with the files in the repository,
# which it leaves as they were.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
saved=$(mktemp -d)
trap 'cp "$saved"/*.ts resources/translations/; rm -rf "$saved"' EXIT
cp resources/translations/*.ts "$saved/"

cmake --build "$build" --target update_translations >/dev/null
status=0
for ts in resources/translations/*.ts; do
    if ! cmp -s "$ts" "$saved/$(basename "$ts")"; then
        echo "$ts: lupdate finds strings it does not hold yet; run" \
            "'cmake --build $build --target update_translations' and translate them:" >&2
        diff -u "$saved/$(basename "$ts")" "$ts" | grep '^+.*<source>' >&2 || true
        status=1
    fi
    if grep -q 'type="unfinished"' "$ts"; then
        echo "$ts: $(grep -c 'type="unfinished"' "$ts") unfinished translations" >&2
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "translations complete"
exit $status
