// Entry point of the integration tests (extensionTestsPath), loaded inside the VS Code extension host.
// run() resolves when every test passed and rejects otherwise: the contract of @vscode/test-electron,
// also honoured by test/e2e/run-integration.mjs on code-server. Mocha BDD; every compiled *.test.js next
// to this file is loaded. Env: SOURCE_LENS_TEST_RESULTS (write a JSON result file there),
// SOURCE_LENS_TEST_GREP (run only matching tests), SOURCE_LENS_TEST_TIMEOUT (ms per test).
import * as fs from 'node:fs';
import * as path from 'node:path';

interface TestResult {
  title: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** mocha 12 is an ES module (require() of it needs Node >= 20.19); its CommonJS build serves older hosts. */
function loadMocha(): typeof Mocha {
  let mod: { default?: typeof Mocha } & typeof Mocha;
  try {
    mod = require('mocha');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw err;
    mod = require('mocha/lib/mocha.cjs');
  }
  return mod.default ?? mod;
}

export async function run(): Promise<void> {
  const MochaClass = loadMocha();
  const mocha = new MochaClass({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.SOURCE_LENS_TEST_TIMEOUT) || 60_000,
    grep: process.env.SOURCE_LENS_TEST_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const results: TestResult[] = [];
  const started = Date.now();
  const record = (state: TestResult['state']) => (test: Mocha.Runnable, err?: unknown) => {
    results.push({
      title: test.fullTitle(),
      file: test.file && path.basename(test.file),
      state,
      durationMs: test.duration,
      error: err === undefined ? undefined : String((err as Error)?.stack ?? err),
    });
  };
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve)
        .on('pass', record('passed'))
        .on('fail', record('failed'))
        .on('pending', record('pending'));
    } catch (err) {
      reject(err); // a test file that throws while loading
    }
  });

  const count = (state: TestResult['state']) => results.filter((r) => r.state === state).length;
  const summary = { passed: count('passed'), failed: count('failed'), pending: count('pending') };
  if (process.env.SOURCE_LENS_TEST_RESULTS) {
    fs.mkdirSync(path.dirname(process.env.SOURCE_LENS_TEST_RESULTS), { recursive: true });
    fs.writeFileSync(process.env.SOURCE_LENS_TEST_RESULTS, JSON.stringify({
      ...summary, files, durationMs: Date.now() - started, tests: results,
    }, null, 2));
  }
  console.log(`integration: ${summary.passed} passed, ${Math.max(summary.failed, failures)} failed${summary.pending ? `, ${summary.pending} skipped` : ''}`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  if (files.length === 0) throw new Error(`no *.test.js files next to ${__filename}`);
}
