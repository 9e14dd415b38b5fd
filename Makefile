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
# Packaging: makensis compiles the Windows installer here too; PyInstaller reads ELF files with objdump.
APT_PACKAGE := $(APT_RUN) binutils nsis

TS_FILES := i18n/tthc_vi.ts i18n/qtbase_vi.ts
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint translations i18n sysdeps-run sysdeps-test clean package bench sysdeps-package

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

# Benchmarks against side-by-side baselines (not part of make test): table + tests/bench/results.json.
bench: sysdeps-test $(VENV)/.test-installed $(VENV)/.bench-installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run.py

$(VENV)/.package-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e . pyinstaller
	touch $@ $(VENV)/.app-installed

$(VENV)/.bench-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q pyinstrument
	touch $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || { $(call apt_install,python3-venv) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.app-installed

sysdeps-run:
	@$(call apt_install,$(APT_RUN))

sysdeps-test:
	@$(call apt_install,$(APT_TEST))

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
