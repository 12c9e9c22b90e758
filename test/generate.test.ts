/**
 * The part-of-speech lexicon is generated from compromise by scripts/generate.ts and committed.
 * Running the script again must write the same file: data edited by hand, or vocabulary in
 * rules/data changed without regenerating, shows up here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CAPITALISED_WORDS, POS_WORDS } from '../src/analysis/data/pos-lexicon.js';

const ROOT = join(import.meta.dirname, '..');

/** A word's signature letters in the generated lexicon ("n", "ab"), or undefined where it lists no such word. */
function sig(w: string): string | undefined {
  const parts = (POS_WORDS[w.slice(0, 2)] ?? '').split(' ');
  const i = parts.indexOf(w);
  return i >= 0 && i % 2 === 0 ? parts[i + 1] : undefined;
}

it('src/analysis/data/pos-lexicon.ts is what scripts/generate.ts writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shotlint-generate-'));
  try {
    const out = join(dir, 'pos-lexicon.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const committed = readFileSync(join(ROOT, 'src/analysis/data/pos-lexicon.ts'), 'utf8');
    expect(readFileSync(out, 'utf8') === committed, 'run `npm run generate` and commit the result').toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('lists the proper words WordNet writes with a capital, and not the common words it also capitalises', () => {
  const words = new Set(CAPITALISED_WORDS.split(' '));
  for (const w of ['victorian', 'pacific', 'atlantic', 'mars', 'christmas', 'mesopotamia', 'british', 'january']) expect(words.has(w), w).toBe(true);
  // Common words too (earth, god, march, turkey, burgundy), plurals of common nouns (fields, acts)
  // and unknown nouns, which the rewrite takes for names already (french, tokyo).
  for (const w of ['earth', 'god', 'gothic', 'march', 'turkey', 'burgundy', 'fields', 'acts', 'fungi', 'french', 'tokyo', 'sunset']) expect(words.has(w), w).toBe(false);
});

it('reads an -ing noun of a thing whose verb is rare as a noun, and leaves the -ing forms of acts alone', () => {
  for (const w of ['railing', 'flooring', 'earring', 'scaffolding', 'seedling']) expect(sig(w), w).toBe('nw');
  expect(sig('frosting')).toBe('n');
  for (const w of ['running', 'swimming', 'dancing', 'ironing', 'coping']) expect(sig(w), w).toContain('g');
  for (const w of ['milling', 'sling']) expect(sig(w), w).not.toBe('nw');
});

it("reads compromise's present-tense switch words as base forms, not -s forms, and conjugates none of them again", () => {
  // "clouds obscure the moon", "the sky will clear": the base form; "clears" is the -s form.
  for (const w of ['clear', 'obscure', 'dry', 'warm']) expect(sig(w), w).toBe('ab');
  expect(sig('clears')).toBe('s');
  // Their nouns are what compromise lists: "shorts" is no verb, "fast" and "firm" no nouns.
  expect(sig('shorts')).toBe('n');
  for (const w of ['fast', 'firm', 'short']) expect(sig(w), w).not.toContain('n');
});

it('reads an -ed word WordNet lists only as an adjective, whose stem is no verb, as an adjective', () => {
  for (const w of ['rugged', 'wretched', 'bespectacled', 'tattered', 'unpaved', 'haired', 'legged']) expect(sig(w), w).toBe('aw');
  // A stem that is a verb keeps the guess or compromise's past form: "tousle", "wing", "label", "learn".
  for (const w of ['tousled', 'labelled', 'focussed']) expect(sig(w), w).toBeUndefined();
  for (const w of ['winged', 'learned']) expect(sig(w), w).toContain('d');
});
