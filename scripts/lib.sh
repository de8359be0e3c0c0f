# Shared helpers for the project's scripts: read wasm-pack.toml and install
# whatever a fresh machine lacks. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

# toml KEY: a value from wasm-pack.toml, e.g. `toml tools.wasm-pack`; lists print one item a line.
toml() {
  python3 - "$ROOT/wasm-pack.toml" "$1" <<'PY'
import sys, tomllib
value = tomllib.load(open(sys.argv[1], "rb"))
for part in sys.argv[2].split("."):
    value = value[part]
print("\n".join(value) if isinstance(value, list) else value)
PY
}

say() { printf '\n== %s\n' "$*"; }

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  }
}

ensure_clippy() {
  cargo clippy --version >/dev/null 2>&1 || {
    say "installing clippy"
    rustup component add clippy
  }
}

ensure_cargo_tool() { # ensure_cargo_tool BINARY CRATE VERSION
  local have
  have="$("$1" --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$3" ]; then
    say "installing $2 $3 (found: ${have:-none})"
    # No --locked: one of wasm-bindgen-cli's locked dependencies is gone from the registry.
    cargo install "$2" --version "$3" --force
  fi
}

ensure_lock_matches() {
  local locked pinned
  locked="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3}' "$ROOT/Cargo.lock")"
  pinned="$(toml tools.wasm-bindgen-cli)"
  if [ -n "$locked" ] && [ "$locked" != "$pinned" ]; then
    echo "wasm-bindgen in Cargo.lock is $locked but wasm-pack.toml pins wasm-bindgen-cli $pinned" >&2
    exit 1
  fi
}

ensure_node_packages() {
  # Every devDependency of package.json installed, else `npm ci` (package-lock.json).
  if ! node -e 'const fs = require("fs"), root = process.argv[1];
      for (const name of Object.keys(JSON.parse(fs.readFileSync(root + "/package.json")).devDependencies))
        fs.statSync(root + "/node_modules/" + name + "/package.json");' "$ROOT" 2>/dev/null; then
    say "installing npm packages (package-lock.json)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_wasm_tools() {
  ensure_wasm_target
  ensure_lock_matches
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$(toml tools.wasm-bindgen-cli)"
  ensure_cargo_tool wasm-pack wasm-pack "$(toml tools.wasm-pack)"
  ensure_node_packages
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

# Firefox ESR (driven over WebDriver BiDi by puppeteer-core) and WebKitGTK's
# MiniBrowser (WebKitWebDriver, on an Xvfb display), for tests/e2e/engines.mjs.
ensure_other_engines() {
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
  fi
}

# Hugo (Debian's: 0.111.3 on Debian 12; npm's Hugo wrappers download
# binaries, which fails here), for the Hugo site in tests/e2e/docstacks.test.mjs.
ensure_hugo() {
  if ! command -v hugo >/dev/null; then
    say "installing Debian's hugo"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
  fi
}

# WordPress with MariaDB, Apache and PHP (Debian's: WordPress 6.1.9 on
# Debian 12), for the WordPress site in tests/e2e/docstacks.test.mjs
# (tests/docs-stacks/wordpress/setup.sh starts and configures them).
ensure_wordpress() {
  if [ ! -f /usr/share/wordpress/wp-load.php ] || ! command -v mysqld_safe >/dev/null || ! command -v apachectl >/dev/null || ! command -v php >/dev/null; then
    say "installing Debian's wordpress, mariadb-server, apache2, libapache2-mod-php and php-mysql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordpress mariadb-server apache2 libapache2-mod-php php-mysql curl >/dev/null
  fi
}

# poppler-utils (pdftoppm, pdftotext): the print test turns page.pdf() into text and images.
ensure_poppler() {
  if ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
    say "installing Debian's poppler-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  fi
}
