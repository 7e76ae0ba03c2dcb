#!/usr/bin/env bash
# Build a wheel, install it into a clean venv and run every command from a folder outside the checkout:
# proves the package ships all its modules and data (an editable install cannot show that).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip wheel -q --no-deps -w "$work/dist" "$repo"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/dist/kg-*.whl
cp -r "$repo/seeds" "$work/seeds"
cd "$work"
kg="$work/venv/bin/kg"
"$kg" build seeds -o out --no-html >/dev/null
"$kg" validate out/graph.ttl >/dev/null
"$kg" query funding --store out/store >/dev/null
"$kg" export seeds -f html -o out/page.html >/dev/null
"$kg" stats out/graph.ttl >/dev/null
test -s out/graph.ttl && test -s out/page.html
echo "wheel: installed in a clean venv; build, validate, query, export and stats ran from $work"
