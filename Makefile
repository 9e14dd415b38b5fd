# TTHC Desktop — developer commands. The README's two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Qt's runtime libraries and a metric-compatible Times with Vietnamese glyphs (Liberation 2; 1.x lacks them).
APT_RUN  := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
            libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 \
            libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-liberation fonts-liberation2
# What the tests check outputs with: poppler, SoftHSM2 + pkcs11-tool, NSS certutil, LibreOffice, Xvfb,
# openssl (`openssl cms -verify` of the package's manifest.p7s).
APT_TEST := $(APT_RUN) fonts-dejavu-core poppler-utils softhsm2 opensc libnss3-tools \
            libreoffice-calc-nogui libreoffice-writer-nogui xvfb xauth binutils nsis openssl
# The installer test runs the NSIS installer under Wine; NSIS installers are 32-bit, hence wine32 (i386).
APT_WINE := nsis wine wine64 wine32:i386
# Packaging: makensis compiles the Windows installer here too; PyInstaller reads ELF files with objdump.
APT_PACKAGE := $(APT_RUN) binutils nsis

TS_FILES := i18n/tthc_vi.ts i18n/qtbase_vi.ts
QM_FILES := $(TS_FILES:.ts=.qm)

# Dependencies install only from the hashed locks in requirements/, made with uv (`uv pip compile
# --generate-hashes`): one set per OS (linux-*, windows-*) for app, test, bench and package.
# `make lock` re-resolves them keeping current pins; `make lock UPGRADE=--upgrade` moves to the newest.
LOCK_OS := linux
UV_VERSION := 0.13.9
UPGRADE ?=
PIP_LOCKED = $(BIN)/pip install -q --require-hashes -r
# The project itself: no dependencies of its own (all came from the lock), build backend from the lock too.
PIP_SELF = $(BIN)/pip install -q --no-deps --no-build-isolation -e .

.PHONY: run test lint translations i18n sysdeps-run sysdeps-test clean package bench sysdeps-package \
        installer-test sysdeps-wine lock deps-latest

run: sysdeps-run $(VENV)/.app-installed translations
	$(BIN)/tthc-desktop

test: sysdeps-test $(VENV)/.test-installed translations
	$(BIN)/ruff check tthc_desktop tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(VENV)/.test-installed
	$(BIN)/ruff check tthc_desktop tests

translations: $(QM_FILES)

