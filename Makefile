# omvarld task runner. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
CARGO ?= cargo
FUZZ_SECONDS ?= 60

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

.PHONY: fmt
fmt: ## Format the Rust code
	$(CARGO) fmt --all

.PHONY: lint
lint: ## cargo fmt --check and clippy -D warnings
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --all-features -- -D warnings

.PHONY: schemas
schemas: ## Regenerate the committed JSON Schemas in schemas/
	UPDATE_SCHEMAS=1 $(CARGO) test -q -p omvarld --test schemas

.PHONY: docs
docs: ## Regenerate the code tables in README.md and docs/standard.md, and its "Codes explained", from the catalogue
	UPDATE_DOCS=1 $(CARGO) test -q -p omvarld --test code_tables

.PHONY: doc
doc: ## rustdoc with warnings denied
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps -p omvarld --all-features

.PHONY: test-rust
test-rust: ## Rust tests (unit, integration, doctests, schema drift, fixtures, property tests)
	$(CARGO) test --workspace --all-features

.PHONY: package
package: ## cargo package for omvarld, omvarld-tables and omvarld-cli: builds the crates as crates.io would get them
	@# cargo treats a registry crate of a given version as immutable: it reuses
	@# an omvarld-X.Y.Z unpacked under CARGO_HOME/registry/src/-<hash>/ and
	@# one compiled in the target directory by an earlier run, so the CLI would
	@# be verified against stale sources. Remove those unpacked copies of our
	@# crates and verify in a target directory of its own, new each time.
	rm -rf "$${CARGO_HOME:-$$HOME/.cargo}"/registry/src/-*/omvarld-* target/package-check
	CARGO_TARGET_DIR=target/package-check $(CARGO) package --workspace --exclude omvarld-python --allow-dirty -q

.PHONY: test
test: lint doc test-rust test-python package ## Everything CI runs

BENCH_DOCS ?= $(CURDIR)/target/bench-docs

.PHONY: bench
bench: ## Criterion benchmarks, then the serde_json baseline built apart in bench-baseline/ (results: BENCHMARKS.md)
	$(CARGO) bench -p omvarld --features testing
	OMVARLD_BENCH_WRITE="$(BENCH_DOCS)" $(CARGO) bench -p omvarld --features testing --bench validate
	$(CARGO) run --release --manifest-path bench-baseline/Cargo.toml -- "$(BENCH_DOCS)"
	$(CARGO) test --release -p omvarld-cli --test big -- --ignored

.PHONY: stress
stress: venv ## Slow bad-input and property tests (ignored by default) in release mode; the pre-commit hook under real pre-commit (from .venv)
	$(CARGO) test --release -p omvarld --all-features -- --ignored
	PATH="$(abspath $(VENV))/bin:$$PATH" $(CARGO) test --release -p omvarld-cli --test editor -- --ignored

# The commit that published omvarld 1.0.0 (by hash: tags may not travel with clones).
SEMVER_BASELINE ?= abd677b

.PHONY: semver
semver: ## Breaking API changes in omvarld since 1.0.0 (cargo-semver-checks against SEMVER_BASELINE); not part of `test`
	@command -v cargo-semver-checks >/dev/null || $(CARGO) install cargo-semver-checks --locked
	$(CARGO) semver-checks check-release -p omvarld --baseline-rev $(SEMVER_BASELINE)

# ---- Python binding (bindings/python) -------------------------------------
VENV ?= .venv
VENV_PY := $(VENV)/bin/python
PYTHON ?= python3

$(VENV)/.installed: bindings/python/requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install -q --upgrade pip
	$(VENV_PY) -m pip install -q -r bindings/python/requirements-dev.txt
	touch $@

.PHONY: venv
venv: $(VENV)/.installed ## Python venv (.venv) with maturin, pytest, mypy, pandas, nbclient…

.PHONY: build-dev
build-dev: venv ## Build the Python binding into .venv (maturin develop --release)
	VIRTUAL_ENV=$(abspath $(VENV)) $(VENV)/bin/maturin develop --release -q -m bindings/python/Cargo.toml

.PHONY: test-python
test-python: build-dev ## Python binding: pytest, stubtest, mypy --strict on the example, the notebook
	$(VENV_PY) -m pytest -q bindings/python/tests
	$(VENV_PY) -m mypy.stubtest omvarld --allowlist bindings/python/stubtest-allowlist.txt
	$(VENV_PY) -m mypy --strict bindings/python/examples/analyst.py
	$(VENV_PY) bindings/python/tests/run_notebook.py bindings/python/examples/analyst.ipynb

