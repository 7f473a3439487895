#!/usr/bin/env bash
# Installs Saxon-HE (Debian's libsaxonhe-java) and a headless JRE for the Peppol business-rule tests, once: the test
# fixture runs this when the Saxon jar is missing (CI and fresh machines run as root; elsewhere sudo is used).
# Waits for the dpkg lock rather than failing when another install is running.
set -euo pipefail
jar=/usr/share/java/Saxon-HE.jar
if [ -f "$jar" ] && command -v java >/dev/null 2>&1; then
  echo "$jar"
  exit 0
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends default-jre-headless libsaxonhe-java >/dev/null
test -f "$jar"
echo "$jar"