i18n/%.qm: i18n/%.ts $(VENV)/.app-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts from the sources and fill it from i18n/vi/*.json; commit both.
i18n: $(VENV)/.app-installed
	$(BIN)/pyside6-lupdate -silent $$(find tthc_desktop/ui -name '*.py' | sort) -ts i18n/tthc_vi.ts -no-obsolete
	$(BIN)/python i18n/fill_translations.py i18n/tthc_vi.ts i18n/vi/*.json
	$(MAKE) translations

# One-folder bundle (build/dist/tthc-desktop) and the NSIS installer compiled against it.
# NSIS_FLAGS=-DNO_COMPRESSION skips LZMA (the packaging test uses it: same script, same file list).
VERSION = $(shell $(BIN)/python -c 'import tthc_desktop; print(tthc_desktop.__version__)')
NSIS_FLAGS ?=
package: sysdeps-package $(VENV)/.package-installed translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist --workpath build/pyinstaller \
	  packaging/tthc_desktop.spec
	makensis -INPUTCHARSET UTF8 -V2 $(NSIS_FLAGS) -DVERSION=$(VERSION) -DBUNDLE_DIR=$(CURDIR)/build/dist/tthc-desktop \
	  -DOUT_FILE=$(CURDIR)/build/dist/TTHC-Desktop-$(VERSION)-setup.exe packaging/installer.nsi
	@du -sh build/dist/tthc-desktop build/dist/TTHC-Desktop-$(VERSION)-setup.exe

# Install, check, update-while-running and uninstall the NSIS installer under Wine (fake bundle: seconds).
# tests/packaging/test_installer.py runs it, so `make test` does too.
installer-test: sysdeps-wine
	$(PYTHON) tests/packaging/installer_check.py

# Benchmarks against side-by-side baselines (not part of make test): table + tests/bench/results.json.
bench: sysdeps-test $(VENV)/.test-installed $(VENV)/.bench-installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run.py

$(VENV)/.package-installed: requirements/$(LOCK_OS)-package.txt pyproject.toml setup.py | $(VENV)/bin/python
	$(PIP_LOCKED) requirements/$(LOCK_OS)-package.txt
	$(PIP_SELF)
	touch $@ $(VENV)/.app-installed

$(VENV)/.bench-installed: requirements/$(LOCK_OS)-bench.txt pyproject.toml setup.py | $(VENV)/bin/python
	$(PIP_LOCKED) requirements/$(LOCK_OS)-bench.txt
	$(PIP_SELF)
	touch $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || { $(call apt_install,python3-venv) && $(PYTHON) -m venv $(VENV); }

$(VENV)/.app-installed: requirements/$(LOCK_OS)-app.txt pyproject.toml setup.py | $(VENV)/bin/python
	$(PIP_LOCKED) requirements/$(LOCK_OS)-app.txt
	$(PIP_SELF)
	touch $@

$(VENV)/.test-installed: requirements/$(LOCK_OS)-test.txt pyproject.toml setup.py | $(VENV)/bin/python
	$(PIP_LOCKED) requirements/$(LOCK_OS)-test.txt
	$(PIP_SELF)
	touch $@ $(VENV)/.app-installed

# Re-resolve every lock from pyproject.toml (+ requirements/*.in) with uv, for Linux and for Windows.
LOCK_SETS := app test bench package
lock: | $(VENV)/bin/python
	$(BIN)/pip install -q "uv==$(UV_VERSION)"
	@for os in linux windows; do \
	  if [ $$os = linux ]; then plat=x86_64-manylinux_2_36; more=""; else plat=x86_64-pc-windows-msvc; more=requirements/windows.in; fi; \
	  for set in $(LOCK_SETS); do \
	    case $$set in app) ex="";; test) ex="--extra test";; bench) ex="--extra test --extra bench";; package) ex="--extra package";; esac; \
	    echo "lock: requirements/$$os-$$set.txt"; \
	    $(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11 --python-platform $$plat \
	      --custom-compile-command "make lock" $(UPGRADE) $$ex pyproject.toml requirements/build.in $$more \
	      -o requirements/$$os-$$set.txt || exit 1; \
	  done; \
	done

# Drift report (not part of make test): the newest releases in a throwaway venv, the suite run there,
# and which packages differ from the lock. Always exits 0; read its report.
deps-latest: sysdeps-test translations
	$(PYTHON) packaging/deps_latest.py --lock requirements/$(LOCK_OS)-test.txt

sysdeps-run:
	@$(call apt_install,$(APT_RUN))

sysdeps-test: sysdeps-wine
	@$(call apt_install,$(APT_TEST))

# wine32 needs the i386 architecture enabled first (apt_install then runs apt-get update).
sysdeps-wine:
	@if command -v dpkg >/dev/null && ! dpkg --print-foreign-architectures | grep -qx i386; then \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; $$SUDO dpkg --add-architecture i386; fi
	@$(call apt_install,$(APT_WINE))

sysdeps-package:
	@$(call apt_install,$(APT_PACKAGE))

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM_FILES)

# Install the Debian packages that are missing (as root, or through sudo); nothing when all are present.
define apt_install
missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
if [ -n "$$missing" ]; then \
  if ! command -v apt-get >/dev/null; then echo "Thiếu gói hệ thống: $$missing (hãy cài bằng trình quản lý gói của máy)"; exit 1; fi; \
  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
  echo "Cài gói hệ thống: $$missing"; \
  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
fi
endef
