import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/index.js';
import { isQuoted } from '../src/analysis/quotes.js';

/** The quoted words of a prompt, as written between the marks. */
const quoted = (text: string) => {
  const a = analyze(text);
  return a.quotations.map((q) => a.text.slice(a.tokens[q.tokenStart]?.start ?? q.end, a.tokens[q.tokenEnd - 1]?.end ?? q.end));
};

describe('quotations', () => {
  it('pairs straight, curly, low-9, guillemet and corner-bracket marks', () => {
    expect(quoted('A chef says "Dinner is served." and bows.')).toEqual(['Dinner is served.']);
    expect(quoted('A sign reads \u201cOpen late\u201d and \u201eBienvenue\u201d.')).toEqual(['Open late', 'Bienvenue']);
    expect(quoted('The banner says \u00abSoldes\u00bb in red.')).toEqual(['Soldes']);
    expect(quoted('A sign reads \u300c\u5f00\u95e8\u300d at dawn.')).toEqual(['\u5f00\u95e8']);
  });

  it('reads any HTML reference to a quotation mark as that mark, hex ones too', () => {
    expect(quoted('A sign reads &#x201C;Open late&#x201D; at dusk.')).toEqual(['Open late']);
    expect(quoted('a 27&quot; screen on a desk, &amp; a lamp')).toEqual([]);
  });

  it('spans include the marks; token ranges are the words between them', () => {
    const a = analyze('She whispers "not yet" softly.');
    const [q] = a.quotations;
    expect(a.text.slice(q!.start, q!.end)).toBe('"not yet"');
    expect(isQuoted(a.quotations, q!.tokenStart)).toBe(true);
    expect(isQuoted(a.quotations, q!.tokenStart - 1)).toBe(false);
    expect(isQuoted(a.quotations, q!.tokenEnd)).toBe(false);
  });

  it('a stray mark quotes nothing: no partner within 40 tokens; later pairs still count', () => {
    const long = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    expect(quoted(`A "stray mark then ${long} and "a pair" later`)).toEqual(["a pair"]);
    expect(quoted(`A "stray mark then ${long} and later`)).toEqual([]);
  });

  it('marks around the whole prompt quote the prompt, not a line in the shot; quotations inside still count', () => {
    expect(quoted('"A cute puppy naps on a rug."')).toEqual([]);
    expect(quoted('&quot;A parrot squawks \u201cHello\u201d from its perch.&quot;')).toEqual(['Hello']);
    expect(quoted('"Hello," she says.')).toEqual(['Hello,']);
  });

  it('a quotation does not cross a blank line', () => {
    expect(quoted('Shot 1: a sign reads "Open\n\nShot 2: a man waves" at the camera.')).toEqual([]);
    expect(quoted('A sign reads "Open\nlate" at night.')).toEqual(['Open\nlate']);
  });

  it('nor a blank line scraped as markup: two breaks written out ("\\n\\n") or as elements ("<br><br>", "</li><li>")', () => {
    expect(quoted('Shot 1: a sign reads "Open\\n\\nShot 2: a man waves" at the camera.')).toEqual([]);
    expect(quoted('Shot 1: a sign reads "Open<br><br>Shot 2: a man waves" at the camera.')).toEqual([]);
    expect(quoted('<li>Shot 1: a sign reads "Open</li><li>Shot 2: a man waves" at the camera.</li>')).toEqual([]);
    expect(quoted('A sign reads "Open<br>late" at night.')).toEqual(['Open<br>late']);
  });

  it('a straight mark glued to a number is inches, not a quotation', () => {
    expect(quoted('A 27" monitor and a 32" monitor glow on the desk.')).toEqual([]);
    expect(quoted('A 27" monitor shows the words "Game over" in red.')).toEqual(['Game over']);
  });

  it('a straight mark glued after a number closes a quotation opened glued to the same run: a quoted number', () => {
    expect(quoted('A castle at dusk --ar &quot;16:9&quot; --neg &quot;cartoon, anime&quot;')).toEqual(['16:9', 'cartoon, anime']);
    expect(quoted('Fires spell the number "100" , then again the number "100".')).toEqual(['100', '100']);
    expect(quoted('A 27" monitor, a 32" monitor and the words "Game over".')).toEqual(['Game over']);
  });

  it('pairs quotation marks written as HTML references in scraped text', () => {
    expect(quoted('A boy mouths the words &quot;my first day&quot; at the gate.')).toEqual(['my first day']);
    expect(quoted('She says &ldquo;not yet&rdquo; and &#34;soon&#34;, then &QUOT;go&QUOT;.')).toEqual(['not yet', 'soon', 'go']);
    expect(quoted('A sign reads &#8220;Open&#8221; and a straight &quot;mixed" pair.')).toEqual(['Open', 'mixed']);
  });

  it('an apostrophe reference is no quotation mark, and a straight reference glued to a number is inches', () => {
    expect(quoted('The baker&#39;s shop and the cook&#39;s van at dawn.')).toEqual([]);
    expect(quoted('A man in a chair, in the style of the movie &#39;The Matrix&#39;, green light.')).toEqual(['The Matrix']);
    expect(quoted("&#39;a girl on a swing, her sister says 'higher'&#39;")).toEqual(['higher']);
    expect(quoted('A 27&quot; monitor and a 32&quot; monitor glow.')).toEqual([]);
    expect(quoted('A 27&quot; monitor shows &quot;Game over&quot; in red.')).toEqual(['Game over']);
  });

  it('single marks quote when glued to the words they enclose, not as apostrophes', () => {
    expect(quoted("She whispers 'not yet' and leaves.")).toEqual(['not yet']);
    expect(quoted('He says \u2018No more.\u2019 and walks away.')).toEqual(['No more.']);
    expect(quoted("the dogs' bowls and the cats' toys")).toEqual([]);
    expect(quoted("rock'n'roll in the '90s style, the dogs' toys")).toEqual([]);
    expect(quoted("It's the girls' day")).toEqual([]);
  });

  it('in a prompt written as JSON the straight marks delimit its strings; escaped and curly marks still quote', () => {
    expect(quoted('{"subject": "a chef", "action": "ladles broth"}')).toEqual([]);
    expect(quoted('{"dialogue": "Chef: \\"Welcome!\\"", "camera": "static shot"}')).toEqual(['Welcome!\\']);
    expect(quoted('{"subject": "a sign reading \u201cOpen late\u201d"}')).toEqual(['Open late']);
    // A brace that opens no quoted key is a placeholder, not JSON.
    expect(quoted('{character} says "hello" to the crowd')).toEqual(['hello']);
  });

  it('prompts without marks share one empty list', () => {
    expect(analyze('A fox runs.').quotations).toBe(analyze('An owl flies.').quotations);
    expect(analyze('A fox runs.').quotations).toHaveLength(0);
  });
});
