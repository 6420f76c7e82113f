#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; Playwright never downloads a browser here.
# Installs it when missing (as root, from Debian's packages), else says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -x /usr/lib/chromium/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium. Install it as root: apt-get update && apt-get install -y chromium" >&2
exit 1
