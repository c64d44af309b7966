#!/usr/bin/env bash
# Installs everything a fresh Debian/Ubuntu machine lacks to build, run and test Marsad:
# system libraries (apt), the front end's and the test runner's npm packages, and tauri-driver.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev librsvg2-dev
  xvfb xauth webkit2gtk-driver imagemagick poppler-utils fonts-noto-core fonts-hosny-amiri
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || { echo "setup: Rust is missing: install it from https://rustup.rs" >&2; exit 2; }
rustup component add rustfmt clippy >/dev/null 2>&1 || true

npm ci --no-audit --no-fund --loglevel=error
npm --prefix ui ci --no-audit --no-fund --loglevel=error

if ! command -v tauri-driver >/dev/null; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi
echo "setup: done"
