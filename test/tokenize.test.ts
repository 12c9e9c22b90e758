/**
 * Markup left in scraped prompts. HTML character references: inside a word they are part of it, with the
 * source text as the token's text and the character they stand for in its norm.
 * Escapes written out as text ("\\n") and HTML elements ("<em>", "<br>") are read as spaces or line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { TOKEN_KINDS, lineBreakBetween, normalizeWord, tokenize } from '../src/analysis/tokenize.js';

/** Each token as `kind:text`. */
function tokens(text: string): string[] {
  const t = tokenize(text);
  return Array.from(t.kind, (kind, i) => `${TOKEN_KINDS[kind]}:${text.slice(t.start[i], t.end[i])}`);
}

describe('a character reference between word characters', () => {
  it('for an apostrophe joins the word', () => {
    expect(tokens("She didn&#39;t look back")).toEqual(['word:She', 'word:didn&#39;t', 'word:look', 'word:back']);
    expect(tokens('it&apos;s raining')).toEqual(['word:it&apos;s', 'word:raining']);
    expect(tokens('the dog&#x27;s tail, don&#8217;t, won&rsquo;t')).toEqual([
      'word:the', 'word:dog&#x27;s', 'word:tail', 'punct:,', 'word:don&#8217;t', 'punct:,', 'word:won&rsquo;t',
    ]);
  });

  it('for a letter joins the word', () => {
    expect(tokens('a Parisian caf&#233;s terrace')).toEqual(['word:a', 'word:Parisian', 'word:caf&#233;s', 'word:terrace']);
    expect(tokens('Pok&#xE9;mon')).toEqual(['word:Pok&#xE9;mon']);
  });

  it('for a letter at the start or the end of a word is part of it, as the letter would be', () => {
    expect(tokens('a cosy caf&#233; at dusk, un paisaje &#233;pico')).toEqual(['word:a', 'word:cosy', 'word:caf&#233;', 'word:at', 'word:dusk', 'punct:,', 'word:un', 'word:paisaje', 'word:&#233;pico']);
    expect(tokens('by Ren&#233; Magritte')).toEqual(['word:by', 'word:Ren&#233;', 'word:Magritte']);
  });

  it('for a space separates words as the space would', () => {
    expect(tokens('a&#160;b, inner&nbsp;calm')).toEqual(['word:a', 'word:b', 'punct:,', 'word:inner', 'word:calm']);
  });

  it('a number with an apostrophe is a word, as without the reference', () => {
    expect(tokens("1990&#39;s 1990's")).toEqual(['word:1990&#39;s', "word:1990's"]);
  });

  it('stays a token of its own at the edge of a word or for other characters', () => {
    expect(tokens('The Workers&#39; union')).toEqual(['word:The', 'word:Workers', 'punct:&#39;', 'word:union']);
    expect(tokens('&#39;tis')).toEqual(['punct:&#39;', 'word:tis']);
    expect(tokens('R&amp;D')).toEqual(['word:R', 'symbol:&amp;', 'word:D']);
    expect(tokens('&quot;Mom!&quot;')).toEqual(['punct:&quot;', 'word:Mom', 'punct:!', 'punct:&quot;']);
    expect(tokens('cat&#20013;dog')).toEqual(['word:cat', 'symbol:&#20013;', 'word:dog']);
  });

  it('an unknown or unfinished reference is not joined', () => {
    expect(tokens('didn&#39t')).toEqual(['word:didn', 'symbol:&', 'symbol:#', 'word:39t']);
    expect(tokens('caf&eacute;s')).toEqual(['word:caf', 'symbol:&', 'word:eacute', 'punct:;', 'word:s']);
  });
});

describe('normalizeWord reads a reference inside a word as its character', () => {
  it('apostrophes and letters', () => {
    expect(normalizeWord('Didn&#39;t')).toBe("didn't");
    expect(normalizeWord('It&APOS;s')).toBe("it's");
    expect(normalizeWord('don&#8217;t')).toBe("don't");
    expect(normalizeWord('Pok&#xC9;mon')).toBe('pokémon');
  });

  it('a reference opening or ending a word', () => {
    expect(normalizeWord('&#233;pico')).toBe('épico');
    expect(normalizeWord('Caf&#233;')).toBe('café');
  });

  it('a whole-token reference keeps its text', () => {
    expect(normalizeWord('&#39;')).toBe('&#39;');
  });

  it('a hyphenated word reads its reference too', () => {
    expect(normalizeWord('bird&#39;s-eye')).toBe("bird's-eye");
  });
});

