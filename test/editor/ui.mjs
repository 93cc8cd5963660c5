// The UI test: what a fact-checker does in VS Code (code-server in Chromium), step by step, with a
// screenshot of each step in test-results/ui-*.png. Reads only what is on screen.
// Usage: node test/editor/ui.mjs  (after `npm run build` and `node test/editor/install.mjs`)
// The extension under test is the packaged .vsix, installed into a fresh code-server profile.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articlesFolder, installVsix, launchBrowser, preflight, scratch, startCodeServer } from './harness.mjs';
import { RESULTS } from './paths.mjs';

const BLOG = 'alloush-quits-blog.txt';
// Spells the name "Mohammad Alloush": the canonical "Mohammed Alloush" is in another article.
const MESOP = 'mesop-syria-daily-alloush-quits.txt';
const ARTICLES = /^(alloush-quits-blog|astana-talks-shaky-start|mesop-syria-daily-alloush-quits|opposition-chief-negotiator-quits|raqqa-offensive-geneva-deadlock)\b/;

/** Runs one step; a failed step leaves a screenshot of what was on screen instead. */
async function step(page, shot, name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    console.log(`  ok   ${name}${detail ? `: ${detail}` : ''} (${Date.now() - started} ms)`);
    return true;
  } catch (e) {
    await page.screenshot({ path: join(RESULTS, `ui-${shot}-failed.png`) });
    console.log(`  FAIL ${name}: ${e.message.split('\n')[0]} (see ui-${shot}-failed.png)`);
    return false;
  }
}

async function openFile(page, name) {
  const input = page.locator('.quick-input-widget input');
  // A key pressed while the workbench moves focus (a view revealing itself) can be lost: press again.
  for (let i = 0; ; i++) {
    await page.keyboard.press('Control+P');
    try {
      await input.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (i === 3) throw e;
    }
  }
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .view-line').first().waitFor();
}

