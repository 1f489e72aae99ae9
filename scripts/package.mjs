#!/usr/bin/env node
// Builds the bundle and packages the extension as a .vsix with vsce.
//
//   node scripts/package.mjs [--unpack DIR]
//
// Writes dist/source-lens-<version>.vsix. With --unpack, also extracts it into DIR (DIR/extension is then the
// extension exactly as VS Code installs it), so the end-to-end test can run what ships rather than the repo.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = util.parseArgs({ options: { unpack: { type: 'string' } } });
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, 'dist', `${manifest.name}-${manifest.version}.vsix`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`package: ${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
}

run(process.execPath, ['scripts/build.mjs']);
// --no-dependencies: the bundle carries everything, node_modules is not shipped.
// The project has no public repository yet, so README links stay relative to the package (the screenshots ship in media/).
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package',
  '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix,
]);
console.log(`package: ${path.relative(process.cwd(), vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);

if (opt.unpack) {
  const dir = path.resolve(opt.unpack);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // A .vsix is a zip; Python's zipfile is on every machine the e2e setup prepares (no extra npm dependency).
  run('python3', ['-m', 'zipfile', '-e', vsix, dir]);
  if (!fs.existsSync(path.join(dir, 'extension', manifest.main))) {
    console.error(`package: the unpacked extension has no ${manifest.main}`);
    process.exit(1);
  }
  console.log(`package: unpacked into ${path.relative(process.cwd(), path.join(dir, 'extension'))}`);
}
