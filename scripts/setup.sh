#!/usr/bin/env bash
# Installs whatever Parallax's build and tests need, then records a stamp so the next run is a
# silent no-op (< 0.1 s). Everything comes from the package registries only: Debian (chromium,
# chromium-driver), crates.io (wasm-bindgen-cli pinned to Cargo.lock, wasm-pack), npm
# (binaryen for wasm-opt, playwright-core and typescript from package-lock.json), and rustup's
# wasm32 target (with Debian's rustc-web + build-std as the fallback route).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${WASM_TOOLS_DIR:-$HOME/.cache/wasm-toolchain}"
export WASM_TOOLS_DIR="$TOOLS"

fail() { echo "setup: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is missing: $2"; }

need cargo "install Rust with rustup (https://rustup.rs is not reachable here: use the machine's toolchain)"
need node "install Node.js 18+ (apt-get install nodejs npm)"
need npm "install npm (apt-get install npm)"

# The stamp covers everything that decides what gets installed.
stamp_of() {
  cat scripts/setup-toolchain.sh package-lock.json 2>/dev/null
  awk '$1=="name" && $3=="\"wasm-bindgen\"" {getline; print}' Cargo.lock
  rustc --version
}
want="$(stamp_of | sha256sum | cut -c1-16)"
have="$(cat "$TOOLS/parallax.stamp" 2>/dev/null || true)"
if [ "$want" = "$have" ] && [ -x "$TOOLS/bin/wasm-env" ] && [ -d node_modules/playwright-core ] \
   && [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

echo "setup: installing the toolchain (first run takes ~10 minutes on 2 cores; later runs skip this)" >&2
bash scripts/setup-toolchain.sh . || fail "toolchain setup failed (see the lines above and $TOOLS/logs/)"
echo "setup: npm ci (playwright-core, typescript)" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci failed: is the npm registry reachable?"
mkdir -p "$TOOLS" && echo "$want" > "$TOOLS/parallax.stamp"
echo "setup: done" >&2
