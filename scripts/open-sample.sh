#!/usr/bin/env bash
# Builds Marsad (UI embedded) and opens it on a ready sample workspace.
# The workspace is the app's own (~/.local/share/org.marsad.workstation) unless MARSAD_DATA_DIR is set;
# the sample articles are imported into it when it is empty.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tauri build --debug --no-bundle
cargo build -p marsad-cli
count=$(target/debug/marsad articles --json | grep -c '"id"' || true)
if [ "${count:-0}" -eq 0 ]; then
  target/debug/marsad import src-tauri/resources/samples
fi
exec target/debug/marsad-desktop
