#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the browser tests, once: the test fixture runs this when
# /usr/bin/chromium is missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
"$(dirname "$0")/apt-install.sh" chromium fonts-dejavu-core
command -v chromium
