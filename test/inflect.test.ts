import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from '../src/analysis/inflect.js';
import { analyze } from '../src/index.js';

const lemmaOf = (word: string) => analyze(`they ${word}`).words[1]!.lemma;

describe('lemmaCandidates', () => {
  it('puts the silent "e" first after a single a, o or u and a consonant', () => {
    expect(lemmaCandidates('saluting')[0]).toBe('salute');
    expect(lemmaCandidates('executed')[0]).toBe('execute');
    expect(lemmaCandidates('rotating')[0]).toBe('rotate');
  });

  it('puts the silent "e" first after a stem in u, v or c', () => {
    expect(lemmaCandidates('queuing')[0]).toBe('queue');
    expect(lemmaCandidates('carving')[0]).toBe('carve');
    expect(lemmaCandidates('prancing')[0]).toBe('prance');
  });

  it('puts the silent "e" first after a syllabic l, a z after a vowel, an s after a consonant or a vowel pair, and an n after a single i', () => {
    expect(lemmaCandidates('dappled')[0]).toBe('dapple');
    expect(lemmaCandidates('crackling')[0]).toBe('crackle');
    expect(lemmaCandidates('tousled')[0]).toBe('tousle');
    expect(lemmaCandidates('synchronized')[0]).toBe('synchronize');
    expect(lemmaCandidates('analyzing')[0]).toBe('analyze');
    expect(lemmaCandidates('rinsing')[0]).toBe('rinse');
    expect(lemmaCandidates('cursed')[0]).toBe('curse');
    expect(lemmaCandidates('poised')[0]).toBe('poise');
    expect(lemmaCandidates('creased')[0]).toBe('crease');
    expect(lemmaCandidates('streamlined')[0]).toBe('streamline');
    expect(lemmaCandidates('intertwining')[0]).toBe('intertwine');
  });

  it('keeps the stem of "sync", after "ng", and where a vowel stands before the i of an n', () => {
    expect(lemmaCandidates('syncing')[0]).toBe('sync');
    expect(lemmaCandidates('winged')[0]).toBe('wing');
    expect(lemmaCandidates('sequined')[0]).toBe('sequin');
    expect(lemmaCandidates('curled')[0]).toBe('curl');
    expect(lemmaCandidates('waltzing')[0]).toBe('waltz');
    expect(lemmaCandidates('aliasing')[0]).toBe('alias');
  });

  it('keeps the stem after i or e, two vowels, or an unstressed -or, -on, -al, -us', () => {
    expect(lemmaCandidates('visiting')[0]).toBe('visit');
    expect(lemmaCandidates('shouting')[0]).toBe('shout');
    expect(lemmaCandidates('savoring')[0]).toBe('savor');
    expect(lemmaCandidates('seasoning')[0]).toBe('season');
    expect(lemmaCandidates('signaling')[0]).toBe('signal');
    expect(lemmaCandidates('unfocused')[0]).toBe('unfocus');
    expect(lemmaCandidates('kayaking')[0]).toBe('kayak');
  });
});

describe('lemmatize', () => {
  it('guesses the base of a verb the lexicon lacks', () => {
    expect(lemmaOf('saluting')).toBe('salute');
    expect(lemmaOf('diluting')).toBe('dilute');
    expect(lemmaOf('executing')).toBe('execute');
    expect(lemmaOf('narrated')).toBe('narrate');
    expect(lemmaOf('syncing')).toBe('sync');
    expect(lemmaOf('crackling')).toBe('crackle');
    expect(lemmaOf('supersized')).toBe('supersize');
  });

  it('still reads known words and doubled consonants', () => {
    expect(lemmaOf('commuting')).toBe('commute');
    expect(lemmaOf('rebutting')).toBe('rebut');
    expect(lemmaOf('boating')).toBe('boat');
    expect(lemmaOf('staring')).toBe('stare');
  });

  it('keeps an -ed adjective whose stem is no verb as its own dictionary form', () => {
    // "rugged" is no past of "rug", nor "naked" of "nak", nor "wooded" of "wood".
    for (const w of ['rugged', 'naked', 'ragged', 'wooded', 'oversized', 'tattered']) expect(lemmaOf(w), w).toBe(w);
    // A past form keeps its verb: "tousled", "winged" may be the past of "tousle", "wing".
    expect(lemmaOf('tousled')).toBe('tousle');
    expect(lemmaOf('winged')).toBe('wing');
  });
});