describe('in the analysis', () => {
  it('the token text is the source slice and its norm is what downstream rules read', () => {
    const text = "The woman&#39;s dog didn&#39;t bark";
    const a = analyze(text);
    const woman = a.tokens.find((t) => t.text === 'woman&#39;s')!;
    expect(text.slice(woman.start, woman.end)).toBe('woman&#39;s');
    expect(woman.norm).toBe("woman's");
    expect(a.tokens.find((t) => t.text === 'didn&#39;t')!.norm).toBe("didn't");
    expect(a.wordCount).toBe(5);
  });

  it('places the parts of a hyphenated word with a reference where they are written', () => {
    const text = 'Zombies in a square, bird&#39;s-eye view';
    const view = analyze(text).byCategory.camera.find((m) => m.kind === 'angle')!;
    expect(view.text).toBe('bird&#39;s-eye view');
    expect(text.slice(view.start, view.end)).toBe('bird&#39;s-eye view');
  });

  it('is analysed like the same prompt with a plain apostrophe', () => {
    const plain = analyze("A fisherman's boat drifting at dawn, the camera doesn't move");
    const scraped = analyze('A fisherman&#39;s boat drifting at dawn, the camera doesn&#39;t move');
    const view = (a: typeof plain) => a.tokens.map((t) => [t.norm, t.lemma, t.kind, t.tag]);
    expect(view(scraped)).toEqual(view(plain));
    const matches = (a: typeof plain) => a.matches.map((m) => [m.category, m.tokenStart, m.tokenEnd]);
    expect(matches(scraped)).toEqual(matches(plain));
    expect(scraped.subjects.map((s) => [s.head, s.role, s.tokenStart])).toEqual(plain.subjects.map((s) => [s.head, s.role, s.tokenStart]));
  });
});

describe('an escape written out as text', () => {
  it('is a space: the word after it is the word', () => {
    expect(tokens('blur\\nThe cat \\tsits,\\r\\nCinematic')).toEqual(['word:blur', 'word:The', 'word:cat', 'word:sits', 'punct:,', 'word:Cinematic']);
    expect(tokens('anime \\n-neg blurry')).toEqual(['word:anime', 'punct:-', 'word:neg', 'word:blurry']);
  });

  it('other than a line break, tab or carriage return is no escape', () => {
    expect(tokens('a\\b \\ c')).toEqual(['word:a', 'symbol:\\', 'word:b', 'symbol:\\', 'word:c']);
  });

  it('"\\n" and "\\r" break a line, "\\t" does not', () => {
    expect(lineBreakBetween('a \\n b', 1, 5)).toBe(true);
    expect(lineBreakBetween('a\\rb', 1, 3)).toBe(true);
    expect(lineBreakBetween('a\\tb', 1, 3)).toBe(false);
  });

  it('starts a new sentence, as a typed line break does', () => {
    const escaped = analyze('a red fox in the snow\\nCinematic lighting');
    const typed = analyze('a red fox in the snow\nCinematic lighting');
    const view = (a: typeof typed) => a.tokens.map((t) => [t.norm, t.tag, t.sentence]);
    expect(view(escaped)).toEqual(view(typed));
  });
});

describe('an HTML element', () => {
  it('is skipped like a space, with its attributes', () => {
    expect(tokens('A <strong>red</strong> fox <img\\n  loading="lazy" src="https://x.org/a.svg"> runs')).toEqual(['word:A', 'word:red', 'word:fox', 'word:runs']);
    expect(tokens('<em>calm</em> sea<br/>waves')).toEqual(['word:calm', 'word:sea', 'word:waves']);
  });

  it('must be a known element closed by its ">": a slot, a comparison or an unclosed bracket stays', () => {
    expect(tokens('a photo of <subject>')).toEqual(['word:a', 'word:photo', 'word:of', 'symbol:<', 'word:subject', 'symbol:>']);
    expect(tokens('x <b and')).toEqual(['word:x', 'symbol:<', 'word:b', 'word:and']);
    expect(tokens('<lora:add_detail:1>')[1]).toBe('word:lora');
  });

  it('breaks a line when it is a block: a line break, a list item, a paragraph', () => {
    const text = 'a fox<br>a hare</li><li>a deer <em>and</em> an owl';
    const sentences = analyze(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['a fox', 'a hare', 'a deer <em>and</em> an owl']);
  });

  it('is no line break for what is inside it', () => {
    const text = 'In <img\\n loading="lazy"\\n src="a.svg"> Is';
    expect(lineBreakBetween(text, 2, text.length - 3)).toBe(false);
  });
});

