// Where the end-to-end toolchain lives (installed by ../setup.sh) and its pinned versions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');

/** versions.sh is plain KEY=VALUE lines so that bash and Node read the same pins. */
export const VERSIONS = Object.fromEntries(
  fs.readFileSync(path.join(E2E_DIR, 'versions.sh'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z_]+)=(\S+)/.exec(line))
    .filter(Boolean)
    .map((m) => [m[1], m[2]]),
);

export const CACHE = process.env.SOURCE_LENS_E2E_CACHE || path.join(os.homedir(), '.cache', 'source-lens-e2e');
export const CHROMIUM = process.env.SOURCE_LENS_E2E_CHROMIUM || '/usr/bin/chromium';
export const NODE_BIN = path.join(CACHE, `node-v${VERSIONS.NODE_VERSION}`, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${VERSIONS.CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const RUNS_DIR = path.join(CACHE, 'runs');

export function isInstalled() {
  return fs.existsSync(path.join(CODE_SERVER_DIR, '.complete')) && fs.existsSync(NODE_BIN)
    && fs.existsSync(path.join(CACHE, 'tools', 'node_modules', 'playwright-core')) && fs.existsSync(CHROMIUM);
}

/** playwright-core lives in the cache, not in the project's dependencies. */
export function playwright() {
  return createRequire(path.join(CACHE, 'tools', 'package.json'))('playwright-core');
}

export const log = (tag, ...args) => console.error(`[${tag}]`, ...args);

/**
 * Copies a workspace folder (without its .vscode/ settings) to `parent/<same name>` so that tests that
 * change workspace settings or files never touch the repository's copy. Returns the copy's path.
 */
export function copyWorkspace(source, parent) {
  const target = path.join(parent, path.basename(source));
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true, filter: (p) => path.basename(p) !== '.vscode' || p === source });
  return target;
}
