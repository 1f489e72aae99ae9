// Playwright helpers that drive the VS Code workbench (served by code-server) the way a reader would:
// keyboard, mouse and what is on screen. Selectors are the workbench's own DOM classes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, playwright } from './env.mjs';

/**
 * Debian's chromium, headless, with a fresh profile. The flags keep it from calling home: on a machine
 * with a closed network its background connections would otherwise fail over and over.
 */
export async function launchBrowser({ headless = true } = {}) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-e2e-chromium-'));
  const browser = await playwright().chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--metrics-recording-only',
    ],
    // chromium's crash reports and caches go to the scratch dir, not $HOME
    env: { ...process.env, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_CACHE_HOME: path.join(scratch, 'cache') },
  });
  browser.on('disconnected', () => fs.rmSync(scratch, { recursive: true, force: true }));
  return browser;
}

/** Opens the workbench URL and waits until the window is restored. */
export async function openWorkbench(page, url, { timeout = 60_000 } = {}) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  // window.driver exists because the server runs with enable-smoke-test-driver.
  await page.waitForFunction(() => !!window.driver, null, { timeout });
  await page.evaluate(() => window.driver.whenWorkbenchRestored());
}

/** Ctrl+P, type a file name, pick it; waits for its editor tab to be active. */
export async function quickOpen(page, fileName, { timeout = 30_000 } = {}) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(fileName);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout }); // the file search runs on the server
  await row.click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** Runs a command from the palette by its full title, e.g. "Source Lens: Toggle Highlights". */
export async function runCommand(page, title, { timeout = 15_000 } = {}) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
  }).first();
  await row.waitFor({ timeout });
  await row.click();
  await input.waitFor({ state: 'hidden', timeout });
}

/** Ctrl+G to a 1-based line: scrolls it into view and puts the cursor at its start. */
export async function goToLine(page, line, { timeout = 10_000 } = {}) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout });
}

/**
 * Screen box of the first occurrence of `text` in the visible editor lines. Decorations split a line
 * into many spans, so the line's text nodes are joined and the match mapped back to a DOM range.
 */
export async function textBox(page, text, { lineContains } = {}) {
  return page.evaluate(({ text, lineContains }) => {
    const norm = (s) => s.replace(/\u00a0/g, ' '); // monaco renders spaces as U+00A0
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      const joined = norm(nodes.map((n) => n.textContent).join(''));
      if (lineContains && !joined.includes(lineContains)) continue;
      const at = joined.indexOf(text);
      if (at < 0) continue;
      const locate = (offset) => {
        for (const n of nodes) {
          if (offset <= n.textContent.length) return [n, offset];
          offset -= n.textContent.length;
        }
        return [nodes[nodes.length - 1], nodes[nodes.length - 1].textContent.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + text.length));
      const b = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, { text, lineContains });
}

/** Moves the mouse onto `text` (its first character run) and returns the hover widget's text once it settles. */
export async function hoverText(page, text, { lineContains, timeout = 15_000, until } = {}) {
  const first = await hoverOnce(page, text, { lineContains, timeout });
  if (!until || until(first.text)) return first;
  // A hover that landed beside the text (the editor moved under the mouse): try once more.
  await dismissHover(page);
  return hoverOnce(page, text, { lineContains, timeout });
}

async function hoverOnce(page, text, { lineContains, timeout }) {
  await page.mouse.move(2, 2); // leave any previous hover
  // The editor may still be scrolling or laying out inlay hints after a jump: hover only once the text stays put.
  let box = await textBox(page, text, { lineContains });
  for (let tries = 0; box && tries < 10; tries++) {
    await page.waitForTimeout(200);
    const again = await textBox(page, text, { lineContains });
    if (!again) break;
    const settled = Math.abs(again.x - box.x) < 1 && Math.abs(again.y - box.y) < 1;
    box = again;
    if (settled) break;
  }
  if (!box) throw new Error(`"${text}" is not visible in the editor`);
  await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2, { steps: 4 });
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout });
  // hovers render in parts as providers answer: wait for the text to stop changing
  let last = '';
  for (const t0 = Date.now(); Date.now() - t0 < timeout;) {
    const now = (await hover.innerText().catch(() => '')).trim();
    if (now && now === last && !/^Loading/.test(now)) break;
    last = now;
    await page.waitForTimeout(300);
  }
  return { text: last, box };
}

/** Closes a hover by moving the mouse away and pressing Escape. */
export async function dismissHover(page) {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
}

/** Clicks an activity-bar entry by its title (e.g. "Source Lens") and waits for its side bar. */
export async function openViewContainer(page, title, { timeout = 30_000 } = {}) {
  const item = page.locator(`.part.activitybar a.action-label[aria-label^="${title}"]`).first();
  await item.waitFor({ timeout });
  const sidebar = page.locator('.part.sidebar .composite.title', { hasText: title }).first();
  if (!(await sidebar.isVisible().catch(() => false))) await item.click();
  await sidebar.waitFor({ timeout });
}

/** The side bar's tree row whose label contains `label` (a string or RegExp). */
export function treeItem(page, label) {
  return page.locator('.part.sidebar .monaco-list-row', {
    has: page.locator('.monaco-icon-label .label-name', { hasText: label }),
  }).first();
}

/** Clicks a tree row by label; with `expand`, only opens it if it is collapsed. */
export async function clickTreeItem(page, label, { expand = false, timeout = 30_000 } = {}) {
  const row = treeItem(page, label);
  await row.waitFor({ timeout });
  if (expand && (await row.getAttribute('aria-expanded')) === 'true') return row;
  await row.click();
  if (expand) await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout });
  return row;
}

/** Texts of the visible rows of the side bar's trees. */
export async function treeLabels(page) {
  return (await page.locator('.part.sidebar .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Text of one status bar entry by id (e.g. "status.editor.selection"), or of all entries. */
export async function statusBarText(page, id) {
  if (id) return (await page.locator(`.part.statusbar [id="${id}"]`).first().innerText()).trim();
  return (await page.locator('.part.statusbar .statusbar-item').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** The active editor tab's accessible label (file name + path). */
export async function activeTab(page) {
  return page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
}

/** Screenshot of the page, or of `locator` only; creates the folder. */
export async function screenshot(page, file, { locator } = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await (locator ?? page).screenshot({ path: file });
}

function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
