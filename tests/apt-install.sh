#!/usr/bin/env bash
# Installs the Debian packages a test fixture needs: as root (CI and fresh machines) or through sudo elsewhere,
# waiting for the dpkg lock rather than failing when another install is running.
set -euo pipefail
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >/dev/null
