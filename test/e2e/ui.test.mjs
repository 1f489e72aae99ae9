#!/usr/bin/env node
// UI test: acts as a reader of the sample articles in a real VS Code (code-server + headless chromium).
// Opens an article, checks the highlights, reads two hover cards, uses the Source Lens sidebar and the
// "next related statement" command, and saves the screenshots shown in the README.
//
//   node test/e2e/ui.test.mjs [--workspace samples] [--screenshots DIR]   (default test/e2e/.out/screenshots;
//   npm run screenshots refreshes the committed ones in media/screenshots that the README shows)
//
// Needs setup.sh and a built extension (dist/extension.js). Exit code 0 only if every check passed.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { REPO_ROOT } from './lib/env.mjs';
import { startServer } from './server.mjs';
import {
  launchBrowser, openWorkbench, quickOpen, goToLine, hoverText, dismissHover, openViewContainer,
  clickTreeItem, treeLabels, statusBarText, activeTab, runCommand, screenshot,
} from './lib/workbench.mjs';

const { values: opt } = util.parseArgs({
  options: {
    workspace: { type: 'string', default: path.join(REPO_ROOT, 'samples') },
    screenshots: { type: 'string', default: path.join(REPO_ROOT, 'test', 'e2e', '.out', 'screenshots') },
    extension: { type: 'string', default: REPO_ROOT },
  },
});
// Fixtures: one article of the sample story and what the other sources say about two of its figures.
const ARTICLE = '000_d8508d2c3bfe9f15.txt';
const SHARED_FIGURE = '$68.7 billion';            // also reported by two other sources
const SHARED_BY = ['001_2bf12179e7f15e39', '002_f6f3d427b62fef73'];
const CONFLICT_FIGURE = '50%';                     // another source says 25%
const CONFLICT_VALUE = '25%';

const workspace = path.resolve(opt.workspace);
const shots = path.resolve(opt.screenshots);
const lineOf = (file, text) => fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
let passed = 0;
let failed = 0;

/** One reader-visible check; a failure is reported and the next check still runs. */
async function check(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`  ✔ ${name}${detail ? ` — ${detail}` : ''} [${elapsed()}]`);
    return true;
  } catch (err) {
    failed++;
    console.log(`  ✘ ${name} [${elapsed()}]\n      ${String(err?.message ?? err).split('\n').slice(0, 6).join('\n      ')}`);
    await page?.screenshot({ path: path.join(server.runDir, `failure-${failed}.png`) }).catch(() => {});
    return false;
  }
}
/** Drags the sash on the side bar's edge so that tree labels are readable in the screenshot. */
async function widenSideBar(page, width) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  const edge = bar.x + bar.width;
  const sashes = await page.locator('.monaco-sash.vertical').evaluateAll((els) => els.map((e) => {
    const b = e.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, height: b.height };
  }));
  const sash = sashes.filter((s) => s.height > 100).sort((a, b) => Math.abs(a.x - edge) - Math.abs(b.x - edge))[0];
  if (!sash || Math.abs(sash.x - edge) > 8) return; // layout changed: keep the default width
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(bar.x + width, sash.y, { steps: 10 });
  await page.mouse.up();
}
function expect(condition, message) { if (!condition) throw new Error(message); }

