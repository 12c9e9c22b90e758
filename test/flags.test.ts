import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/index.js';
import { flagDash, flagWord, gluedFlag, joinedFlagStart, joinedGluedCut, toolField, valueEnd } from '../src/analysis/flags.js';

/** Each flag of the text as "dashes+name", in order: what `flagWord` opens. */
const flags = (text: string) => {
  const { tokens } = analyze(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = flagWord(text, tokens, i);
    if (w < 0) continue;
    found.push(text.slice(tokens[i]!.start, tokens[w]!.end));
    i = w;
  }
  return found;
};

/** The value after the word `name` of the text: its first token, as `valueEnd` extends it. */
const value = (text: string, name: string) => {
  const { tokens } = analyze(text);
  const start = tokens.findIndex((t) => t.norm === name) + 1;
  const end = valueEnd(tokens, start + 1);
  return text.slice(tokens[start]!.start, tokens[end - 1]!.end);
};

describe('flag grammar', () => {
  it('dashes glued to a name after a space, a comma or the start open a flag', () => {
    expect(flags('-ar 9:16 a fox --ar 16:9 \u2014ar 1:1 ----ar 4:3')).toEqual(['-ar', '--ar', '\u2014ar', '----ar']);
    expect(flags('a fox,-motion 4,-neg blur')).toEqual(['-motion', '-neg']);
    expect(flags('a fox -9:16')).toEqual(['-9']);
  });

  it('a hyphen inside or after a word opens none', () => {
    expect(flags('a well-lit room, a fox-like face, x - y')).toEqual([]);
    // After a comma a dash before a number may be a minus.
    expect(flags('exposure 1,-2 stops')).toEqual([]);
  });

  it('a known name is a flag also with a space after its dash, after a sentence or after two dashes glued to a word', () => {
    expect(flags('a fox - gs 7 - ar 16:9 - neg blur - camera zoom in')).toEqual(['- gs', '- ar', '- neg', '- camera']);
    expect(flags('a fox at night.--gs 22 Elsa--ar 16:9')).toEqual(['--gs', '--ar']);
    // Other words after a spaced dash are items of a list, or prose.
    expect(flags('a fox - cinematic - no people - camera shake - gs')).toEqual([]);
  });

  it('the first dash of a flag is found from its name', () => {
    const text = 'a fox --ar 16:9 - gs 7 -fps24';
    const { tokens } = analyze(text);
    const dashOf = (name: string) => {
      const d = flagDash(text, tokens, tokens.findIndex((t) => t.norm === name));
      return d < 0 ? undefined : tokens[d]!.start;
    };
    expect(dashOf('ar')).toBe(text.indexOf('--ar'));
    expect(dashOf('gs')).toBe(text.indexOf('- gs'));
    expect(dashOf('fps24')).toBe(text.indexOf('-fps24'));
    expect(dashOf('fox')).toBeUndefined();
  });

  it('a name glued to its value, joined by a hyphen, or with more flags chained on', () => {
    expect(gluedFlag('gs8')).toEqual({ name: 'gs', value: '8', hyphen: false, chained: false });
    expect(gluedFlag('ar-16')).toEqual({ name: 'ar', value: '16', hyphen: true, chained: false });
    expect(gluedFlag('res1080p')).toEqual({ name: 'res', value: '1080p', hyphen: false, chained: false });
    expect(gluedFlag('fps24-motion4')).toEqual({ name: 'fps', value: '24', hyphen: false, chained: true });
    expect(gluedFlag('9-motion3')?.name).toBe('motion');
    expect(gluedFlag('fox')).toBeUndefined();
    expect(gluedFlag('well-lit')).toBeUndefined();
  });

  it('a value runs over touching tokens, colons and decimal points, not past other punctuation', () => {
    expect(value('a fox --ar 16:9, snow', 'ar')).toBe('16:9');
    expect(value('a fox --ar 2.35:1 snow', 'ar')).toBe('2.35:1');
    expect(value('a fox --ar 16: 9 snow', 'ar')).toBe('16: 9');
    expect(value('a fox --gs 8. Snow', 'gs')).toBe('8');
  });
});

describe('a flag typed onto a word by its dash', () => {
  /** The text from where the flag starts inside the first word that holds one, or undefined. */
  const joined = (text: string) => {
    const { tokens } = analyze(text);
    for (let k = 0; k < tokens.length; k++) if (tokens[k]!.kind === 'word' && joinedFlagStart(tokens, k) >= 0) return text.slice(joinedFlagStart(tokens, k));
    return undefined;
  };
  it('a number glued to the name, or a ratio or frame rate written apart', () => {
    expect(joined('blurry, deformed-ar16:9')).toBe('-ar16:9');
    expect(joined('a close shot-motion4 here')).toBe('-motion4 here');
    expect(joined('snow 4k-ar 16:9')).toBe('-ar 16:9');
    expect(joined('a street-fps 24')).toBe('-fps 24');
  });
  it('words that only look like a name and its value are no flag', () => {
    expect(joined('low-res 480p, slow-motion 2, life-size 3')).toBeUndefined();
    expect(joined('a four-ar 16 x')).toBeUndefined();
  });
  it('the first of several flags joined in one word', () => {
    expect(joined('a wall-ar16-fps24')).toBe('-ar16-fps24');
    expect(joined('a wall-fps-ar16')).toBe('-ar16');
  });
  it('the hyphen before a glued flag its reader accepts', () => {
    const ratio = (g: { name: string; chained: boolean }) => g.name === 'ar' && !g.chained;
    expect(joinedGluedCut('road-ar16', ratio)).toBe(4);
    expect(joinedGluedCut('a-b-ar9', ratio)).toBe(3);
    expect(joinedGluedCut('road-ar16-motion2', ratio)).toBe(-1);
    expect(joinedGluedCut('road-gs8', ratio)).toBe(-1);
    expect(joinedGluedCut('-ar16', ratio)).toBe(-1);
  });
});

describe('a tool\'s form field', () => {
  /** The text of each token that names a field. */
  const fields = (text: string) => {
    const { tokens } = analyze(text);
    return tokens.filter((t) => toolField(tokens, t.index)).map((t) => t.text);
  };
  it('a capitalised name before its colon', () => {
    expect(fields('a harbour at dawn  Message: AHOY (Font: MODERN)')).toEqual(['Message', 'Font']);
  });
  it('a lower-case name where the value is shouted to the end or a capitalised font follows', () => {
    expect(fields('cyberpunk night city message: BLADE')).toEqual(['message']);
    expect(fields('a sunset over the city message: grupo Armenia  (FONT: MODERN)')).toEqual(['message', 'FONT']);
  });
  it('a lower-case message in prose is no field', () => {
    expect(fields('The crowd holds an encrypted message: &quot;YOU TOO&quot;')).toEqual([]);
    expect(fields('a light drawing message: Light painting. Camera stays still')).toEqual([]);
    expect(fields('message: the tentacles of an octopus surrounding a synthesizer')).toEqual([]);
  });
});
