// Compiles the integration tests (test/integration/*.ts) into out/test/integration/: index.js (the run()
// entry loaded by the extension host) and one bundle per *.test.ts, helpers included. `vscode` (given by
// the extension host) and every package (mocha, ...) stay external: they resolve from the repo's
// node_modules at run time. Tests reach the extension through its API, not by bundling src/extension.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'test', 'integration');
const outDir = path.join(root, 'out', 'test', 'integration');

const entryPoints = fs.readdirSync(srcDir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(srcDir, f));
fs.rmSync(outDir, { recursive: true, force: true }); // no stale tests from deleted sources
await esbuild.build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  packages: 'external',
  external: ['vscode'],
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} integration test file(s) into ${path.relative(root, outDir)}`);
