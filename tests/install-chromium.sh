#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the dashboard screenshot test, once: the test fixture runs
# this when /usr/bin/chromium is missing (CI and fresh machines run as root; elsewhere sudo is used).
# Waits for the dpkg lock rather than failing when another install is running.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
command -v chromium
