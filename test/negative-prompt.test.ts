import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/index.js';
import { findNegativePrompts } from '../src/analysis/negative-prompt.js';

/** The words of each inline negative prompt, as written. */
const spans = (text: string) => {
  const { tokens } = analyze(text);
  return findNegativePrompts(text, tokens).filter((p) => p.tokenEnd > p.tokenStart).map((p) => text.slice(tokens[p.tokenStart]!.start, tokens[p.tokenEnd - 1]!.end));
};

describe('inline negative prompts', () => {
  it('a flag lists up to the next flag or the end of the line', () => {
    expect(spans('a fox in snow -neg blur, dark lighting -camera zoom in -ar 16:9')).toEqual(['blur, dark lighting']);
    expect(spans('a fox in snow --no shaky camera\nwide shot')).toEqual(['shaky camera']);
    expect(spans('a fox in snow -neg: watermark')).toEqual(['watermark']);
    expect(spans('a fox in snow \u2014neg text, logo')).toEqual(['text, logo']);
    expect(spans('a fox in snow -neg grain, haze -9:16')).toEqual(['grain, haze']);
  });

  it('a tag list glues a flag to a comma: it still opens, and still ends a list', () => {
    expect(spans('a fox in snow,-neg blur, shaky camera,-motion 4')).toEqual(['blur, shaky camera']);
    expect(spans('a fox in snow, 8k,--no watermark')).toEqual(['watermark']);
    // After a comma a dash before a number may be a minus: no flag.
    expect(spans('a fox in snow -neg blur, haze,-2 stops')).toEqual(['blur, haze,-2 stops']);
  });

  it('a tool\'s number written without its dash ends a list: no negative field takes a setting', () => {
    expect(spans('a fox in snow -neg morphing, tearing, merging seed 277764')).toEqual(['morphing, tearing, merging']);
    expect(spans('a fox in snow -neg morphing,  ar 10:11')).toEqual(['morphing']);
    // A flag's name with no number after it is a listed word.
    expect(spans('a fox in snow -neg slow motion, seed pods')).toEqual(['slow motion, seed pods']);
  });

  it('a list ends with a word a flag is typed onto: the word is listed, the flag is not', () => {
    expect(spans('a fox in snow -neg blurry, deformed-ar16:9 wide shot')).toEqual(['blurry, deformed-ar16']);
    // Unless it is a resolution typed among the flags: a setting, not an item.
    expect(spans('a fox in snow -neg snow 4k-ar 16:9  -seed 3')).toEqual(['snow']);
    expect(spans('a fox in snow -neg snow, 4k, -ar 16:9')).toEqual(['snow']);
    expect(spans('a fox in snow -neg render, ultra 4k -ar 16:9')).toEqual(['render, ultra 4k']);
    // Hyphenated words that only look like a flag's name are listed.
    expect(spans('a fox in snow -neg low-res, slow-motion 2, life-size')).toEqual(['low-res, slow-motion 2, life-size']);
  });

  it('a list runs past a full stop: real lists hold them', () => {
    expect(spans('a fox in snow -neg blur. smear, static. cartoon -ar 16:9')).toEqual(['blur. smear, static. cartoon']);
  });

  it('a flag with nothing after it is kept, with an empty list', () => {
    const text = 'a fox --no -neg: blur';
    const { tokens, negativePrompts } = analyze(text);
    expect(negativePrompts.map((p) => [tokens[p.opener]!.start, p.tokenEnd - p.tokenStart])).toEqual([[6, 0], [11, 1]]);
  });

  it('a label lists to the end of its line', () => {
    expect(spans('A fox in snow.\nNegative prompt: bad lighting, low quality\nSteps: 20')).toEqual(['bad lighting, low quality']);
    expect(spans('A fox in snow. Negatives: people')).toEqual(['people']);
    expect(spans('A fox in snow. Negative prompt: blur, haze -motion 2')).toEqual(['blur, haze']);
  });

  it('a dash that is not a flag, and "no" or "negative" in prose, open nothing', () => {
    expect(spans('a fox - no people around, a photo negative look')).toEqual([]);
    expect(spans('a well-known neg-ative space design, no-fly zone')).toEqual([]);
    expect(spans('a fox in snow')).toEqual([]);
  });

  it('a section label opening its clause, or capitalised, lists like "Negative prompt:"', () => {
    expect(spans('A fox in snow, wide shot.\nAvoid: close-up, shaky camera\nAudio: wind')).toEqual(['close-up, shaky camera']);
    expect(spans('A fox in snow. Do not include: people, text')).toEqual(['people, text']);
    expect(spans('A fox trying to avoid: rocks')).toEqual([]);
    expect(spans('A fox -ar 16:9 Seed: 42 Negative prompt: blur')).toEqual(['blur']);
  });

  it('a list ends at the next field after a full stop', () => {
    expect(spans('A fox in snow. Negative prompt: ugly, blurry. Style: anime')).toEqual(['ugly, blurry.']);
    expect(spans('A fox in snow. Negative prompt: blur. static. cartoon')).toEqual(['blur. static. cartoon']);
  });

  it('a JSON key\'s list is its string or array', () => {
    expect(spans('{"subject": "a fox", "negative_prompt": "blur, text", "camera": "wide shot"}')).toEqual(['blur, text']);
    expect(spans('{"subject": "a fox", "avoid": ["blur", "text"], "camera": "wide shot"}')).toEqual(['"blur", "text"']);
    expect(analyze('{"subject": "a fox", "avoid": ["close-up"], "lighting": "soft light"}').byCategory.camera).toHaveLength(0);
    // An object's list ends with its closing brace, strings with braces inside included.
    expect(spans('{"negative": {"visual": "blur {x}", "audio": "music"}, "camera": "wide shot"}')).toEqual(['"visual": "blur {x}", "audio": "music"']);
    expect(analyze('{"negative": {"visual": "blur"}, "camera": "wide shot"}').byCategory.camera).toHaveLength(1);
  });

  it('words in a negative prompt are not the prompt\'s components', () => {
    const a = analyze('a dog sits in a park -neg bad lighting, shaky camera, running');
    expect(a.byCategory.lighting).toHaveLength(0);
    expect(a.byCategory.camera).toHaveLength(0);
    expect(a.actions.map((x) => x.text)).not.toContain('running');
    expect(a.byCategory.environment.map((m) => m.text)).toEqual(['park']);
  });
});
