// The annotation UI test: a fact-checker annotates a passage in VS Code (code-server in Chromium),
// edits the article above it, and the note stays on its text; then the passage is rewritten and
// the annotation shows as orphaned. Screenshots in test-results/annotate-*.png.
// Usage: node test/editor/annotate-ui.mjs  (after `npm run build` and `node test/editor/install.mjs`)
// The extension under test is the working tree, loaded as a development extension.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchBrowser, runScript, withCodeServer } from './harness.mjs';
import { RESULTS, ROOT } from './paths.mjs';
import { hover, openFile, step, wordBox, writeAt } from './ui.mjs';

const BLOG = 'alloush-quits-blog.txt';
const PASSAGE = 'The three rounds of talks were unsuccessful';
const NOTE = 'Check this against the original post #talks';

/** Where `text` is on screen, waiting while the editor re-renders (code lenses and colours come back after an edit). */
/** The 1-based line of `text`, read from the status bar after a click into it. */
async function lineOf(page, text) {
  const status = page.locator('[id="status.editor.selection"]');
  await status.waitFor();
  const shown = async () => Number(/Ln (\d+)/.exec(await status.innerText())?.[1] ?? NaN);
  const was = await shown();
  const box = await boxOf(page, text);
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  // The status bar follows the click a moment later.
  for (let i = 0; i < 20 && (await shown()) === was; i++) await page.waitForTimeout(100);
  return shown();
}

async function boxOf(page, text) {
  for (let i = 0; ; i++) {
    try {
      return await wordBox(page, text);
    } catch (e) {
      if (i >= 20) throw e;
      await page.waitForTimeout(250);
    }
  }
}

/**
 * Selects `text` on screen with the mouse: a click before it, a shift-click after it; again if the
 * lines moved under the mouse (code lenses arrive late), until the status bar counts its characters.
 */
async function select(page, text) {
  for (let i = 0; i < 10; i++) {
    const box = await boxOf(page, text);
    const y = box.y + box.height / 2;
    await page.mouse.click(box.x + 1, y);
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + box.width - 1, y);
    await page.keyboard.up('Shift');
    // The status bar counts the selection a moment later, later still on a busy machine.
    const counted = page.locator('[id="status.editor.selection"]', { hasText: `(${text.length} selected)` });
    if (await counted.waitFor({ timeout: 2_000 }).then(() => true, () => false)) return;
  }
  throw new Error(`could not select "${text}"`);
}

