// Bundles the CLI and the extension with esbuild. `--watch` rebuilds on change, `--minify` for packaging.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
};

const targets = [
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
].filter((t) => existsSync(t.entryPoints[0]));

const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, ...t })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching', targets.map((t) => t.outfile).join(', '));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
