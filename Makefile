# Parallax: the targets a user types. `make demo` and `make test` install what is missing first
# (scripts/setup.sh: silent when everything is present).
PORT ?= 8000
WASM_ENV := $(or $(WASM_TOOLS_DIR),$(HOME)/.cache/wasm-toolchain)/bin/wasm-env
WASM_PACK := $(WASM_ENV) wasm-pack
# wasm-pack must never download: the setup installed the exact wasm-bindgen and wasm-opt.
NO_INSTALL := --mode no-install
# The wasm packages are built for size (opt-level "s"), native code for speed (Cargo.toml's 3):
# in wasm "s" ran the demo as fast as 3 (median 3.4-3.6 ms against 3.5-3.6 ms in Node) for
# 37 kB less gzipped; "z" saved 27 kB more but ran 2.5x slower.
WASM_SIZE := -- --config 'profile.release.opt-level="s"'


.PHONY: setup build package demo test fmt lint unit wasm-test node-test e2e bench size

setup:
	@bash scripts/setup.sh

# Each package is rebuilt only when what goes into it changed: wasm-opt alone takes ~15 s a target.
CRATE := Cargo.toml Cargo.lock $(shell find src -name '*.rs' -o -name '*.d.ts')
ELEMENT := scripts/package.mjs $(wildcard www/*.js www/*.css www/*.d.ts)

build: setup pkg/www/parallax-compare.js

pkg/parallax_bg.wasm: $(CRATE)
	@echo "== wasm-pack build --target web (release, wasm-opt)"
	@$(WASM_PACK) build $(NO_INSTALL) --target web --release --out-dir pkg $(WASM_SIZE)

# The element and the modules it loads, copied into the web package (after each wasm-pack run,
# which rewrites pkg/package.json).
pkg/www/parallax-compare.js: pkg/parallax_bg.wasm $(ELEMENT)
	@node scripts/package.mjs pkg

# The two other wasm-pack targets: Node.js (CommonJS) and bundlers (ESM importing the .wasm).
package: build pkg-node/parallax_bg.wasm pkg-bundler/parallax_bg.wasm

pkg-node/parallax_bg.wasm: $(CRATE)
	@echo "== wasm-pack build --target nodejs (release)"
	@$(WASM_PACK) build $(NO_INSTALL) --target nodejs --release --out-dir pkg-node $(WASM_SIZE)
	@node scripts/package.mjs --notices pkg-node

pkg-bundler/parallax_bg.wasm: $(CRATE)
	@echo "== wasm-pack build --target bundler (release)"
	@$(WASM_PACK) build $(NO_INSTALL) --target bundler --release --out-dir pkg-bundler $(WASM_SIZE)
	@node scripts/package.mjs --notices pkg-bundler

demo: build
	@node scripts/serve.mjs $(PORT)

test: setup fmt lint unit build wasm-test node-test e2e
	@echo "== make test: all passed"

fmt:
	@echo "== cargo fmt --check"
	@cargo fmt --all -- --check

lint:
	@echo "== cargo clippy (native, native on one thread, then wasm32)"
	@cargo clippy --quiet --all-targets -- -D warnings
	@cargo clippy --quiet --all-targets --no-default-features -- -D warnings
	@$(WASM_ENV) cargo clippy --quiet --target wasm32-unknown-unknown --lib --tests -- -D warnings

unit:
	@echo "== cargo test (unit, integration, doc tests), then on one thread (no 'parallel' feature)"
	@cargo test --quiet
	@cargo test --quiet --no-default-features --test compare --test properties

wasm-test:
	@echo "== wasm-pack test --headless --chrome (JS API in headless Chromium)"
	@$(WASM_PACK) test $(NO_INSTALL) --headless --chrome -- --test web

node-test: package
	@echo "== node --test (the three packages) and tsc --noEmit (the declarations, as a consumer)"
	@node --test --test-reporter=dot e2e/node/package.test.mjs
	@node node_modules/typescript/bin/tsc -p e2e/types

e2e:
	@echo "== e2e (playwright-core + Debian Chromium)"
	@node e2e/run.mjs

bench:
	@cargo bench --bench compare

# What the page downloads, file by file, raw and gzipped, against the 350 kB budget.
size: build
	@node scripts/size-report.mjs
