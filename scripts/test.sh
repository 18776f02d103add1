#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium and Fashion-MNIST, the pip requirements) and runs
# every test: lint, unit, page (AppTest) and real-browser (Playwright + Chromium) tests.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
APT_PACKAGES="chromium chromium-driver dataset-fashion-mnist fonts-noto-cjk nginx"
missing=""
for pkg in $APT_PACKAGES; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  echo "== apt-get install$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

echo "== pip install -r requirements-dev.txt"
python3 -m pip install -q --disable-pip-version-check -r requirements-dev.txt

echo "== ruff"
python3 -m ruff check .

echo "== pytest"
export TF_CPP_MIN_LOG_LEVEL=2
python3 -m pytest "$@"
