#!/usr/bin/env node
// Runs the integration tests (mocha inside a real VS Code extension host, real `vscode` API):
// out/test/integration/index.js's run() with the repo as the extension under development.
//
//   node test/e2e/run-integration.mjs [--workspace samples] [--timeout 300] [--runner auto|electron|code-server]
//        [--extensionDevelopmentPath DIR] [--extensionTestsPath FILE]     (defaults: this repo)
//
// Runner: @vscode/test-electron when a desktop VS Code is at hand (VSCODE_EXECUTABLE, or downloadable),
// else code-server (../setup.sh installs it) driven by headless chromium. The tests get a fresh copy of the
// workspace (without .vscode/), so settings they write never land in the repository. Exit code: 0 passed, 1 failed,
// 2 timeout or no runner. Env SOURCE_LENS_TEST_* (e.g. SOURCE_LENS_TEST_RESULTS=file.json) reaches the tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { E2E_DIR, REPO_ROOT, copyWorkspace, log } from './lib/env.mjs';

const { values: opt } = util.parseArgs({
  options: {
    workspace: { type: 'string', default: path.join(REPO_ROOT, 'samples') },
    timeout: { type: 'string', default: '300' },
    runner: { type: 'string', default: process.env.SOURCE_LENS_TEST_RUNNER || 'auto' },
    verbose: { type: 'boolean', default: false },
    extensionDevelopmentPath: { type: 'string', default: REPO_ROOT },
    extensionTestsPath: { type: 'string', default: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js') },
  },
});
const workspace = path.resolve(opt.workspace);
const extensionDevelopmentPath = path.resolve(opt.extensionDevelopmentPath);
const extensionTestsPath = path.resolve(opt.extensionTestsPath);
if (!fs.existsSync(extensionTestsPath)) {
  log('integration', `${extensionTestsPath} is missing: run node scripts/build-tests.mjs first`);
  process.exit(2);
}
// Tests see these as environment variables of the extension host; paths made absolute for it.
const testEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('SOURCE_LENS_TEST_')));
if (testEnv.SOURCE_LENS_TEST_RESULTS) testEnv.SOURCE_LENS_TEST_RESULTS = path.resolve(testEnv.SOURCE_LENS_TEST_RESULTS);

/** The workbench's own start-up info lines, shown only with --verbose (the tests' output never looks like this). */
const WORKBENCH_CHATTER = /^(\[[\w :.-]+\] |Resolv(ing|ed) connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|Failed snippets from folder|Timed out waiting for authentication provider)/;

const t0 = Date.now();
const electron = opt.runner === 'code-server' ? undefined : await findDesktopVSCode(opt.runner === 'electron');
let code;
if (electron) {
  log('integration', `runner: @vscode/test-electron (${electron})`);
  code = await runWithElectron(electron);
} else {
  log('integration', 'runner: code-server (VS Code web workbench + Node extension host, headless chromium)');
  code = await runWithCodeServer();
}
log('integration', `exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);

/** A desktop VS Code: VSCODE_EXECUTABLE, or one @vscode/test-electron can download (fails fast offline). */
async function findDesktopVSCode(required) {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (fs.existsSync(given)) return given;
    log('integration', `VSCODE_EXECUTABLE=${given} does not exist`);
    if (required) process.exit(2);
    return undefined;
  }
  let testElectron;
  try { testElectron = await import('@vscode/test-electron'); } catch {
    log('integration', '@vscode/test-electron is not installed');
    if (required) process.exit(2);
    return undefined;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    log('integration', 'no DISPLAY for a desktop VS Code (run under xvfb-run to use it)');
    if (required) process.exit(2);
    return undefined;
  }
  try {
    return await testElectron.downloadAndUnzipVSCode({
      cachePath: path.join(REPO_ROOT, '.vscode-test'), timeout: 10_000, reporter: new testElectron.SilentReporter(),
    });
  } catch (err) {
    log('integration', `cannot download VS Code (${String(err.message || err).split('\n')[0]}); falling back`);
    if (required) process.exit(2);
    return undefined;
  }
}

async function runWithElectron(vscodeExecutablePath) {
  const { runTests } = await import('@vscode/test-electron');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vscode-'));
  const userDataDir = path.join(scratch, 'user-data');
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      extensionTestsEnv: testEnv,
      launchArgs: [copyWorkspace(workspace, scratch), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--skip-release-notes', `--user-data-dir=${userDataDir}`],
    });
  } catch (err) {
    log('integration', String(err));
    return 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function runWithCodeServer() {
  // setup.sh is a quick no-op once everything is installed.
  const setup = spawnSync('bash', [path.join(E2E_DIR, 'setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) return 2;
  const { startServer } = await import('./server.mjs');
  const { launchBrowser } = await import('./lib/workbench.mjs');
  process.once('SIGINT', () => process.exit(130)); // 'exit' handlers stop the server
  process.once('SIGTERM', () => process.exit(143));

  let server;
  try {
    server = await startServer({ workspace, name: `integration-${process.pid}`, copy: true });
  } catch (err) {
    log('integration', String(err.message ?? err));
    return 2;
  }
  let browser;
  let result;
  try {
    // The workbench reads the extension under test and the test module from the URL's payload;
    // the URIs name paths on the server's machine (here the same one).
    const remote = (p) => `vscode-remote://${server.authority}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(extensionTestsPath)],
      ['extensionEnvironment', JSON.stringify(testEnv)],
    ];
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let settle;
    const exited = new Promise((resolve) => { settle = resolve; });
    // When run() settles the workbench calls codeAutomationExit(code); the extension host's console
    // (mocha's reporter) arrives through codeAutomationLog.
    await page.exposeFunction('codeAutomationExit', (exitCode) => settle(Number(exitCode) || 0));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      if (!opt.verbose && WORKBENCH_CHATTER.test(text)) return;
      if (level === 2 || level === 'info') console.log(text);
      else if (level >= 3 || level === 'warn' || level === 'error') console.error(`[workbench] ${opt.verbose ? text : text.split('\n')[0]}`);
    });
    page.on('crash', () => settle(2));
    await page.goto(`${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), Number(opt.timeout) * 1000));
    result = await Promise.race([exited, timer]);
    if (result === 'timeout' || result !== 0) {
      const shot = path.join(server.runDir, 'failure.png');
      await page.screenshot({ path: shot }).catch(() => {});
      log('integration', `${result === 'timeout' ? `timed out after ${opt.timeout} s` : 'tests failed'}; screenshot ${shot}, server log ${server.logFile}`);
    }
    return result === 'timeout' ? 2 : result;
  } finally {
    await browser?.close();
    server.stop();
    if (result === 0 && !process.env.SOURCE_LENS_E2E_KEEP) server.remove(); // a failed run keeps its logs
  }
}
