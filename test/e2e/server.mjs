#!/usr/bin/env node
// Starts and stops a code-server (the VS Code web workbench + a Node extension host) for tests.
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ workspace, extensions: [dir] });   // server.url, server.stop()
//
//   node test/e2e/server.mjs start [--name N] [--port P] [--extension DIR]... [WORKSPACE]   (prints the URL)
//   node test/e2e/server.mjs stop [--name N]
//
// Each start gets a fresh profile in $CACHE/runs/NAME (user data, extensions, XDG dirs, TMPDIR, server.log).
// It listens on 127.0.0.1 only, with --auth none: any local process can open it while it runs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_DIR, CODE_SERVER_ENTRY, NODE_BIN, REPO_ROOT, RUNS_DIR, copyWorkspace, isInstalled, log } from './lib/env.mjs';

/** User settings of the test profile: nothing pops up, nothing calls home. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Starts code-server on 127.0.0.1 and waits until the workbench page is served.
 * `extensions`: extension folders linked into the fresh extensions dir (loaded as installed).
 * `copy`: open a fresh copy of the workspace (in the run dir) instead of the folder itself.
 * Returns { url, baseUrl, authority, workspace, runDir, pid, stop(), remove() }: stop() ends the whole process
 * group, remove() also deletes the run dir. Give concurrent instances distinct names.
 */
export async function startServer({ workspace = path.join(REPO_ROOT, 'samples'), name = 'default', port = 0,
  extensions = [], settings = {}, copy = false, detach = false } = {}) {
  if (!isInstalled()) throw new Error('the e2e toolchain is not installed: run test/e2e/setup.sh');
  if (!/^[\w.-]+$/.test(name)) throw new Error(`bad instance name: ${name}`);
  workspace = fs.realpathSync(workspace);
  const runDir = path.join(RUNS_DIR, name);
  stopInstance(name, { quiet: true });
  fs.rmSync(runDir, { recursive: true, force: true });
  for (const d of ['data/User', 'extensions', 'xdg/data', 'xdg/config', 'xdg/cache', 'tmp', 'workspace']) {
    fs.mkdirSync(path.join(runDir, d), { recursive: true });
  }
  if (copy) workspace = copyWorkspace(workspace, path.join(runDir, 'workspace'));
  // Without --config, code-server would create ~/.config/code-server/config.yaml.
  fs.writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(path.join(runDir, 'data/User/settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  for (const dir of extensions) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
    fs.symlinkSync(fs.realpathSync(dir), path.join(runDir, 'extensions', id));
  }

  const env = {
    ...process.env,
    XDG_DATA_HOME: path.join(runDir, 'xdg/data'),
    XDG_CONFIG_HOME: path.join(runDir, 'xdg/config'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg/cache'),
    TMPDIR: path.join(runDir, 'tmp'),
    EXTENSIONS_GALLERY: '{}', // no extension gallery (it is unreachable anyway)
  };
  const args = [
    CODE_SERVER_ENTRY,
    '--config', path.join(runDir, 'config.yaml'), '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(runDir, 'data'), '--extensions-dir', path.join(runDir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '30',
    // Makes the workbench honour the ?payload= URL parameter (extensionDevelopmentPath,
    // extensionTestsPath) and expose window.driver; without it the payload is silently ignored.
    '--vscode-option', 'enable-smoke-test-driver',
    workspace,
  ];
  const logFile = path.join(runDir, 'server.log');
  const out = fs.openSync(logFile, 'w');
  // detached: its own process group, so stop() can end the server, extension hosts and watchers at once.
  const child = spawn(NODE_BIN, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  fs.writeFileSync(path.join(runDir, 'pid'), String(child.pid));
  let exited = false;
  child.on('exit', () => { exited = true; });
  if (detach) child.unref();
  else process.once('exit', () => stopInstance(name, { quiet: true })); // even when the caller crashes

  const t0 = Date.now();
  let baseUrl;
  try {
    while (!baseUrl) {
      if (exited) throw new Error(`code-server exited:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
      if (Date.now() - t0 > 60_000) throw new Error(`code-server did not listen within 60 s (log: ${logFile})`);
      baseUrl = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(fs.readFileSync(logFile, 'utf8'))?.[1];
      if (!baseUrl) await sleep(100);
    }
    const url = `${baseUrl}?folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}`;
    for (;;) {
      const page = await fetch(url).then((r) => (r.ok ? r.text() : ''), () => '');
      if (page.includes('workbench')) break;
      if (Date.now() - t0 > 60_000) throw new Error(`code-server is not serving the workbench (log: ${logFile})`);
      await sleep(200);
    }
    const server = {
      url, baseUrl, authority: new URL(baseUrl).host, workspace, runDir, pid: child.pid, logFile,
      stop: () => stopInstance(name),
      remove: () => { stopInstance(name, { quiet: true }); fs.rmSync(runDir, { recursive: true, force: true }); },
    };
    fs.writeFileSync(path.join(runDir, 'instance.json'), JSON.stringify(server, null, 2));
    log('server', `code-server ready in ${Date.now() - t0} ms at ${url} (pid ${child.pid}, log ${logFile})`);
    return server;
  } catch (err) {
    stopInstance(name, { quiet: true });
    throw err;
  }
}

/** Ends the process group of instance NAME, if that group still runs code-server from our cache. */
export function stopInstance(name = 'default', { quiet = false } = {}) {
  const pidFile = path.join(RUNS_DIR, name, 'pid');
  if (!fs.existsSync(pidFile)) return;
  const pgid = Number(fs.readFileSync(pidFile, 'utf8'));
  fs.rmSync(pidFile);
  const members = groupMembers(pgid);
  if (!members.some((m) => m.cmdline.includes(CODE_SERVER_DIR))) return; // gone, or not ours
  signalGroup(pgid, 'SIGTERM');
  // Synchronous wait, so that this also works from an 'exit' handler.
  for (let i = 0; i < 50 && groupMembers(pgid).length; i++) spawnSync('sleep', ['0.1']);
  if (groupMembers(pgid).length) signalGroup(pgid, 'SIGKILL');
  if (!quiet) log('server', `stopped code-server '${name}' (process group ${pgid})`);
}

/** Running processes of group `pgid`. Zombies do not count: the leader stays one until our event loop,
 *  blocked while we wait here, reaps it. */
function groupMembers(pgid) {
  const members = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid || state === 'Z') continue;
      members.push({ pid: Number(entry), cmdline: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8') });
    } catch { /* exited meanwhile */ }
  }
  return members;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function signalGroup(pid, signal) { try { process.kill(-pid, signal); } catch { /* gone */ } }
if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: opt, positionals } = util.parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string', default: 'default' },
      port: { type: 'string', default: '0' },
      extension: { type: 'string', multiple: true, default: [] },
    },
  });
  const [command, workspace] = positionals;
  if (command === 'start') {
    const server = await startServer({
      workspace: workspace && path.resolve(workspace), name: opt.name, port: Number(opt.port),
      extensions: opt.extension.map((e) => path.resolve(e)), detach: true,
    });
    console.log(server.url);
    process.exit(0);
  } else if (command === 'stop') {
    stopInstance(opt.name);
  } else {
    console.error('usage: server.mjs start [--name N] [--port P] [--extension DIR]... [WORKSPACE] | stop [--name N]');
    process.exit(2);
  }
}
