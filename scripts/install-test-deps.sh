#!/usr/bin/env bash
# What the test suites need beyond npm, from Debian's packages: Chromium for the browser suites
# (else the one inside @sparticuz/chromium is used), and PHP, MariaDB and WordPress for the
# WordPress plugin's suite (test/wordpress starts and stops them itself, loopback only).
# Installs only what is missing, and only as root with apt-get; otherwise says what is missing.
set -u
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
php -m 2>/dev/null | grep -qi '^mysqli$' || missing+=(php-mysql)
[ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing the test suites' Debian packages: ${missing[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
    || echo "could not install ${missing[*]}: the suites that need them will say what is missing"
else
  echo "the test suites need these Debian packages: ${missing[*]} (apt-get install ${missing[*]}; Chromium can be left to @sparticuz/chromium)"
fi
exit 0