/** Screen coordinates of the first occurrence of `text` in the visible editor lines. */
async function wordBox(page, text) {
  const box = await page.evaluate((text) => {
    // A line is split into spans (one per token colour); Monaco renders spaces as U+00A0.
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode()); ) nodes.push(n);
      const i = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ').indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      let offset = 0;
      for (const n of nodes) {
        const end = offset + n.data.length;
        if (i >= offset && i < end) range.setStart(n, i - offset);
        if (i + text.length > offset && i + text.length <= end) range.setEnd(n, i + text.length - offset);
        offset = end;
      }
      const r = range.getClientRects()[0];
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not on screen`);
  return box;
}

/** Clicks into `text` on 1-based `line`; again if code lenses moved the line under the mouse. */
async function clickWord(page, text, line) {
  for (let i = 0; i < 10; i++) {
    const box = await wordBox(page, text);
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    if ((await page.locator('[id="status.editor.selection"]').innerText()).includes(`Ln ${line},`)) return;
    await page.waitForTimeout(300);
  }
  throw new Error(`could not put the cursor into "${text}"`);
}

/** Hovers the first word of `text`, retrying while the server is still indexing; returns the hover's text. */
async function hover(page, text) {
  const deadline = Date.now() + 60_000;
  const widget = page.locator('.monaco-hover:visible .hover-contents').first();
  for (;;) {
    const box = await wordBox(page, text);
    await page.mouse.move(box.x - 40, box.y + 60);
    await page.mouse.move(box.x + 8, box.y + box.height / 2, { steps: 4 });
    try {
      await widget.waitFor({ timeout: 3_000 });
      const content = await widget.innerText();
      if (content.trim() && !/^Loading/.test(content)) return content;
    } catch {
      // no hover yet: the server is indexing
    }
    if (Date.now() > deadline) throw new Error('no hover');
  }
}

export async function runUi(server, folder) {
  mkdirSync(RESULTS, { recursive: true });
  // Screenshots of an earlier run (failed steps especially) would mislead.
  for (const f of readdirSync(RESULTS)) if (/^ui-.*\.png$/.test(f)) rmSync(join(RESULTS, f));
  const shot = (page, name) => page.screenshot({ path: join(RESULTS, `ui-${name}.png`) });
  const browser = await launchBrowser();
  let ok = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The extension installed from the .vsix (see installVsix), as a user has it.
    await page.goto(server.url(folder));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    ok &&= await step(page, '0-first-use', 'a folder of articles without byline.yaml: the status item, the prompt, "Read as articles", the confirmation', async () => {
      // The prompt is a toast for ten seconds, then waits in the notification centre: look at once.
      const toast = page.locator('.notification-toast', { hasText: 'Read these 5 files as news articles?' });
      await toast.waitFor({ timeout: 60_000 });
      const offer = page.locator('.statusbar-item', { hasText: /Byline: 5 \.txt files/ });
      await offer.waitFor({ timeout: 10_000 });
      // The walkthrough opens once, on first install, behind the prompt.
      await page.locator('.gettingStartedContainer', { hasText: 'Fact-check a folder of articles with Byline' }).first().waitFor({ timeout: 10_000 });
      await shot(page, '0-first-use');
      await toast.locator('.monaco-button', { hasText: 'Read as articles' }).click();
      const confirmed = page.locator('.notification-toast', { hasText: /Byline read 5 articles/ });
      await confirmed.waitFor({ timeout: 60_000 });
      await shot(page, '0-confirmed');
      const text = (await confirmed.innerText()).replace(/\s+/g, ' ').trim();
      await confirmed.locator('.monaco-button', { hasText: 'Show entities' }).click();
      return text;
    });

    ok &&= await step(page, '1-article', 'open an article with Quick Open', async () => {
      await openFile(page, BLOG);
      // Byline's own item ("5 articles ⚠ 1"), not the indexing progress ("Byline: indexing articles: …").
      const status = page.locator('.statusbar-item', { hasText: /^\s*\d+ articles?\b/ });
      await status.waitFor({ timeout: 60_000 });
      const text = await status.innerText();
      await shot(page, '1-article');
      return `status bar "${text.replace(/\s+/g, ' ').trim()}"`;
    });

    ok &&= await step(page, '2-hover', 'hover "Alloush" and read the hover', async () => {
      const content = await hover(page, 'Alloush, who had been');
      await shot(page, '2-hover');
      if (!content.includes('Mohammed Alloush')) throw new Error(`the hover says: ${content}`);
      return content.split('\n')[0];
    });

    ok &&= await step(page, '3-definition', 'F12 on "Alloush" jumps to the canonical mention in another article', async () => {
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
      await openFile(page, MESOP);
      await clickWord(page, 'Mohammad Alloush', 5);
      const before = await page.locator('[id="status.editor.selection"]').innerText();
      await page.keyboard.press('F12');
      const tab = page.locator('.tabs-container .tab.active');
      await page.waitForFunction(
        (mesop) => !document.querySelector('.tabs-container .tab.active')?.textContent?.includes(mesop),
        MESOP,
        { timeout: 30_000 },
      );
      const name = (await tab.locator('.label-name').textContent()).trim();
      if (!ARTICLES.test(name)) throw new Error(`the active editor is ${name}`);
      await page.waitForFunction((b) => document.getElementById('status.editor.selection')?.textContent !== b, before);
      const cursor = await page.locator('[id="status.editor.selection"]').innerText();
      await shot(page, '3-definition');
      return `${name}, ${cursor.trim()}`;
    });

    ok &&= await step(page, '4-problems', 'open Problems and read the contradiction', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: /Facebook|Twitter/ }).first();
      await row.waitFor({ timeout: 60_000 });
      const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
      await shot(page, '4-problems');
      if (!/Facebook/.test(text) || !/Twitter/.test(text)) throw new Error(`the row says: ${text}`);
      return text;
    });

    ok &&= await step(page, '5-entities', 'the Entities view lists Mohammed Alloush; selecting him shows his references', async () => {
      await page.keyboard.press('Control+J'); // hide the panel again
      // Room for the view: fold the file list, as a user would.
      await page.locator('.pane-header', { hasText: basename(folder) }).first().click();
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Entities/ }) });
      // "Show entities" in the first-use confirmation may have opened it already.
      const header = pane.locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const row = pane.locator('.monaco-list-row', { hasText: 'Mohammed Alloush' }).first();
      await row.waitFor({ timeout: 30_000 });
      const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
      if (!/\d+ mentions? · \d+ articles?/.test(text)) throw new Error(`the row says: ${text}`);
      await row.click();
      const peek = page.locator('.peekview-widget');
      await peek.locator('.ref-tree .monaco-list-row').first().waitFor({ timeout: 30_000 });
      const title = (await peek.locator('.peekview-title').innerText()).replace(/\s+/g, ' ').trim();
      await shot(page, '5-entities');
      return `${text}; peek: ${title}`;
    });

    ok &&= await step(page, '6-overview', 'the overview: an article, a hover and the contradiction in Problems', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.tabs-container .tab', { hasText: BLOG }).click();
      await page.locator('.tabs-container .tab.active', { hasText: BLOG }).waitFor();
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: /Facebook/ }).first().waitFor();
      const content = await hover(page, 'Alloush, who had been');
      await shot(page, '6-overview');
      return content.split('\n')[0];
    });
  } finally {
    await browser.close();
  }
  console.log(`UI test in code-server: ${ok ? 'passed' : 'FAILED'} (screenshots: ${RESULTS}/ui-*.png)`);
  return ok ? 0 : 1;
}

/** Runs the UI test in its own code-server, with the packaged extension installed. */
export async function uiIn(dir) {
  installVsix(dir);
  const server = await startCodeServer(dir, { testDriver: false });
  try {
    // Without byline.yaml: the UI test starts where a new user starts.
    return await runUi(server, articlesFolder(join(dir, 'articles'), { bare: true }));
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  preflight();
  const tmp = scratch();
  let code = 1;
  try {
    code = await uiIn(tmp.dir);
  } finally {
    tmp.cleanup();
  }
  process.exit(code);
}
