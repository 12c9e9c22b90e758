/**
 * The playground in a real browser: headless Chromium driven by playwright-core, against the
 * built page served on 127.0.0.1. Every expectation is checked against what the core computes
 * for the same text, so the page is held to the library, not to numbers copied here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, buildPlayground, chromiumAvailable, launchChromium, servePlayground } from '../playground/e2e/harness.js';
import { placement } from '../playground/src/core.js';
import { exampleValues, fill, lint, models, templates, type Diagnostic, type GenerationSettings } from '../src/index.js';

/** The guide's weak example. */
const WEAK = 'Beautiful cinematic video of a city at night';

const available = chromiumAvailable();
if (!available) console.warn(`skipping the playground browser test: ${CHROMIUM} not found (install the Debian package "chromium")`);

/** The page's view of a diagnostic's place, from the same function the page uses. */
const inPlace = (text: string, where: ReturnType<typeof placement>, settings: GenerationSettings = {}, model?: string): Diagnostic[] =>
  lint(text, { settings, model }).diagnostics.filter((d) => placement(d, text) === where);

describe.skipIf(!available)('the playground in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePlayground>>;
  let dir: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shotlint-playground-'));
    await buildPlayground(dir);
    server = await servePlayground(dir);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
    await page.locator('.cm-content').waitFor();
  });

  afterEach(async () => {
    await page.close();
    expect(errors, 'errors in the page').toEqual([]);
  });

  /** The page writes the text it last linted into the address; waiting on it waits for the lint. */
  const waitForLint = (text: string) =>
    page.waitForFunction((t) => (new URLSearchParams(location.hash.slice(1)).get('prompt') ?? '') === t, text, { timeout: 10_000 });

  const editorText = () => page.locator('.cm-content').evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));

  async function typePrompt(text: string): Promise<void> {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await waitForLint(text);
  }

  /** The underlined words, one per mark. */
  const underlined = () => page.locator('.cm-lintRange').allInnerTexts();

  it('underlines the weak example as it is typed, scores it low and shows the rewrite', async () => {
    await typePrompt(WEAK);
    const result = lint(WEAK);

    const expected = inPlace(WEAK, 'text').map((d) => WEAK.slice(d.range[0], d.range[1]));
    expect(expected).toEqual(expect.arrayContaining(['Beautiful', 'cinematic']));
    // The marks land a moment after the lint (CodeMirror applies them in its next update).
    await expect.poll(async () => [...new Set(await underlined())].sort()).toEqual([...new Set(expected)].sort());

    const score = Number(await page.getByTestId('score').innerText());
    expect(score).toBe(result.score.total);
    expect(score).toBeLessThan(50);
    expect(await page.locator('.score-verdict').innerText()).toBe('Weak');
    // One bar per dimension of the score, each showing the core's value.
    const bars = page.locator('.bar[role="meter"]');
    expect(await bars.count()).toBe(Object.keys(result.score.dimensions).length);
    const shown = await bars.evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-valuenow'))));
    expect(shown.sort()).toEqual(Object.values(result.score.dimensions).map((v) => Math.round(v ?? 0)).sort());

    await expect.poll(() => page.locator('#rewrite-card').isVisible()).toBe(true);
    const rewrite = await page.locator('#rewrite').innerText();
    expect(rewrite).toBe(result.rewrite.text);
    expect(rewrite).toMatch(/\bcity\b/);
    expect(rewrite).toMatch(/\bnight\b/);
    expect(rewrite).not.toMatch(/\bBeautiful\b|\bcinematic\b/);
    expect(await page.locator('#rewrite .ph').count()).toBeGreaterThan(0);

    // Findings about the whole prompt are listed under the editor, not underlined.
    const promptLevel = inPlace(WEAK, 'prompt');
    const listed = await page.locator('.problem-message').allInnerTexts();
    for (const d of [...inPlace(WEAK, 'text'), ...promptLevel]) expect(listed).toContain(d.message);
  });

  it('shows the message, a rule link and the quick fixes on hover, and applies one', async () => {
    await typePrompt(WEAK);
    const found = inPlace(WEAK, 'text').find((d) => WEAK.slice(d.range[0], d.range[1]) === 'Beautiful');
    expect(found, 'the core flags "Beautiful"').toBeDefined();
    const target = found!;
    const actions = [...(target.fix ? [target.fix] : []), ...(target.suggestions ?? []).map((s) => s.fix)];
    expect(actions.length, 'the core offers a fix or suggestion for "Beautiful"').toBeGreaterThan(0);

    await page.locator('.cm-lintRange', { hasText: 'Beautiful' }).first().hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await tooltip.innerText()).toContain(target.message);
    expect(await tooltip.locator('a.rule-link').first().getAttribute('href')).toBe(target.url);
    const buttons = tooltip.locator('.cm-diagnostic', { hasText: target.message }).locator('.cm-diagnosticAction');
    expect(await buttons.count()).toBe(actions.length);

    await buttons.first().click();
    const fix = actions[0]!;
    const after = WEAK.slice(0, fix.range[0]) + fix.text + WEAK.slice(fix.range[1]);
    expect(after).not.toBe(WEAK);
    await expect.poll(editorText).toBe(after);
    await waitForLint(after);
    // The page re-linted the new text: the underlines follow it.
    const expected = inPlace(after, 'text').map((d) => after.slice(d.range[0], d.range[1]));
    // The marks land a moment after the lint (CodeMirror applies them in its next update).
    await expect.poll(async () => [...new Set(await underlined())].sort()).toEqual([...new Set(expected)].sort());
  });

  it('lints the settings and lists their findings under the editor', async () => {
    await typePrompt(WEAK);
    const model = models.find((m) => m.resolutions.includes('1080p'))?.id;
    if (model) await page.locator('#model').selectOption(model);
    await page.locator('#resolution').selectOption('1080p');
    await page.locator('#duration').fill('12');
    await page.locator('label[for="stage-draft"]').click();
    await page.locator('#first-clip').check();
    const settings: GenerationSettings = { resolution: '1080p', duration: 12, stage: 'draft', firstClip: true };
    await page.waitForFunction(() => location.hash.includes('resolution=1080p') && location.hash.includes('duration=12') && location.hash.includes('first=1'));

    const expected = inPlace(WEAK, 'settings', settings, model).map((d) => d.message);
    expect(expected.length, 'a 12 s first draft at 1080p gets settings findings').toBeGreaterThan(0);
    const heading = page.locator('.group-title', { hasText: 'Settings' });
    await heading.waitFor();
    const listed = await heading.locator('xpath=following-sibling::ul[1]').locator('.problem-message').allInnerTexts();
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('moves a setting written in the prose into the settings panel', async () => {
    const text = 'A golden retriever running through a sunlit wheat field, shot in 1080p';
    await typePrompt(text);
    const d = inPlace(text, 'text', { stage: 'draft' }).find((x) => x.data?.setting === 'resolution');
    expect(d, 'the core flags "1080p" as a resolution setting').toBeDefined();
    const suggestion = d!.suggestions![0]!;
    const item = page.locator('.problem', { hasText: d!.message });
    await item.getByRole('button', { name: suggestion.desc }).click();
    const after = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
    await expect.poll(editorText).toBe(after);
    expect(await page.locator('#resolution').inputValue()).toBe(String(d!.data!.value).toLowerCase());
    await waitForLint(after);
    expect(new URL(page.url()).hash).toContain('resolution=1080p');
  });

  it('offers every model profile and applies the chosen one', async () => {
    const values = await page.locator('#model option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(values).toEqual(['', ...models.map((m) => m.id)]);
    if (models.length === 0) return;
    const model = models[0]!;
    await page.locator('#model').selectOption(model.id);
    await page.waitForFunction((id) => location.hash.includes(`model=${encodeURIComponent(id)}`), model.id);
    expect(await page.locator('#model-facts').innerText()).toContain(model.name);
    await typePrompt(WEAK);
    expect(Number(await page.getByTestId('score').innerText())).toBe(lint(WEAK, { model: model.id }).score.total);
  });

  it('starts from a template, blank or filled with its example', async () => {
    const list = Object.values(templates);
    expect(list.length).toBeGreaterThan(0);
    const cards = page.locator('#templates .template');
    expect(await cards.count()).toBe(list.length);
    const first = list[0]!;

    await cards.first().getByRole('button', { name: 'Use it' }).click();
    await expect.poll(editorText).toBe(first.text);
    await waitForLint(first.text);
    // The first placeholder is selected, so typing replaces it, and the blanks are flagged.
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe(`[${first.placeholders[0]!.name}]`);
    const unfilled = lint(first.text).diagnostics.filter((d) => d.ruleId === 'no-unfilled-placeholders');
    expect(unfilled.length).toBeGreaterThan(0);
    const listed = await page.locator('.problem-message').allInnerTexts();
    for (const d of unfilled) expect(listed).toContain(d.message);

    await cards.first().getByRole('button', { name: 'See an example' }).click();
    const example = fill(first, exampleValues(first));
    await expect.poll(editorText).toBe(example);
    await waitForLint(example);
    expect(await page.locator('.problem-message').allInnerTexts()).not.toContain(unfilled[0]!.message);
  });

  it('labels every control', async () => {
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button, [contenteditable="true"]'))
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
        .filter((el) => {
          const labels = 'labels' in el && el.labels ? el.labels.length : 0;
          return labels === 0 && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  });
});
