#!/usr/bin/env bash
# Installs Saxon-HE (Debian's libsaxonhe-java) and a headless JRE for the Peppol business-rule tests, once: the test
# fixture runs this when the Saxon jar is missing.
set -euo pipefail
jar=/usr/share/java/Saxon-HE.jar
if [ -f "$jar" ] && command -v java >/dev/null 2>&1; then
  exit 0
fi
"$(dirname "$0")/apt-install.sh" default-jre-headless libsaxonhe-java
test -f "$jar"