async function command(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

export async function runAnnotateUi(server, folder) {
  mkdirSync(RESULTS, { recursive: true });
  for (const f of readdirSync(RESULTS)) if (/^annotate-.*\.png$/.test(f)) rmSync(join(RESULTS, f));
  const shot = (page, name) => page.screenshot({ path: join(RESULTS, `annotate-${name}.png`) });
  const browser = await launchBrowser();
  let ok = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url(folder, [['extensionDevelopmentPath', ROOT]]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const thread = page.locator('.review-widget', { hasText: 'original post' }).first();

    ok &&= await step(page, '1-thread', 'select a passage, run "Byline: Annotate selection", type a note and save it', async () => {
      // The first opening starts the extension; the walkthrough may cover it at once (opened again below).
      const welcomeTab = page.locator('.tabs-container .tab', { hasText: 'Welcome' });
      await openFile(page, BLOG).catch(async (e) => {
        if (!(await welcomeTab.count())) throw e;
      });
      await page.locator('.statusbar-item', { hasText: /^\s*\d+ articles?\b/ }).waitFor({ timeout: 60_000 });
      // Byline's walkthrough opens once, on first install, as the extension starts (every run: a
      // fresh profile), late on a busy machine: waited for, closed, back to the article.
      // It may open a second time (VS Code's own "open on install" as well): closed each time it
      // shows, until it has stayed away for five seconds.
      // On a loaded machine it has come back even after five quiet seconds, over the article as the
      // passage was being opened or selected: both are retried once the walkthrough is closed again.
      const welcome = page.locator('.tabs-container .tab', { hasText: 'Welcome' });
      const closeWelcome = async (first) => {
        for (let timeout = first; await welcome.waitFor({ timeout }).then(() => true, () => false); timeout = 5_000) {
          await welcome.click();
          await page.locator('.tabs-container .tab.active', { hasText: 'Welcome' }).waitFor();
          await command(page, 'View: Close Editor');
          await welcome.waitFor({ state: 'detached', timeout: 10_000 });
        }
      };
      await closeWelcome(60_000);
      for (let attempt = 1; ; attempt++) {
        // Opening the article fails too when the walkthrough comes back over it as it opens.
        const selected = await openFile(page, BLOG)
          .then(() => select(page, PASSAGE))
          .then(() => null, (e) => e);
        if (!selected) break;
        if (attempt === 3 || !(await welcome.count())) throw selected;
        await closeWelcome(1_000);
      }
      await command(page, 'Byline: Annotate selection');
      const form = page.locator('.review-widget .comment-form').first();
      await form.waitFor({ timeout: 10_000 });
      await form.locator('.monaco-editor, textarea').first().click();
      await page.keyboard.type(NOTE);
      await page.locator('.review-widget').getByRole('button', { name: /^Save annotation/ }).first().click();
      await thread.locator('.comment-body', { hasText: 'original post' }).waitFor({ timeout: 20_000 });
      const stored = readFileSync(join(folder, 'byline.annotations.jsonl'), 'utf8');
      if (!stored.includes(PASSAGE) || !stored.includes('"purpose":"tagging"')) throw new Error(`the annotation file holds: ${stored}`);
      await shot(page, '1-thread');
      return (await thread.locator('.review-title, .thread-title, .head').first().innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    });

    ok &&= await step(page, '2-moved', 'add lines above the passage: the note stays on its text', async () => {
      // The passage's line in the status bar (its height on screen moves with code lenses coming and going).
      const before = await lineOf(page, PASSAGE);
      // At the headline's start, two new lines.
      await boxOf(page, 'Alloush quits');
      await writeAt(page, 'Alloush quits', 'Home', 'UPDATE: this article was corrected.\n\n');
      // The server re-anchors the passage; its hover carries the note at the passage's new place.
      // Measured again while the editor settles (the re-anchoring, code lenses moving the text).
      let after = await lineOf(page, PASSAGE);
      for (let i = 0; i < 10 && after !== before + 2; i++) {
        await page.waitForTimeout(500);
        after = await lineOf(page, PASSAGE);
      }
      if (after !== before + 2) throw new Error(`the passage went from line ${before} to line ${after}`);
      const deadline = Date.now() + 30_000;
      let content = '';
      while (!content.includes('original post')) {
        if (Date.now() > deadline) throw new Error(`the hover on the passage says: ${content}`);
        await hover(page, 'three rounds of talks');
        // The hover has several parts (a diagnostic, the quote, the note): all of its text.
        content = await page.locator('.monaco-hover:visible').first().innerText();
      }
      // The thread (a zone under the passage's line) moved with it.
      const zone = await thread.boundingBox();
      const fresh = await boxOf(page, PASSAGE);
      if (!zone || zone.y < fresh.y || zone.y - fresh.y > 6 * fresh.height) throw new Error(`the thread is at y=${zone?.y}, the passage at y=${fresh.y}`);
      await page.mouse.move(5, 5);
      await shot(page, '2-moved');
      return `passage at y=${Math.round(fresh.y)}, thread at y=${Math.round(zone.y)}`;
    });

    ok &&= await step(page, '3-view', 'the Annotations view lists the note under its article', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+E');
      await page.locator('.pane-header', { hasText: basename(folder) }).first().click();
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Annotations/ }) });
      const header = pane.locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const row = pane.locator('.monaco-list-row', { hasText: 'three rounds' }).first();
      await row.waitFor({ timeout: 20_000 });
      await pane.locator('.monaco-list-row', { hasText: BLOG }).first().waitFor();
      await shot(page, '3-view');
      return (await row.innerText()).replace(/\s+/g, ' ').trim();
    });

    ok &&= await step(page, '4-orphan', 'rewrite the passage: the annotation is kept and shown as orphaned', async () => {
      await select(page, PASSAGE);
      await page.keyboard.type('Nothing came of the meetings');
      const orphanRow = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Annotations/ }) }).locator('.monaco-list-row', { hasText: 'Orphaned' }).first();
      await orphanRow.waitFor({ timeout: 30_000 });
      await page.locator('.review-widget', { hasText: 'Orphaned' }).first().waitFor({ timeout: 30_000 });
      const stored = readFileSync(join(folder, 'byline.annotations.jsonl'), 'utf8');
      if (!stored.includes(PASSAGE)) throw new Error('the annotation left the file');
      await shot(page, '4-orphan');
      return (await orphanRow.innerText()).replace(/\s+/g, ' ').trim();
    });
  } finally {
    await browser.close();
  }
  console.log(`annotation UI test in code-server: ${ok ? 'passed' : 'FAILED'} (screenshots: ${RESULTS}/annotate-*.png)`);
  return ok ? 0 : 1;
}

// VS Code opens its Comments panel by itself once a file has comments, seconds later at times: the
// editor then shrinks under the test's clicks (1 failure in 8 runs). Not opened here.
export const annotateUiIn = (dir) => withCodeServer(dir, runAnnotateUi, { settings: { 'comments.openView': 'never' } });

if (import.meta.url === `file://${process.argv[1]}`) await runScript(annotateUiIn);