# Release artefacts. Slow (a release build each) and so not part of `test`.
# Their tools live in a venv of their own. pyproject.toml asks for
# manylinux2014; zig (from the `ziglang` wheel) links against glibc 2.17, so
# the wheel gets that tag on any build host.
RELEASE_VENV ?= target/release-tools
RELEASE_TOOLS := "maturin>=1.5,<2" "ziglang>=0.13" "auditwheel>=6"
RELEASE_PY := $(RELEASE_VENV)/bin/python
# maturin runs `python3 -m ziglang` unless told which Python has it.
MATURIN := CARGO_ZIGBUILD_PYTHON_PATH=$(abspath $(RELEASE_PY)) $(RELEASE_VENV)/bin/maturin
ARCH := $(shell uname -m)
WHEEL_DIR := target/wheels-check
SDIST_DIR := target/sdist-check
# The clean venvs that install the artefacts; imports run from /tmp so that
# nothing but the installed package can answer `import omvarld`.
IMPORT_CHECK := import omvarld; assert omvarld.malmo().validate().valid

$(RELEASE_VENV)/.installed:
	$(PYTHON) -m venv $(RELEASE_VENV)
	$(RELEASE_PY) -m pip install -q --upgrade pip
	$(RELEASE_PY) -m pip install -q $(RELEASE_TOOLS)
	touch $@

.PHONY: wheel-check
wheel-check: $(RELEASE_VENV)/.installed ## manylinux2014 abi3 wheel (maturin --zig), auditwheel show, install with [pandas] in a clean venv, import
	rm -rf $(WHEEL_DIR) target/wheel-venv
	$(MATURIN) build --release --zig -q -m bindings/python/Cargo.toml -o $(WHEEL_DIR)
	@whl=$$(ls $(WHEEL_DIR)/*.whl) && echo "wheel: $$(basename $$whl)" && \
	  [[ $$whl == *-cp311-abi3-manylinux2014_$(ARCH).*.whl ]] || { echo "not a cp311-abi3-manylinux2014 wheel"; exit 1; }
	$(RELEASE_VENV)/bin/auditwheel show $(WHEEL_DIR)/*.whl | tee $(WHEEL_DIR)/auditwheel.txt
	@tr -s ' \n' ' ' < $(WHEEL_DIR)/auditwheel.txt | grep -q 'consistent with the following platform tag: "manylinux_2_17_$(ARCH)"' \
	  || { echo "auditwheel does not confirm manylinux_2_17_$(ARCH) (manylinux2014)"; exit 1; }
	@unzip -l $(WHEEL_DIR)/*.whl | grep -E 'dist-info/licenses/LICENSE-(MIT|APACHE)$$' | wc -l | grep -qx 2 \
	  || { echo "LICENSE-MIT/LICENSE-APACHE missing from the wheel's .dist-info"; exit 1; }
	$(PYTHON) -m venv target/wheel-venv
	target/wheel-venv/bin/pip install -q "$$(ls $(WHEEL_DIR)/*.whl)[pandas]"
	cd /tmp && $(abspath target/wheel-venv)/bin/python -c "$(IMPORT_CHECK); import pandas; print('wheel ok: omvarld', omvarld.__version__, '+ pandas', pandas.__version__)"

.PHONY: sdist-check
sdist-check: $(RELEASE_VENV)/.installed ## maturin sdist (workspace crates and licences as files), pip install it in a clean venv (compiles), import
	rm -rf $(SDIST_DIR) target/sdist-venv
	$(MATURIN) sdist -m bindings/python/Cargo.toml -o $(SDIST_DIR)
	@sdist=$$(ls $(SDIST_DIR)/*.tar.gz) && echo "sdist: $$(basename $$sdist), $$(du -h $$sdist | cut -f1)" && \
	  root=$$(basename $$sdist .tar.gz) && \
	  for f in LICENSE-MIT LICENSE-APACHE bindings/python/LICENSE-MIT bindings/python/LICENSE-APACHE \
	           pyproject.toml Cargo.lock crates/omvarld/Cargo.toml; do \
	    tar tvzf $$sdist "$$root/$$f" 2>/dev/null | grep -q '^-' || { echo "$$f missing from the sdist or not a plain file"; exit 1; }; \
	  done
	$(PYTHON) -m venv target/sdist-venv
	target/sdist-venv/bin/pip install -q $(SDIST_DIR)/*.tar.gz
	cd /tmp && $(abspath target/sdist-venv)/bin/python -c "$(IMPORT_CHECK); print('sdist ok: omvarld', omvarld.__version__)"

.PHONY: bench-python
bench-python: build-dev ## Python binding benchmark against pydantic, orjson, jsonschema
	$(VENV_PY) bindings/python/bench/bench.py

FUZZ_TARGETS := parse_validate mutated round_trip import kolada

.PHONY: fuzz
fuzz: ## Run each fuzz target for FUZZ_SECONDS (default 60), seeded from tests/fixtures (stable toolchain, no sanitizer)
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t; \
	  if [ $$t = kolada ]; then seeds="crates/omvarld-kolada/tests/data/*"; else seeds="tests/fixtures/valid/*.json tests/fixtures/invalid/*.json"; fi; \
	  cp $$seeds fuzz/corpus/$$t/ 2>/dev/null; \
	  (cd fuzz && $(CARGO) fuzz run -s none $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536) || exit 1; \
	done