process.once('SIGINT', () => process.exit(130));
const server = await startServer({ workspace, name: `ui-${process.pid}`, copy: true, extensions: [path.resolve(opt.extension)] });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
console.log('Source Lens UI test');
try {
  const opened = await check('the workbench opens the samples folder', async () => {
    await openWorkbench(page, server.url);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor({ timeout: 30_000 });
  });
  if (!opened) throw new Error('workbench did not open');

  await check(`opening ${ARTICLE} shows it as a news article`, async () => {
    await quickOpen(page, ARTICLE);
    await page.waitForFunction(() => /News Article/.test(document.querySelector('[id="status.editor.mode"]')?.innerText ?? ''),
      null, { timeout: 15_000 });
    return statusBarText(page, 'status.editor.mode');
  });

  await check('the status bar summarises the sources once analysed', async () => {
    const item = page.locator('.part.statusbar .statusbar-item', { hasText: /Source Lens: \d+ sources?/ }).first();
    await item.waitFor({ timeout: 60_000 });
    await page.waitForFunction((el) => !el.querySelector('.codicon-sync'), await item.elementHandle(), { timeout: 60_000 });
    const text = (await item.innerText()).trim();
    expect(/5 sources/.test(text), `status bar says "${text}", expected 5 sources`);
    return text;
  });

  await check('entities and figures are highlighted in the editor', async () => {
    // Decoration types become CSS classes named after TextEditorDecorationType on spans and overlays.
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .monaco-editor [class*="TextEditorDecorationType"]').length > 10,
      null, { timeout: 30_000 });
    const found = await page.evaluate(() => {
      const els = [...document.querySelectorAll('.editor-instance .monaco-editor [class*="TextEditorDecorationType"]')];
      const styles = els.map((e) => getComputedStyle(e));
      return {
        total: els.length,
        underlined: styles.filter((s) => s.textDecorationLine.includes('underline')).length,
        bordered: styles.filter((s) => s.borderTopStyle === 'solid' && parseFloat(s.borderTopWidth) > 0).length,
      };
    });
    expect(found.underlined > 0, `no underlined entity among ${found.total} decorated elements`);
    expect(found.bordered > 0, `no bordered figure among ${found.total} decorated elements`);
    return `${found.total} decorated elements, ${found.underlined} underlined, ${found.bordered} bordered`;
  });

  await check(`hovering ${SHARED_FIGURE} lists the other sources that report it`, async () => {
    await goToLine(page, lineOf(ARTICLE, SHARED_FIGURE));
    const { text } = await hoverText(page, SHARED_FIGURE, { until: (t) => SHARED_BY.every((source) => t.includes(source)) });
    await screenshot(page, path.join(shots, 'hover-figure.png'));
    for (const source of SHARED_BY) expect(text.includes(source), `hover does not name ${source}:\n${text}`);
    return text.split('\n')[0];
  });
  await dismissHover(page);

  await check(`hovering ${CONFLICT_FIGURE} shows the conflicting ${CONFLICT_VALUE}`, async () => {
    await goToLine(page, lineOf(ARTICLE, CONFLICT_FIGURE));
    const { text } = await hoverText(page, CONFLICT_FIGURE, { until: (t) => t.includes(CONFLICT_VALUE) });
    await screenshot(page, path.join(shots, 'hover-conflict.png'));
    expect(text.includes(CONFLICT_VALUE), `hover does not show ${CONFLICT_VALUE}:\n${text}`);
    expect(/conflict/i.test(text), `hover does not say "conflict":\n${text}`);
    return text.split('\n')[0];
  });
  await dismissHover(page);

  await check('the Source Lens sidebar lists speakers; clicking a quote opens it selected', async () => {
    await openViewContainer(page, 'Source Lens');
    const speakers = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Speakers' }) });
    const firstSpeaker = speakers.locator('.monaco-list-row[aria-level="1"]').first();
    await firstSpeaker.waitFor({ timeout: 30_000 });
    const speaker = (await firstSpeaker.locator('.label-name').innerText()).trim();
    await clickTreeItem(page, speaker, { expand: true });
    const quote = speakers.locator('.monaco-list-row[aria-level="2"]', { has: page.locator('.codicon-quote') }).first();
    await quote.waitFor({ timeout: 10_000 });
    const label = (await quote.innerText()).replace(/\s+/g, ' ').trim();
    // click near the row's start: clicking the long label would scroll its clipped box sideways
    await quote.click({ position: { x: 70, y: 11 } });
    await page.waitForFunction(() => /selected/.test(document.querySelector('[id="status.editor.selection"]')?.innerText ?? ''),
      null, { timeout: 10_000 });
    await widenSideBar(page, 520);
    await page.mouse.move(640, 790);
    await screenshot(page, path.join(shots, 'sidebar.png'));
    const tab = await activeTab(page);
    const selection = await statusBarText(page, 'status.editor.selection');
    expect(/\d{3}_\w+\.txt/.test(tab ?? ''), `active tab is "${tab}", not an article`);
    return `${speaker} → "${label.slice(0, 60)}…" opened ${tab?.split(',')[0]} (${selection})`;
  });

  await check('"Go to Next Related Statement" moves to another source', async () => {
    const before = await activeTab(page);
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await runCommand(page, 'Source Lens: Go to Next Related Statement');
    await page.waitForFunction((b) => document.querySelector('.tabs-container .tab.active')?.getAttribute('aria-label') !== b,
      before, { timeout: 10_000 });
    return `${before?.split(',')[0]} → ${(await activeTab(page))?.split(',')[0]}`;
  });
} catch (err) {
  failed++;
  console.log(`  ✘ ${err.message}`);
} finally {
  await browser.close();
  server.stop();
  if (!failed && !process.env.SOURCE_LENS_E2E_KEEP) server.remove(); // a failed run keeps its logs and failure screenshots
}
if (failed) console.log(`server log and failure screenshots: ${server.runDir}`);
console.log(`ui: ${passed} passed, ${failed} failed (${elapsed()}; screenshots in ${path.relative(process.cwd(), shots) || '.'})`);
process.exit(failed ? 1 : 0);
