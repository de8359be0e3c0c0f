#!/usr/bin/env bash
# A WordPress site for tests/e2e/docstacks.test.mjs, from Debian's packages
# (wordpress, mariadb-server, apache2, libapache2-mod-php, php-mysql:
# scripts/lib.sh installs them): a fresh database, the project's plugin with
# the package's files, an Administrator and an Author, each with an
# application password for the REST API. Runs as root.
# Usage: tests/docs-stacks/wordpress/setup.sh PORT PACKAGE_DIR   (prints the site's facts as JSON)
set -euo pipefail
port="$1" package="$2"
here="$(cd "$(dirname "$0")" && pwd)"
host="127.0.0.1"
db="spw_wp_$port"
content="/var/lib/wordpress/wp-content"

# The database server, started if it is not running.
if ! mysqladmin ping >/dev/null 2>&1; then
  (service mariadb start || service mysql start) >/dev/null 2>&1 || (mysqld_safe >/dev/null 2>&1 &)
  for _ in $(seq 1 60); do mysqladmin ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
mysql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db;
  CREATE USER IF NOT EXISTS 'spw'@'localhost' IDENTIFIED BY 'spw-test';
  GRANT ALL ON \`spw\_wp\_%\`.* TO 'spw'@'localhost';"

# Debian's wordpress reads /etc/wordpress/config-HOST.php for the host asked for.
cat > "/etc/wordpress/config-$host.php" <<PHP
<?php
define('DB_NAME', '$db');
define('DB_USER', 'spw');
define('DB_PASSWORD', 'spw-test');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '$content');
define('WP_HOME', 'http://$host:$port');
define('WP_SITEURL', 'http://$host:$port');
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain HTTP
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
\$table_prefix = 'wp_';
PHP

# The plugin: its PHP file and the package's files a page loads.
plugin="$content/plugins/support-policy-widget"
rm -rf "$plugin" && mkdir -p "$plugin"
cp "$package/wordpress/support-policy-widget.php" "$plugin/"
cp -r "$package/support-policy-widget.js" "$package/pkg" "$package/lang" "$package/zones" "$plugin/"
chown -R www-data:www-data "$content" 2>/dev/null || true

# Apache on its own port, serving Debian's WordPress (earlier runs' sites gone).
for old in /etc/apache2/sites-available/spw-wordpress-*.conf; do
  [ -e "$old" ] || continue
  a2dissite -q "$(basename "$old" .conf)" >/dev/null 2>&1 || true
  rm -f "$old"
done
conf="/etc/apache2/sites-available/spw-wordpress-$port.conf"
cat > "$conf" <<CONF
Listen $host:$port
<VirtualHost $host:$port>
  DocumentRoot /usr/share/wordpress
  Alias /wp-content $content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride All
    Require all granted
  </Directory>
  <Directory $content>
    Options FollowSymLinks
    Require all granted
  </Directory>
  AddType application/wasm .wasm
</VirtualHost>
CONF
a2ensite -q "spw-wordpress-$port" >/dev/null
if apachectl status >/dev/null 2>&1 || pgrep -x apache2 >/dev/null; then apachectl graceful; else apachectl start; fi
for _ in $(seq 1 60); do curl -s -o /dev/null "http://$host:$port/wp-login.php" && break; sleep 0.25; done

# WordPress installed, the plugin on, the two users and their passwords.
HTTP_HOST="$host:$port" php "$here/install.php"