describe('a variation selector', () => {
  it('left alone after an element or a symbol is no word', () => {
    expect(tokens('on the <img src="road.svg">\uFE0F, at night \u2764\uFE0F')).toEqual(['word:on', 'word:the', 'punct:,', 'word:at', 'word:night', 'symbol:\u2764']);
  });
});

describe('a web address or a file name', () => {
  it('is one symbol token: a scheme, "www." or a known domain ending or file extension', () => {
    expect(tokens('a cat https://cdn.discordapp.com/attachments/1/wave.1.png')).toEqual(['word:a', 'word:cat', 'symbol:https://cdn.discordapp.com/attachments/1/wave.1.png']);
    expect(tokens('see wave.1.png and www.example.com/a.b for reference.')).toEqual([
      'word:see', 'symbol:wave.1.png', 'word:and', 'symbol:www.example.com/a.b', 'word:for', 'word:reference', 'punct:.',
    ]);
    expect(tokens('clip_final.mp4, IMG_2972.JPG, 0_0-3.png?width=872&amp;height=872')).toEqual([
      'symbol:clip_final.mp4', 'punct:,', 'symbol:IMG_2972.JPG', 'punct:,', 'symbol:0_0-3.png?width=872&amp;height=872',
    ]);
    expect(tokens('Maker-Mall.com marquee, klar.gg, user@mail.example.co.uk')).toEqual([
      'symbol:Maker-Mall.com', 'word:marquee', 'punct:,', 'symbol:klar.gg', 'punct:,', 'symbol:user@mail.example.co.uk',
    ]);
  });

  it('leaves out the marks that close the sentence, a bracket or a quotation around it', () => {
    expect(tokens('(see https://example.com/a_(b)).')).toEqual(['punct:(', 'word:see', 'symbol:https://example.com/a_(b)', 'punct:)', 'punct:.']);
    expect(tokens('&quot;https://x.org/a&quot; and example.com.')).toEqual(['punct:&quot;', 'symbol:https://x.org/a', 'punct:&quot;', 'word:and', 'symbol:example.com', 'punct:.']);
    expect(tokens('<a href="https://x.org/a.png">https://x.org/a.png</a>, a fox')).toEqual(['symbol:https://x.org/a.png', 'punct:,', 'word:a', 'word:fox']);
    expect(tokens('https://x.org/a\\nA fox')).toEqual(['symbol:https://x.org/a', 'word:A', 'word:fox']);
    expect(tokens('https://x.org/a.mp4?ex=65&amp;hm=2e&amp; ice melts')).toEqual(['symbol:https://x.org/a.mp4?ex=65&amp;hm=2e&amp;', 'word:ice', 'word:melts']);
    expect(tokens('[a](https://x.org/a) www.x.org/a.png[subject]')).toEqual(['symbol:[', 'word:a', 'symbol:]', 'punct:(', 'symbol:https://x.org/a', 'punct:)', 'symbol:www.x.org/a.png', 'symbol:[', 'word:subject', 'symbol:]']);
  });

  it('is not a full stop missing its space, nor a word that merely starts like an ending', () => {
    expect(tokens('a cat sits.A dog runs, sunset.The sky. It sits.it rains')).toEqual([
      'word:a', 'word:cat', 'word:sits', 'punct:.', 'word:A', 'word:dog', 'word:runs', 'punct:,', 'word:sunset', 'punct:.', 'word:The', 'word:sky', 'punct:.',
      'word:It', 'word:sits', 'punct:.', 'word:it', 'word:rains',
    ]);
    expect(tokens('sunset.common, a.com-style, dusk.Png, https: //x, www. x')).toEqual([
      'word:sunset', 'punct:.', 'word:common', 'punct:,', 'word:a', 'punct:.', 'word:com-style', 'punct:,', 'word:dusk', 'punct:.', 'word:Png', 'punct:,',
      'word:https', 'punct::', 'punct:/', 'punct:/', 'word:x', 'punct:,', 'word:www', 'punct:.', 'word:x',
    ]);
  });

  it('has its domain ending or extension in one case, and one country ending after another', () => {
    expect(tokens('VISIT EXAMPLE.COM, shop.example.com.au/x, a.co.co.co')).toEqual(['word:VISIT', 'symbol:EXAMPLE.COM', 'punct:,', 'symbol:shop.example.com.au/x', 'punct:,', 'symbol:a.co.co', 'punct:.', 'word:co']);
    expect(tokens('sunset.Com')).toEqual(['word:sunset', 'punct:.', 'word:Com']);
  });

  it('is read in one pass over a long run of dots and parts', () => {
    const text = `${'a.co.'.repeat(20000)}${'https://.'.repeat(5000)}`;
    const started = performance.now();
    expect(tokenize(text).kind.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps an extension glued to the next word apart from it, after a generated file name only', () => {
    expect(tokens('Firefly 20230906031634.pngmoving forward, IMG_1.JPGwalking')).toEqual([
      'word:Firefly', 'symbol:20230906031634.png', 'word:moving', 'word:forward', 'punct:,', 'symbol:IMG_1.JPG', 'word:walking',
    ]);
    expect(tokens('in 2023.moving on, sunset.moving, wave.1.pngs')).toEqual([
      'word:in', 'number:2023', 'punct:.', 'word:moving', 'word:on', 'punct:,', 'word:sunset', 'punct:.', 'word:moving', 'punct:,', 'word:wave', 'punct:.', 'number:1', 'punct:.', 'word:pngs',
    ]);
  });

  it('holds an attachment label glued before it, and leaves the word the label was glued to', () => {
    expect(tokens('a boat image:IMG_1.jpg sailing, movingimage:61a7~2.png')).toEqual(['word:a', 'word:boat', 'symbol:image:IMG_1.jpg', 'word:sailing', 'punct:,', 'word:moving', 'symbol:image:61a7~2.png']);
    expect(tokens('watch.image:https://x.org/a.png')).toEqual(['word:watch', 'punct:.', 'symbol:image:https://x.org/a.png']);
    expect(tokens('image: IMG_1.jpg, Image:cat, Style: noir')).toEqual(['word:image', 'punct::', 'symbol:IMG_1.jpg', 'punct:,', 'word:Image', 'punct::', 'word:cat', 'punct:,', 'word:Style', 'punct::', 'word:noir']);
    // With no address after it, the label glued to the prompt's last word is still a word of its own.
    expect(tokens('a girl dancingimage: usIMAGE:Picsart_23')).toEqual(['word:a', 'word:girl', 'word:dancing', 'word:image', 'punct::', 'word:us', 'word:IMAGE', 'punct::', 'word:Picsart', 'symbol:_', 'number:23']);
  });

  it('is an address only from its first word: the marks before it stay', () => {
    expect(tokens('../clip.mp4 -i /a/b.png')).toEqual(['punct:.', 'punct:.', 'punct:/', 'symbol:clip.mp4', 'punct:-', 'word:i', 'punct:/', 'symbol:a/b.png']);
  });

  it('property: an address between words is one token, and the words around it are read as without it', () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const address = fc.oneof(
      fc.tuple(fc.constantFrom('https://', 'http://', 'www.'), part, fc.constantFrom('.com', '.net', '.io'), fc.constantFrom('', '/a', '/a/b.png?w=1&amp;h=2')).map((p) => p.join('')),
      fc.tuple(part, fc.constantFrom('_', '-', '.', ''), part, fc.constantFrom('.png', '.mp4', '.JPG', '.com')).map((p) => p.join('')),
    );
    const words = fc.array(fc.constantFrom('a fox', 'runs.', 'Snow falls,', 'at dusk', 'wide shot;', '(soft light)', '"quiet"'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, address, words, fc.constantFrom('', '.', ',', ')'), (before, url, after, close) => {
        const text = `${before} ${url}${close} ${after}`;
        expect(tokens(text)).toEqual([...tokens(before), `symbol:${url}`, ...tokens(`${close} ${after}`)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a verb form before a possessive that opens its object', () => {
  const tagOf = (text: string, word: string) => analyze(text).words.find((t) => t.norm === word)?.tag;
  it('is the verb after an adjective with no determiner, past an adverb in -ly', () => {
    expect(tagOf('A girl in white slowly unfolds her fan.', 'unfolds')).toBe('verb');
    expect(tagOf('A woman in red unfolds her umbrella on a bridge.', 'unfolds')).toBe('verb');
  });
  it('is the verb after "and", as an -s form or a base', () => {
    expect(tagOf("He's furious and throws his cap.", 'throws')).toBe('verb');
    expect(tagOf('a drunk pirate, grumpy and kick his boot', 'kick')).toBe('verb');
  });
  it('leaves a word usually a noun as a noun', () => {
    expect(tagOf('happy dogs their tails wagging', 'dogs')).toBe('noun');
  });
});
