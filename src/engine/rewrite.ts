/**
 * The suggested rewrite: the prompt's own clauses reordered into the formula (subject and
 * action, environment, camera, lighting, then audio for sound models, then style and settings),
 * the flagged abstract words left out, and a `[placeholder]` where a component is missing.
 * It never invents content: every word comes from the prompt, and the examples inside a
 * placeholder come from rules/data/alternatives.ts, marked "e.g.".
 */
import type { Component, Diagnostic, PromptAnalysis, ResolvedConfig, Rewrite, TextSpan, Token } from '../types.js';
import alternatives from '../../rules/data/alternatives.js';
import { componentMap, isContentWord, isIdea, parameterFlag, type ComponentMap } from './components.js';
import { articleFor, countsPlural, wantsAn } from './removal.js';
import { SPECIFICITY_RULE, componentPresence } from './score.js';
import { firstIndexWhere } from '../analysis/sort.js';
import { WORD_NAMES, newlineBefore, toolField } from '../analysis/flags.js';
import { DASHES, elementName, isAddress, isWordToken, lineBreakBetween, markOf } from '../analysis/tokenize.js';
import { INDEFINITE_ARTICLES, POSSESSIVES, adverbInLy, grades, listedWord, praisesOwnedNoun } from '../analysis/pos.js';
import { isCapitalised } from '../analysis/capitals.js';
import { CAPITALISED_WORDS } from '../analysis/data/pos-lexicon.js';
import { COMPOUND_PARTICIPLES, EMPTY_LIGHT_NOUNS, EMPTY_TAG_NOUNS, GENERIC_HEADS, INTENSIFIERS, MOOD_NOUNS, MOOD_VERBS } from '../../rules/data/abstract.js';
import MEDIUM_NOUNS from '../../rules/data/medium.js';
import { ACTION_NOUNS } from '../../rules/data/subject.js';
import { ABSORB_AFTER, ABSORB_BEFORE, SETTING_FLAGS, VALUE_FLAG_NAMES, VALUE_WORD_FLAGS } from '../../rules/data/setting.js';

/** Where each group of clauses goes, in the formula's order. */
const ORDER: readonly Component[] = ['subject', 'environment', 'camera', 'lighting', 'audio', 'style', 'settings'];
// Full-width commas too ("health，beautiful，sunny").
const CONNECTORS = new Set([',', ';', '\uFF0C', '\uFF1B', '\u3001', 'and', 'or', '&']);
const TRAILING = new Set([',', ';', '\uFF0C', '\uFF1B', '\u3001', ':', '.', '!', '?', '\u2026', '\u2013', '\u2014']);
const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);
const LINE_BREAK = /[\r\n]/;
const SETTINGS_RULE = 'no-settings-in-prose';
const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);
/** Punctuation that closes what comes before it: a bracket, a comma. */
const CLOSING = new Set([...CLOSERS, ',', '\uFF0C']);
const COLONS = new Set([':', '\uFF1A']);
/** Double quotation marks. */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB']);
/** A clause opening with one of these continues the one before it ("…, and more", "…, but I can't"), or tells what happens next ("…, then sun sets"). */
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', '&', 'then', 'finally', 'suddenly', 'eventually', 'afterwards']);
/** "a street lined with shops", "a man dressed in black": a participle, not a verb with a subject. */
const PARTICIPLE_PREPS = new Set(['with', 'by', 'in']);
/** What may follow a verb: its object's determiner, an adverb, a preposition, a pronoun. */
const VERB_FOLLOWERS = new Set(['det', 'adv', 'prep', 'pron']);
/** Words that describe the next one: "warm and beautiful light" joins them, not two things. */
const MODIFIER_TAGS = new Set(['adj', 'adv']);
/** Nouns that mean nothing without their praise ("cinematic style"): the rewrite keeps or drops the pair as the rule's deletion does. */
const GENERIC_HEAD: ReadonlySet<string> = new Set(GENERIC_HEADS);
/** Picture nouns that say nothing as a list item of their own ("…, superb details, …"), nor do movement and change named as a noun ("…, cinematic motion, …"). */
const EMPTY_TAG: ReadonlySet<string> = new Set([...EMPTY_TAG_NOUNS, ...EMPTY_LIGHT_NOUNS, ...ACTION_NOUNS]);
/** Words that open what follows an object rather than go on with it: "a video of beautiful, a cat …". */
const OBJECT_AFTER = new Set(['det', 'pron', 'prep']);
/** Nouns naming the picture or its parts ("a video of …", "a shot of …"). */
const PICTURE_NOUNS: ReadonlySet<string> = new Set(EMPTY_TAG_NOUNS);
/** What ends an item of a tag list, or the sentence it is in. */
const LIST_BREAKS = new Set([',', ';', '\uFF0C', '\uFF1B', '\u3001', '|', ...SENTENCE_END]);
/** Pronouns a present-tense verb agrees with in its base form: "they run". */
const PLURAL_PRONOUNS = new Set(['i', 'you', 'we', 'they']);
/** Words that may be the subject of a verb after them. */
const SUBJECT_TAGS = new Set(['noun', 'name', 'pron']);
/** The specificity rule's reports on praise and quality tags (not on genre labels, which stand in for a scene). */
const PRAISE_REPORTS: ReadonlySet<string> = new Set(['vague', 'quality']);
/** Prepositions that may end a phrasal verb ("panning out") or take no object here ("a sense of"). */
const PARTICLES = new Set(['of', 'out', 'up', 'down', 'off', 'away', 'back', 'around', 'along', 'over', 'past', 'about', 'by']);
/** Coordinators of contrast: "eerie yet captivating", "quiet but stunning". */
const CONTRASTS = new Set(['but', 'yet']);
/** Words that open what comes before a sentence's verb: "The bridge,", "In the center,", "As it nears the bridge,". */
const OPENING_TAGS = new Set(['det', 'pron', 'prep', 'conj', 'name']);
/** The groups an opening sentence moves back for. */
const TRAILING_GROUPS = new Set<Component>(['camera', 'lighting', 'audio', 'settings']);
/** A comma opening a sentence's text, and the spaces after it. */
const LEADING_COMMA = /^[,\uFF0C]\s*/;
/** A sentence stop, maybe followed by a closing quotation mark or bracket, written as itself or as an HTML reference ("&quot;", "&#39;"). */
const STOP_AT_END = /(?:[.!?\u2026]|&hellip;)(?:["'\u201d\u2019\u00bb)\]]|&(?:quot|apos|rdquo|rsquo|raquo|#0*34|#0*39|#x0*2[27]|#8217|#8221|#187);)*$/i;
/** Words that name a setting and go with its value: "ratio 9:16", "ar 16:9", "resolution 1080p". */
const SETTING_NAMES = new Set([...Object.keys(SETTING_FLAGS), ...Object.keys(VALUE_FLAG_NAMES), ...ABSORB_AFTER]);
/** Prepositions that go with the setting after them: "in 4K", "at 60fps" (and any other before a value or a setting's name: "with ratio 9:16"). */
const SETTING_PREPOSITIONS = new Set(ABSORB_BEFORE);
/** Setting names that are words, not a flag's short name: "with ratio 9:16", not "light up ar 16:9". */
const SETTING_WORDS = new Set(ABSORB_AFTER);
const VALUE_FLAGS = new Set(VALUE_WORD_FLAGS);
/** A placeholder's inner text must stay short enough to be recognised as one (see src/analysis/placeholders.ts). */
const MAX_PLACEHOLDER = 78;

function placeholder(label: string, example: string | undefined): string {
  const withExample = example ? `${label}, e.g. ${example}` : label;
  return `[${withExample.length <= MAX_PLACEHOLDER ? withExample : label}]`;
}

/** Placeholder texts; examples are the first entries of the alternatives data. */
export const PLACEHOLDERS = {
  subjectAndAction: placeholder('subject and action: who or what, doing what', alternatives.action[0]),
  subject: placeholder('subject: who or what the shot is about', undefined),
  action: placeholder('action: what the subject does', alternatives.action[0]),
  environment: placeholder('environment: place and time', alternatives.setting[1] && alternatives.timeOfDay[1] ? `${alternatives.setting[1]} ${alternatives.timeOfDay[1]}` : undefined),
  camera: placeholder('camera: shot type or movement', alternatives.movement[1]),
  lighting: placeholder('lighting: source, quality or direction', alternatives.lightQuality[0]),
  audio: placeholder('audio: ambience, effects or dialogue', alternatives.audio[0]),
} as const;

/** Where a run of the prompt goes: a clause or several, or (in a prompt of several sentences) a sentence or several. */
interface Unit {
  /** Token range in the prompt, half-open. */
  from: number;
  to: number;
  /** Kept token indexes: without the flagged words, the connectors they leave dangling and the closing punctuation. */
  tokens: number[];
  /** The closing punctuation left out of `tokens`: written when the next unit still follows it. */
  trail: number[];
  group: Component;
  counts: Map<Component, number>;
  /** A subject action among its words. */
  action: boolean;
  /** Opens with a participle or "with" ("…, focusing on the train", "…, with waves lapping"): it describes the unit before it. */
  describes: boolean;
  /** Opens on a web address or a file name: an image prompt's link, which a tool reads first. */
  address: boolean;
}

/** A sentence of the prompt (or several, when brackets or a quotation run across their stop) and the units it is cut into. */
interface Block {
  from: number;
  to: number;
  /** Kept token indexes, its own punctuation included. */
  tokens: number[];
  units: Unit[];
  group: Component;
  /** Its clauses are fragments with no verb of their own (a tag list): they may be reordered inside it. */
  tags: boolean;
  /** The closing punctuation left out of `tokens` where a tool's flags were split off: written when they still follow it. */
  trail?: number[];
}

export function computeRewrite(analysis: PromptAnalysis, diagnostics: readonly Diagnostic[], config: ResolvedConfig): Rewrite {
  const { text, tokens } = analysis;
  const unchanged: Rewrite = { text, changed: false, placeholders: [], removed: [] };
  // A prompt of marks alone has nothing to reorder; one of links alone keeps them, and asks for the rest.
  if (analysis.language.code !== 'en' || (analysis.wordCount === 0 && !analysis.tokens.some(isAddress))) return unchanged;

  const map = componentMap(analysis);
  const inside = placeholderTokens(analysis);
  const removed = flaggedTokens(analysis, diagnostics, inside);
  const blocks = buildBlocks(analysis, map, diagnostics, removed, inside);
  // A component a placeholder already asks for ("[camera: …]" from an earlier rewrite) gets no second one.
  const asked = new Set(analysis.placeholders.flatMap((p) => labelled(p.inner)));

  const found = componentPresence(analysis, diagnostics, config);
  // Links alone hold none of the formula, whatever the rules (silent on a prompt without words) say.
  const presence = analysis.wordCount === 0 ? { subject: false, motion: false, environment: false, camera: false, lighting: false, audio: false } : { ...found };
  // Light named only by praise ("…, perfect lighting") is gone with it: ask for the light instead.
  if (presence.lighting && removed.size > 0 && analysis.byCategory.lighting.every((m) => removed.has(m.tokenEnd - 1))) presence.lighting = false;
  for (const c of asked) if (c in presence) presence[c as keyof typeof presence] = true;
  const slots = new Map<Component, { text: string; component: Component }[]>();
  const add = (after: Component, component: Component, t: string) => {
    let list = slots.get(after);
    if (!list) slots.set(after, (list = []));
    list.push({ component, text: t });
  };
  let leading: { component: Component; text: string } | undefined;
  if (!presence.subject) leading = presence.motion ? { component: 'subject', text: PLACEHOLDERS.subject } : { component: 'subject', text: PLACEHOLDERS.subjectAndAction };
  else if (!presence.motion) add('subject', 'motion', PLACEHOLDERS.action);
  if (!presence.environment) add('environment', 'environment', PLACEHOLDERS.environment);
  // Slow motion or a time-lapse says how time is captured, not how the shot is framed: still ask for the framing.
  if (!presence.camera || (!framed(map) && !asked.has('camera'))) add('camera', 'camera', PLACEHOLDERS.camera);
  if (!presence.lighting) add('lighting', 'lighting', PLACEHOLDERS.lighting);
  if (config.model?.audio && !presence.audio) add('audio', 'audio', PLACEHOLDERS.audio);

  // Several sentences: whole sentences move, each written as it stands. One sentence: its clauses move.
  const sentences = blocks.length > 1;
  type Item = Block | Unit;
  type Piece = { item: Item } | { placeholder: { component: Component; text: string } };
  const items: Item[] = sentences ? blocks : (blocks[0]?.units ?? []);
  const pieces: Piece[] = [];
  // A prompt opening on a link (an image prompt's "https://…" or "image:IMG_1.jpg", which a tool reads first) keeps it first.
  const link = items[0] !== undefined && items[0].from === 0 && items[0].tokens.some((i) => isAddress(tokens[i]!)) ? items[0] : undefined;
  if (link) pieces.push({ item: link });
  if (leading) pieces.push({ placeholder: leading });
  for (const group of ORDER) {
    for (const item of items) if (item.group === group && item !== link) pieces.push({ item });
    for (const p of slots.get(group) ?? []) pieces.push({ placeholder: p });
  }

  // A prompt written as JSON or as labelled fields keeps its form: nothing moves and nothing is
  // left out (a deletion could empty a value); what is missing is added in the same form.
  // Fields are read (and written) as plain text when markup was scraped with them: "Style:<br>Camera: …"
  // is two fields. JSON is read as written: its "\n" is JSON's own escape.
  const json = jsonObject(text);
  const plain = json ? undefined : plainPrompt(analysis);
  const source = plain?.text ?? text;
  const form = json ? 'json' : fieldsForm(source);
  if (form !== undefined) {
    const asks = [...(leading ? [leading] : []), ...ORDER.flatMap((group) => slots.get(group) ?? [])];
    if (asks.length === 0) return unchanged;
    const at = closingSettings(analysis);
    const out = form === 'json' ? withJsonFields(text, asks) : withFieldLines(source, asks, plain && at < text.length ? plain.starts[firstTokenAt(tokens, at)]! : at === text.length ? source.length : at);
    return { text: out, changed: true, placeholders: asks, removed: [] };
  }

  const removedWords = [...removed].sort((a, b) => a - b).filter((i) => tokens[i]!.kind === 'word').map((i) => tokens[i]!.text);
  const order = pieces.flatMap((p) => ('item' in p ? ('units' in p.item ? inOrder(p.item) : [p.item]).map((u) => u.from) : []));
  const reordered = order.some((start, i) => i > 0 && order[i - 1]! > start);
  const added = pieces.filter((p): p is { placeholder: { component: Component; text: string } } => 'placeholder' in p).map((p) => p.placeholder);
  if (removed.size === 0 && added.length === 0 && !reordered) return unchanged;

  const out = sentences ? writeSentences(analysis, pieces.map((p) => ('item' in p ? (p.item as Block) : p.placeholder.text))) : writeClauses(analysis, pieces.map((p) => ('item' in p ? (p.item as Unit) : p.placeholder.text)));
  return { text: out, changed: out !== text, placeholders: added, removed: removedWords };
}

/**
 * The prompt as plain text (see `plainGap`), with where each token now starts; undefined when it
 * has no markup. Markup before its first word or after its last one goes, with the spaces around it.
 */
function plainPrompt(analysis: PromptAnalysis): { text: string; starts: Int32Array } | undefined {
  const { text, tokens } = analysis;
  if (text.indexOf('\\') < 0 && text.indexOf('<') < 0 && text.indexOf('&') < 0) return undefined;
  const starts = new Int32Array(tokens.length);
  let out = '';
  let markup = false;
  for (let i = 0; i <= tokens.length; i++) {
    const p = tokens[i - 1];
    const t = tokens[i];
    const raw = text.slice(p?.end ?? 0, t?.start ?? text.length);
    const gap = plainGap(text, p, t);
    if (gap !== raw) markup = true;
    out += (p === undefined || t === undefined) && gap !== raw ? '' : gap;
    if (t === undefined) break;
    starts[i] = out.length;
    out += t.text;
  }
  return markup ? { text: out, starts } : undefined;
}

/** A line that opens with a field's name and a colon ("Camera: …", "- **Lighting:** …", "## Audio"). */
const FIELD_LINE = /^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?[A-Za-z][A-Za-z /&]{0,24}(?:\*\*)?:(?:\*\*)?(?:[ \t]|$)|^[ \t]*#{1,6}[ \t]+\S/gm;

/** Whether the prompt is written as a JSON object. */
function jsonObject(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    // Not JSON after all: read it as text.
    return false;
  }
}

/**
 * Whether a prompt is written as fields: a screenplay (a scene heading opening a line) or two or
 * more lines that open with a field's name or a Markdown heading. Prose, even with a colon in it,
 * is not.
 */
function fieldsForm(text: string): 'fields' | undefined {
  if (!text.includes('\n')) return undefined;
  return SLUG_LINE.test(text) || (text.match(FIELD_LINE)?.length ?? 0) >= 2 ? 'fields' : undefined;
}

/** A screenplay's scene heading opening a line ("EXT. WHEAT FIELD - GOLDEN HOUR", "INT./EXT. CAR"). */
const SLUG_LINE = /^[ \t]*(?:INT|EXT|INT\.?\/EXT|I\/E)\.[ \t]/m;

/** The JSON key a missing component is asked for under. */
const JSON_KEYS: Readonly<Record<Component, string>> = { subject: 'subject', motion: 'action', environment: 'setting', camera: 'camera', lighting: 'lighting', audio: 'audio', style: 'style', settings: 'settings' };

/** The object with one more key per missing component, before its closing brace, in its own indentation. */
function withJsonFields(text: string, asks: readonly { component: Component; text: string }[]): string {
  const close = text.lastIndexOf('}');
  let end = close;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const multiline = text.slice(0, close).includes('\n');
  const indent = multiline ? (/\n([ \t]+)"/.exec(text)?.[1] ?? '  ') : '';
  const empty = text[end - 1] === '{';
  const entries = asks.map((a) => `${JSON.stringify(JSON_KEYS[a.component])}: ${JSON.stringify(a.text)}`);
  const joined = multiline ? entries.map((e) => `\n${indent}${e}`).join(',') : entries.join(', ');
  return text.slice(0, end) + (empty ? '' : ',') + (multiline ? joined : ` ${joined}`) + text.slice(end);
}

/** The prompt with one more line per missing component, after its last or before its tool settings (`at`). */
function withFieldLines(text: string, asks: readonly { text: string }[], at: number): string {
  const head = text.slice(0, at).trimEnd();
  const lines = asks.map((a) => `\n${a.text}`).join('');
  return at < text.length ? `${head}${lines}\n${text.slice(at)}` : head + lines + text.slice(head.length);
}

/** Where the first tool parameter or inline negative prompt starts ("--ar 16:9", "Negative prompt: …"), or the end. */
function closingSettings(analysis: PromptAnalysis): number {
  const { text, tokens } = analysis;
  let at = text.length;
  for (const p of analysis.negativePrompts) at = Math.min(at, tokens[p.opener]!.start);
  for (let i = 1; i < tokens.length && tokens[i]!.start < at; i++) {
    if (parameterFlag(text, tokens, i) >= 0) at = tokens[i]!.start;
  }
  return at;
}

/** One sentence's clauses joined by commas, the first capitalised, then the prompt's closing stop. */
function writeClauses(analysis: PromptAnalysis, pieces: readonly (Unit | string)[]): string {
  const { tokens } = analysis;
  let out = '';
  for (const piece of neighbours(pieces)) {
    if (out.length > 0) out += ', ';
    out += typeof piece === 'string' ? piece : clauseText(analysis, piece, out.length === 0);
  }
  const last = tokens[tokens.length - 1]!;
  if (SENTENCE_END.has(markOf(last))) out += last.text;
  return out;
}

/** Units that were neighbours in the prompt and still are: one run, with the punctuation that was between them. */
function neighbours(pieces: readonly (Unit | string)[]): (Unit | string)[] {
  const out: (Unit | string)[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (typeof piece !== 'string' && prev !== undefined && typeof prev !== 'string' && prev.to === piece.from) {
      out[out.length - 1] = { ...prev, to: piece.to, tokens: [...prev.tokens, ...prev.trail, ...piece.tokens], trail: piece.trail };
    } else out.push(piece);
  }
  return out;
}

function clauseText(analysis: PromptAnalysis, unit: Unit, first: boolean): string {
  const t = tokensText(analysis, unit.tokens);
  if (first) return upperFirst(analysis, t, unit.tokens[0]);
  // A prompt that opened on a comma (", dark shot, …") leaves it behind: the comma before it is the rewrite's.
  if (unit.from === 0 && LEADING_COMMA.test(t)) return t.replace(LEADING_COMMA, '');
  // "A dog" moved after a comma becomes "a dog".
  const initial = analysis.tokens[unit.from]!.sentence !== analysis.tokens[unit.from - 1]?.sentence;
  return initial ? lowerFirst(analysis, analysis.tokens[unit.tokens[0]!]!, t) : t;
}

/**
 * Sentences in their new order, each with its own words, punctuation and capitals. Two sentences
 * that were neighbours keep the space or line break between them; a sentence with no stop of its
 * own that now has another after it gets one. Placeholders between sentences form a sentence.
 */
function writeSentences(analysis: PromptAnalysis, pieces: readonly (Block | string)[]): string {
  const { text, tokens } = analysis;
  const endsWithStop = (t: string) => STOP_AT_END.test(t);
  const finalStop = SENTENCE_END.has(markOf(tokens[tokens.length - 1]!)) ? tokens[tokens.length - 1]!.text : '';
  let out = '';
  let prev: Block | undefined;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (out.length > 0) {
      const gap = prev ? plainGap(text, tokens[prev.to - 1], tokens[prev.to]) : ' ';
      const newline = LINE_BREAK.test(gap);
      if (prev && typeof piece !== 'string' && piece.from === prev.to) out += prev.trail ? joint(analysis, prev, gap) : gap;
      else if (endsWithStop(out)) out += newline ? '\n' : ' ';
      // A sentence left open on a comma ("loose fitting cloths,") or a colon ("Here are the
      // details:") closes with the stop instead.
      else out = newline ? `${out}\n` : `${withoutOpenEnd(out)}. `;
    }
    if (typeof piece === 'string') {
      // A run of placeholders is one sentence.
      out += piece;
      while (typeof pieces[k + 1] === 'string') out += `, ${pieces[++k]}`;
      // Placeholders ask for something: a stop, not the prompt's "!" or "?".
      out += k + 1 < pieces.length || finalStop !== '' ? '.' : '';
      prev = undefined;
      continue;
    }
    let t = sentenceText(analysis, piece);
    // A sentence that opened on the comma after the one before it ("laughter., Figurine style")
    // and moved away from it leaves the comma behind.
    if (!(prev && piece.from === prev.to)) t = t.replace(LEADING_COMMA, '');
    const head = tokens[piece.from]!;
    // The prompt's opening sentence keeps the capital the rewrite gives it, even after a placeholder.
    if (out.length === 0 || piece.from === 0 || /^\p{Lu}/u.test(head.text)) t = upperFirst(analysis, t, inOrder(piece)[0]?.tokens[0] ?? piece.tokens[0]);
    // A sorted tag list that no longer opens on its own first token ("fire., 32k, sharpness" → "fire. Sharpness") is set apart by a space.
    if (out.length > 0 && !/\s$/.test(out) && !t.startsWith(head.text) && !t.toLowerCase().startsWith(head.text.toLowerCase())) out += ' ';
    out += t;
    prev = piece;
  }
  return out;
}

/** Marks that leave a sentence open: a comma or a colon, also full-width. */
const OPEN_ENDS = new Set([',', '\uFF0C', ':', '\uFF1A']);

/** The text without a comma or a colon (and the spaces around it) that ends it. Read from the end, once: a pattern anchored at the end would retry at every space. */
function withoutOpenEnd(t: string): string {
  const body = t.trimEnd();
  if (!OPEN_ENDS.has(body[body.length - 1] ?? '')) return t;
  return body.slice(0, -1).trimEnd();
}

/** The end of a sentence the flags were split off, when they still follow it: its closing punctuation, then the prompt's spacing (a space where words were left out). */
function joint(analysis: PromptAnalysis, block: Block, gap: string): string {
  const written = [block.tokens[block.tokens.length - 1]!, ...block.trail!];
  const end = tokensText(analysis, written).slice(analysis.tokens[written[0]!]!.text.length);
  return end + (written[written.length - 1] === block.to - 1 ? gap : ' ');
}

/** A sentence as written (less the flagged words); a tag list's fragments in the formula's order, joined by commas. */
function sentenceText(analysis: PromptAnalysis, block: Block): string {
  const units = inOrder(block);
  if (units === block.units) return tokensText(analysis, block.tokens);
  const last = analysis.tokens[block.to - 1]!;
  const stop = SENTENCE_END.has(markOf(last)) && block.tokens.includes(last.index) ? last.text : '';
  // A fragment that opened on the comma after a stop ("fire., 32k, sharpness") leaves it behind when sorted.
  return neighbours(units).map((u, i) => clauseText(analysis, u as Unit, i === 0).replace(LEADING_COMMA, '')).join(', ') + stop;
}

/**
 * A tag list's units in the formula's order; any other sentence's as written. A unit that
 * describes the one before it ("Wide shot, tilting up to the horizon", "A beach at dawn, with
 * waves lapping at the sand") moves with it, in the place of the first.
 */
function inOrder(block: Block): Unit[] {
  if (!block.tags) return block.units;
  const runs: Unit[][] = [];
  for (const u of block.units) {
    if (u.describes && runs.length > 0) runs[runs.length - 1]!.push(u);
    else runs.push([u]);
  }
  // A tag list opening on a link ("https://s.mj.run/… photorealistic, …") keeps it first.
  const first = runs[0]?.[0]?.address === true ? runs.shift()! : [];
  const sorted = [...first, ...runs.sort((a, b) => ORDER.indexOf(a[0]!.group) - ORDER.indexOf(b[0]!.group)).flat()];
  return sorted.every((u, i) => u === block.units[i]) ? block.units : sorted;
}

/** The camera evidence includes a shot type, movement, angle, lens or focus, not only a capture technique. */
export function framed(map: ComponentMap): boolean {
  if (map.kinds.motion.has('camera')) return true;
  for (const kind of map.kinds.camera) if (kind !== 'technique') return true;
  return false;
}

/** Where a flagged abstract word is: its characters and its tokens. */
interface FlaggedSpan {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * The abstract words the specificity rule flagged: each abstract match a diagnostic covers, and
 * each praise word or quality tag it read through a slip ("hight quality", "wonderfull"), which
 * no lexicon match holds: a report on praise that covers a word no dictionary or vocabulary knows.
 */
function flaggedSpans(analysis: PromptAnalysis, flagged: readonly Diagnostic[]): FlaggedSpan[] {
  const spans: FlaggedSpan[] = analysis.byCategory.abstract.filter((m) => flagged.some((d) => d.range[0] <= m.start && m.end <= d.range[1]));
  for (const d of flagged) {
    if (!PRAISE_REPORTS.has(d.messageId) || spans.some((m) => d.range[0] <= m.start && m.end <= d.range[1])) continue;
    const words = analysis.words.filter((t) => t.start >= d.range[0] && t.end <= d.range[1]);
    if (!words.some((t) => !t.known && !analysis.matches.some((m) => m.tokenStart <= t.index && t.index < m.tokenEnd))) continue;
    // An article typed onto the praise ("is adramatic feat") is no slip to leave out: without it the phrase loses its article.
    if (words.some(gluedArticle)) continue;
    spans.push({ start: d.range[0], end: d.range[1], tokenStart: words[0]!.index, tokenEnd: words[words.length - 1]!.index + 1 });
  }
  return spans;
}

/** An article and a word run together ("adramatic", "anamazing", "thebeautiful"): a missing space, not a slip. */
const GLUED_ARTICLE = /^(?:an?|the)(?=[a-z]{4})/;
function gluedArticle(t: Token): boolean {
  const article = GLUED_ARTICLE.exec(t.norm)?.[0];
  if (article === undefined) return false;
  const rest = t.norm.slice(article.length);
  return listedWord(rest, rest) && (article !== 'a' || !wantsAn(rest)) && (article !== 'an' || wantsAn(rest));
}

/** Tokens inside a flagged abstract word (`flaggedSpans`). */
function flaggedTokens(analysis: PromptAnalysis, diagnostics: readonly Diagnostic[], inside: Int32Array): Set<number> {
  const out = new Set<number>();
  const flagged = diagnostics.filter((d) => d.ruleId === SPECIFICITY_RULE);
  if (flagged.length === 0) return out;
  const spans = flaggedSpans(analysis, flagged);
  const praise = new Set<number>();
  for (const m of spans) for (let i = m.tokenStart; i < m.tokenEnd; i++) praise.add(i);
  for (const m of spans) {
    if (holdsPlace(analysis.tokens, m.tokenStart, m.tokenEnd, praise)) continue;
    // A word only partly inside the match ("ultra" of "ultra-sharp") keeps its other part: keep it
    // whole, and the rest of the match with it ("Ultra-high resolution", not "Ultra-high."), unless
    // that part is a degree word, which goes as it would written apart ("ultra-high definition").
    const first = analysis.tokens[m.tokenStart]!;
    const graded = first.start < m.start && INTENSIFIER.has(analysis.text.slice(first.start, m.start).toLowerCase().replace(/-$/, ''));
    if (!graded && m.tokenEnd - m.tokenStart > 1 && analysis.tokens.slice(m.tokenStart, m.tokenEnd).some((t) => t.start < m.start || t.end > m.end)) continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) {
      const t = analysis.tokens[i]!;
      if (((t.start >= m.start && t.end <= m.end) || (graded && i === m.tokenStart && t.end <= m.end)) && inside[i]! < 0) out.add(i);
    }
    // A degree word grading the praise goes with it, as in the rule's own deletion: "a very
    // beautiful woman" → "a woman", not "a very woman".
    const prev = analysis.tokens[m.tokenStart - 1];
    if (prev && out.has(m.tokenStart) && grades(prev, analysis.tokens[m.tokenStart]!) && inside[prev.index]! < 0) out.add(prev.index);
    // "an astonishing 11 days" → "11 days": the article was the adjective's, not the count's.
    const article = analysis.tokens[out.has(prev?.index ?? -1) ? prev!.index - 1 : m.tokenStart - 1];
    if (article && out.has(m.tokenEnd - 1) && INDEFINITE_ARTICLES.has(article.norm) && inside[article.index]! < 0 && countsPlural(analysis.tokens, m.tokenEnd)) out.add(article.index);
    // A tag written as a flag ("grainy -cinematic -4k") or between dashes ("motion 4 - cinematic - 8k") takes its dash along.
    if (out.has(m.tokenStart) && out.has(m.tokenEnd - 1)) for (const i of dashesBefore(analysis.tokens, m.tokenStart, m.tokenEnd)) if (inside[i]! < 0) out.add(i);
    // Praise that was a preposition's whole object (a noun: not "panning out ultra cinematic") takes
    // the preposition along: "captured in high resolution, with soft shadows" → "captured, with soft
    // shadows", not "captured in with".
    const object = prev && out.has(prev.index) ? analysis.tokens[prev.index - 1] : prev;
    const next = analysis.tokens[m.tokenEnd];
    if (object?.tag === 'prep' && !PARTICLES.has(object.norm) && analysis.tokens[m.tokenEnd - 1]!.tag === 'noun' && object.sentence === analysis.tokens[m.tokenStart]!.sentence && out.has(m.tokenEnd - 1) && inside[object.index]! < 0 && (next === undefined || next.sentence !== object.sentence || LIST_BREAKS.has(next.text))) out.add(object.index);
  }
  if (out.size > 0) settleGenericHeads(analysis.tokens, out, inside);
  if (out.size > 0) settleBrackets(analysis.tokens, out, inside);
  if (out.size > 0) settleObjects(analysis.tokens, out, inside);
  if (out.size > 0) settleMoodClauses(analysis.tokens, out, inside);
  return out;
}

/** Brackets around nothing but praise left out ("… in a dark alleyway (cinematic)") go with it: "()" says nothing. */
function settleBrackets(tokens: readonly Token[], out: Set<number>, inside: Int32Array): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const close = BRACKETS[tokens[i]!.text];
    if (close === undefined || inside[i]! >= 0 || !out.has(i + 1)) continue;
    let k = i + 1;
    while (k < tokens.length && out.has(k)) k++;
    // A weight written after the praise ("(extremely detailed: 1.2)", "(masterpiece:1.3)") goes with it: "(: 1.2)" says nothing.
    if (k > i + 1 && COLONS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'number' && tokens[k + 2]?.text === close && inside[k]! < 0) {
      out.add(k);
      out.add(++k);
      k++;
    }
    if (tokens[k]?.text === close) {
      out.add(i);
      out.add(k);
      // Brackets doubled for weight ("((masterpiece))") go together.
      for (let a = i - 1, b = k + 1; a >= 0 && b < tokens.length && BRACKETS[tokens[a]!.text] === tokens[b]!.text && inside[a]! < 0; a--, b++) {
        out.add(a);
        out.add(b);
      }
    }
    i = k - 1;
  }
}

const MOOD_VERB: ReadonlySet<string> = new Set(MOOD_VERBS);
const MOOD_NOUN: ReadonlySet<string> = new Set(MOOD_NOUNS);

/**
 * A clause after a comma that only gives a mood, all of whose describing words are left out
 * ("…, creating an enchanting atmosphere." → "…."; "…, evoking a captivating and dreamy mood."):
 * "creating an atmosphere" says nothing, so the clause goes whole, with its comma. A mood word
 * kept ("creating a serene atmosphere") keeps it.
 */
function settleMoodClauses(tokens: readonly Token[], out: Set<number>, inside: Int32Array): void {
  for (let v = 1; v + 3 < tokens.length; v++) {
    const verb = tokens[v]!;
    if (!MOOD_VERB.has(verb.norm) || tokens[v - 1]!.text !== ',' || tokens[v + 1]!.tag !== 'det') continue;
    // The describing words left out, with the connectors between them ("captivating and dreamy").
    let k = v + 2;
    let dropped = 0;
    for (; k < tokens.length; k++) {
      if (out.has(k)) dropped++;
      else if (!(CONNECTORS.has(tokens[k]!.norm) && out.has(k + 1))) break;
    }
    const head = tokens[k];
    const after = tokens[k + 1];
    if (dropped === 0 || head === undefined || !MOOD_NOUN.has(head.norm) || head.sentence !== verb.sentence) continue;
    if (after !== undefined && after.sentence === verb.sentence && !LIST_BREAKS.has(after.text)) continue;
    const clause = [v - 1, v, v + 1, k];
    if (clause.some((i) => inside[i]! >= 0)) continue;
    for (const i of clause) out.add(i);
    for (let i = v + 2; i < k; i++) out.add(i);
  }
}

/**
 * Praise that was the whole object of a preposition ("shot in cinematic, 4k", "a video of
 * beautiful", "a mix of hyper-realistic and dramatic,") would leave the preposition with nothing
 * after it. "of" after a noun naming the picture goes with its praise ("a video of beautiful" →
 * "a video"), as any other preposition does ("shot in cinematic, 4k" → "shot, 4k"); after any
 * other word ("in the style of cinematic", "a mix of …", "full of epic") nothing else says what
 * the phrase needs, and the praise stays.
 */
function settleObjects(tokens: readonly Token[], out: Set<number>, inside: Int32Array): void {
  for (const i of [...out].sort((a, b) => a - b)) {
    const prep = tokens[i - 1];
    if (prep === undefined || out.has(prep.index) || prep.tag !== 'prep' || inside[prep.index]! >= 0 || prep.sentence !== tokens[i]!.sentence) continue;
    if (PARTICLES.has(prep.norm) && prep.norm !== 'of') continue;
    // The run of left-out words, with the "and" or "or" between them ("hyper-realistic and dramatic").
    let end = i;
    for (;;) {
      if (out.has(end + 1)) end++;
      else if ((tokens[end + 1]?.norm === 'and' || tokens[end + 1]?.norm === 'or') && out.has(end + 2)) end += 2;
      else break;
    }
    // The object ends with its sentence, or at a break before a function word ("a video of
    // beautiful, a cat runs"); after a comma and another modifier it goes on ("filled with
    // dramatic, swirling clouds", "sliced into perfect, even rounds").
    const next = tokens[end + 1];
    const after = tokens[end + 2];
    const ends = next === undefined || next.sentence !== prep.sentence || (LIST_BREAKS.has(markOf(next)) && (after === undefined || after.sentence !== prep.sentence || OBJECT_AFTER.has(after.tag)));
    if (!ends) continue;
    const head = tokens[prep.index - 1];
    if (prep.norm !== 'of' || (head !== undefined && head.sentence === prep.sentence && !out.has(head.index) && PICTURE_NOUNS.has(head.norm))) out.add(prep.index);
    else for (let k = i; k <= end; k++) out.delete(k);
  }
}

/**
 * A generic noun whose every modifier is left out ("cinematic style", "beautiful and stunning
 * look") would mean nothing alone. As an item of a list it goes with them, as the rule's own
 * deletion does. After an article and with nothing after it ("in a cinematic style", "has an
 * epic look.") the rule offers no deletion, and the rewrite keeps the praise rather than leave
 * "in a style". A noun that keeps another modifier ("realistic cinematic style") or takes a
 * complement ("a beautiful view of the bay") still means something and loses only the praise.
 * A picture noun ("superb details", "cinematic shot") goes with its praise only as a list item.
 */
function settleGenericHeads(tokens: readonly Token[], out: Set<number>, inside: Int32Array): void {
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  let lastWord = tokens.length - 1;
  while (lastWord > 0 && tokens[lastWord]!.kind !== 'word') lastWord--;
  for (const i of [...out].sort((a, b) => a - b)) {
    const head = tokens[i + 1];
    if (head === undefined || out.has(head.index) || head.kind !== 'word' || head.sentence !== tokens[i]!.sentence || inside[head.index]! >= 0) continue;
    // "…, hyper realistic in style." → "…": praise that opens its item before "in" and a generic noun closing it.
    const inHead = tokens[i + 2];
    if ((head.norm === 'in' || head.norm === 'with') && inHead !== undefined && GENERIC_HEAD.has(inHead.norm) && inHead.sentence === head.sentence && inside[inHead.index]! < 0 && !out.has(inHead.index)) {
      let start = i;
      while (start > 0 && out.has(start - 1)) start--;
      const before = tokens[start - 1];
      const after = tokens[i + 3];
      const opens = before === undefined || before.sentence !== head.sentence || LIST_BREAKS.has(before.text);
      const closes = after === undefined || after.sentence !== head.sentence || LIST_BREAKS.has(after.text);
      if (opens && closes) {
        out.add(head.index);
        out.add(inHead.index);
      }
      continue;
    }
    const generic = GENERIC_HEAD.has(head.norm);
    if (!generic && !EMPTY_TAG.has(head.norm) && !(head.tag === 'noun' && EMPTY_TAG.has(head.lemma))) continue;
    // The run of left-out words before the noun, with the connectors between them.
    let start = i;
    while (start > 0 && (out.has(start - 1) || (CONNECTORS.has(tokens[start - 1]!.norm) && out.has(start - 2)))) start--;
    const before = tokens[start - 1];
    const after = tokens[head.index + 1];
    // A comma after a kept adjective that a determiner, a possessive or a verb opens joins two
    // modifiers of the noun ("a nostalgic, cinematic feel"), not two tags ("red liquid, cinematic style").
    const coordinate = before?.text === ',' && tokens[start - 2]?.tag === 'adj' && opensPhrase(tokens, start - 2);
    const opens = before === undefined || before.sentence !== head.sentence || (LIST_BREAKS.has(before.text) && !coordinate);
    const closes = after === undefined || after.sentence !== head.sentence || LIST_BREAKS.has(after.text);
    // Nothing else in the prompt: the rule offers no deletion, and nor does the rewrite.
    if (firstWord >= start && lastWord <= head.index) {
      if (generic) for (let k = start; k <= i; k++) out.delete(k);
    } else if (opens && closes) out.add(head.index);
    else if (generic && before?.tag === 'det' && (closes || (after!.tag === 'prep' && after!.norm !== 'of'))) for (let k = start; k <= i; k++) out.delete(k);
    // "shot in cinematic style." → "shot.": with no article, "in" or "with" has nothing left to take ("for dramatic effect" → "for effect" reads).
    else if (generic && closes && (before?.norm === 'in' || before?.norm === 'with') && inside[before.index]! < 0) {
      out.add(head.index);
      out.add(before.index);
    }
  }
}

/**
 * A possessive, a common noun's too ("the restaurant's warm, inviting atmosphere"), not "it's",
 * a decade ("80's aesthetic") or a title's ("Assassin's Creed").
 */
function isPossessive(t: Token): boolean {
  return POSSESSIVES.has(t.norm) || (t.tag === 'noun' && t.norm.endsWith("'s") && !CONTRACTED_VERB.test(t.norm) && /^\p{Ll}/u.test(t.text));
}

/** The adjective at `i` is in a run of adjectives that a determiner, a possessive, a preposition or a verb opens (a walk back of a few words). */
function opensPhrase(tokens: readonly Token[], i: number): boolean {
  for (let b = i - 1; b >= 0 && b >= i - 4 && tokens[b]!.sentence === tokens[i]!.sentence; b--) {
    const t = tokens[b]!;
    if (t.tag === 'adj' || t.text === ',') continue;
    return t.tag === 'det' || t.tag === 'prep' || t.tag === 'verb' || isPossessive(t);
  }
  return false;
}

/**
 * The flagged words stand where no other word would: a predicate ("the peaks are majestic, with
 * …"), a noun closing its sentence ("into the extraordinary."), a verb ("as they perfect the
 * presentation"). Leaving them out would break the sentence, so they stay. `praise`: the tokens
 * of every flagged word.
 */
function holdsPlace(tokens: readonly Token[], start: number, end: number, praise: ReadonlySet<number>): boolean {
  const first = tokens[start]!;
  if (first.tag === 'adv') return false; // "skyscrapers rise majestically," reads whole without it
  const at = (i: number) => (i >= 0 && tokens[i]?.sentence === first.sentence ? tokens[i] : undefined);
  const next = at(end);
  // The first half of a compound ("funny looking", "nice sounding"): "looking Man" says nothing.
  if (next !== undefined && COMPOUND_PARTICIPLE.has(next.norm)) return true;
  // An adjective with its complement ("…, perfect for an intimate evening", "making it perfect
  // for …"), as the rule reads it: "…, for an intimate evening" dangles. Right after a noun the
  // complement still reads as the noun's ("an atmosphere perfect for relaxation" → "an atmosphere for relaxation").
  if (end - start === 1 && first.tag === 'adj' && !first.norm.endsWith('ly') && (next?.norm === 'for' || next?.norm === 'to') && at(start - 1)?.tag !== 'noun') return true;
  // All a bare noun of what any subject has or wears says, as the rule reads it ("in dazzling attire"): "in attire" says nothing.
  if (praisesOwnedNoun(tokens, start, end)) return true;
  let p = start - 1;
  if (at(p) && grades(tokens[p]!, first)) p--;
  // Past the words that single out or deny a predicate: "is just beautiful,", "is not only stylish but …".
  let singledOut = false;
  for (; p >= start - 3 && FOCUSING.has(at(p)?.norm ?? ''); p--) singledOut ||= at(p)!.norm === 'only' || at(p)!.norm === 'just';
  const prev = at(p);
  if (prev === undefined) return false;
  if (prev.tag === 'pron' && next?.tag === 'det') return true;
  // An exclamation's complement: "i can't believe how beautiful this is".
  if (prev.norm === 'how') return true;
  // The words end a predicate before punctuation, "and", "or", or a "but" or "yet" opening more
  // than an adjective ("is stylish but can also fly"; not "is captivating yet serene", which reads
  // whole as "is serene") or answering "not only" ("is not only stylish but fast"). A phrase may
  // follow it too ("the style is majestic with bright light").
  const contrast = (next?.norm === 'but' || next?.norm === 'yet') && (singledOut || at(end + 1)?.tag !== 'adj');
  const closes = next === undefined || next.kind === 'punct' || next.norm === 'and' || next.norm === 'or' || contrast;
  if (isCopula(prev) && (closes || (next?.tag === 'prep' && next.norm !== 'of'))) return true;
  // The second of two praise predicates set against each other ("is not only beautiful but also
  // elegant,", "is striking yet elegant,"): the first goes with its "but" or "yet", this one stays
  // ("is soft yet dramatic," still reads "is soft,").
  if (closes && (prev.norm === 'but' || prev.norm === 'yet') && at(p - 1)?.tag === 'adj' && praise.has(p - 1)) {
    let q = p - 2;
    while (q >= p - 5 && (FOCUSING.has(at(q)?.norm ?? '') || (at(q) !== undefined && grades(tokens[q]!, tokens[p - 1]!)))) q--;
    const verb = at(q);
    if (verb !== undefined && isCopula(verb)) return true;
  }
  // The complement of a verb and its pronoun ("make it ultra realistic", "keep them stunning"): "Make it." says nothing.
  if (prev.tag === 'pron' && at(p - 1)?.tag === 'verb' && closes) return true;
  return prev.tag === 'det' && (next === undefined || SENTENCE_END.has(next.text));
}

/** The dashes that make a word a flag ("-cinematic", "--cinematic"), or the separator dash before a word between dashes. */
function dashesBefore(tokens: readonly Token[], start: number, end: number): number[] {
  const dash = (t: Token | undefined) => t !== undefined && t.text === '-' && t.sentence === tokens[start]!.sentence;
  let k = start;
  while (dash(tokens[k - 1]) && tokens[k - 1]!.end === tokens[k]!.start) k--;
  const spaced = (a: Token | undefined, b: Token) => a === undefined || a.end < b.start;
  if (k < start) return spaced(tokens[k - 1], tokens[k]!) ? Array.from({ length: start - k }, (_, j) => k + j) : [];
  const next = tokens[end];
  if (!dash(tokens[start - 1]) || !spaced(tokens[start - 1], tokens[start]!) || (next !== undefined && next.kind !== 'punct')) return [];
  // The separator may be a run of dashes ("-- Realistic -- Cinematic -- 4K"): the whole run goes.
  k = start - 1;
  while (k > start - 3 && dash(tokens[k - 1]) && tokens[k - 1]!.end === tokens[k]!.start) k--;
  return spaced(tokens[k - 1], tokens[k]!) ? Array.from({ length: start - k }, (_, j) => k + j) : [];
}

/** For each token, the index of the `[placeholder]` it is inside, or -1. */
function placeholderTokens(analysis: PromptAnalysis): Int32Array {
  const inside = new Int32Array(analysis.tokens.length).fill(-1);
  let p = 0;
  for (const t of analysis.tokens) {
    while (p < analysis.placeholders.length && analysis.placeholders[p]!.end <= t.start) p++;
    const ph = analysis.placeholders[p];
    if (ph && ph.start <= t.start && t.end <= ph.end) inside[t.index] = p;
  }
  return inside;
}

/** The components a placeholder already in the prompt stands for, from its label ("[camera: …]", "[lighting]"). */
function labelled(inner: string): Component[] {
  const label = inner.split(':')[0]!.trim().toLowerCase();
  return PLACEHOLDER_LABELS[label] ?? [];
}

const PLACEHOLDER_LABELS: Readonly<Record<string, Component[]>> = {
  'subject and action': ['subject', 'motion'],
  subject: ['subject'],
  action: ['motion'],
  environment: ['environment'],
  camera: ['camera'],
  lighting: ['lighting'],
  audio: ['audio'],
};

/** Labels that name a component ("Camera: …", "Sound: …"). */
const LABEL_GROUPS: Readonly<Record<string, Component>> = {
  camera: 'camera', shot: 'camera', shots: 'camera', framing: 'camera', lens: 'camera', angle: 'camera',
  lighting: 'lighting', light: 'lighting', audio: 'audio', sound: 'audio', sounds: 'audio', music: 'audio',
  setting: 'environment', location: 'environment', environment: 'environment', style: 'style',
};

/** In the settings marks (bits): the first token of a setting ("-" of "--ar 16:9"); of a tool's flags or an inline negative prompt. */
const OPENS = 2;
const TOOL = 4;

/**
 * For each token, whether the prompt may not be cut right before it: inside a pair of brackets
 * (one left open runs to the end of its sentence, a stray closing one from its start), a
 * quotation, a placeholder, or a setting the settings rule found ("--ar 16:9", "-ar:16:9").
 */
function bonds(analysis: PromptAnalysis, diagnostics: readonly Diagnostic[], settings: Uint8Array): Uint8Array {
  const { tokens, sentences } = analysis;
  const n = tokens.length;
  const diff = new Int32Array(n + 2);
  // Tokens a..b (inclusive) stay together.
  const tie = (a: number, b: number) => {
    if (b <= a) return;
    diff[a + 1]!++;
    diff[b + 1]!--;
  };
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    if (BRACKETS[t] !== undefined) open.push(i);
    else if (CLOSERS.has(t)) {
      const o = open.length > 0 && BRACKETS[tokens[open[open.length - 1]!]!.text] === t ? open.pop()! : sentences[tokens[i]!.sentence]!.tokenStart;
      // "a (small) dog": the words after a closing bracket carry on the same phrase.
      tie(o, i + 1 < n && tokens[i + 1]!.kind !== 'punct' && tokens[i + 1]!.sentence === tokens[i]!.sentence ? i + 1 : i);
    }
  }
  for (const o of open) tie(o, sentences[tokens[o]!.sentence]!.tokenEnd - 1);
  // A tool's parameters after the prompt's words ("… -ar 16:9 -motion 2 -camera zoom in") run to
  // the end of their clause: one setting, which moves last, after the placeholders.
  for (let i = 1; i < n; i++) {
    if (newlineBefore(analysis.text, tokens, i)) continue;
    const w = parameterFlag(analysis.text, tokens, i);
    if (w < 0) continue;
    const end = analysis.clauses[tokens[i]!.clause]!.tokenEnd - 1;
    if (hyphenTyped(tokens, i, w, end)) continue;
    // Flags in the middle of a sentence ("lighting with -gs12 for heightened impact") stay where
    // they are: moving them would take the prose after them along and leave "with" behind.
    if (proseAfterFlags(analysis.text, tokens, i, end)) {
      i = end;
      continue;
    }
    for (let k = i; k <= end; k++) if (tokens[k]!.kind !== 'punct') settings[k] = 1;
    settings[i] = OPENS | TOOL;
    tie(i, end);
    i = end;
  }
  // So does an inline negative prompt, to the end of its line ("-neg blur, text", "Negative
  // prompt: blur"): a placeholder written after it would be read as something to avoid.
  for (const p of analysis.negativePrompts) {
    for (let k = p.opener; k < p.tokenEnd; k++) if (tokens[k]!.kind !== 'punct') settings[k] = 1;
    settings[p.opener] = OPENS | TOOL;
    tie(p.opener, p.tokenEnd - 1);
  }
  // And a tool's form field ("Message: HELLO (Font: MODERN)"), to the end of its line: the text laid over the video is a setting.
  for (let i = 1; i + 1 < n; i++) {
    if (!toolField(tokens, i) || settings[i]) continue;
    let end = i + 1;
    while (end + 1 < n && !newlineBefore(analysis.text, tokens, end + 1)) end++;
    for (let k = i; k <= end; k++) if (tokens[k]!.kind !== 'punct') settings[k] = 1;
    settings[i] = OPENS | TOOL;
    tie(i, end);
    i = end;
  }
  // A stop after an initial ("in the style of D. Tracy") ends no sentence.
  // Nor does the stop of a screenplay's scene heading ("EXT. WHEAT FIELD - GOLDEN HOUR"): the place is its heading's.
  for (let k = 0; k + 1 < sentences.length; k++) if (endsWithInitial(tokens, sentences[k]!.tokenEnd) || endsWithSlug(tokens, sentences[k]!.tokenEnd)) tie(sentences[k]!.tokenEnd - 2, sentences[k + 1]!.tokenStart);
  for (const q of analysis.quotations) tie(q.tokenStart - 1, q.tokenEnd);
  // A quotation mark that opens no quotation found, before a word ("whispers \"come closer, …"), is a quotation left open: it runs to the end of its sentence.
  let q = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (!QUOTE_MARKS.has(markOf(tokens[i]!)) || tokens[i + 1]!.kind === 'punct' || tokens[i + 1]!.start !== tokens[i]!.end) continue;
    while (q < analysis.quotations.length && analysis.quotations[q]!.tokenEnd < i) q++;
    const found = analysis.quotations[q];
    if (found && found.tokenStart - 1 <= i && i <= found.tokenEnd) continue;
    // Not among a tool's flags ("-neg “blur, …"): there the flags decide what moves. The walk
    // stops at the next quotation mark, where the loop goes on: linear in the prompt.
    const { tokenStart, tokenEnd: end } = sentences[tokens[i]!.sentence]!;
    let k = i + 1;
    while (k < end && !QUOTE_MARKS.has(markOf(tokens[k]!)) && settings[k] === 0) k++;
    if (k === end && !flagged(settings, tokenStart, i)) tie(i, end - 1);
    i = k - 1;
  }
  for (const p of analysis.placeholders) tie(p.tokenStart, p.tokenEnd - 1);
  const found = diagnostics.filter((d) => d.ruleId === SETTINGS_RULE).map((d) => d.range).sort((x, y) => x[0] - y[0]);
  let prevEnd = -1;
  let prevStart = -1;
  for (const [start, end] of found) {
    let a = firstTokenAt(tokens, start);
    let b = a;
    while (b + 1 < n && tokens[b + 1]!.end <= end) b++;
    if (a >= n || tokens[a]!.end > end) continue;
    // A setting glued to the end of a word ("kissing her hand-ar 9:16") is not cut from it: moving it would take the word along.
    if (tokens[a]!.start < start && tokens[a]!.kind === 'word') continue;
    for (let i = a; i <= b; i++) if (tokens[i]!.kind !== 'punct') settings[i] = 1;
    settings[a]! |= OPENS;
    // "-ar:16:9": two findings glued by punctuation are one setting.
    if (prevEnd >= 0 && gapless(tokens, prevEnd, a)) a = prevStart;
    tie(a, b);
    prevStart = a;
    prevEnd = b;
  }
  const bound = new Uint8Array(n + 1);
  let depth = 0;
  for (let i = 0; i <= n; i++) {
    depth += diff[i]!;
    bound[i] = depth > 0 ? 1 : 0;
  }
  return bound;
}

/** The quotation marks and brackets among tokens `from`..`to` whose partner is not among them ("beautiful\"", not "(best quality)"). */
function unpairedMarks(tokens: readonly Token[], from: number, to: number): number[] {
  const open: number[] = [];
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const mark = markOf(tokens[i]!);
    const top = open.length > 0 ? markOf(tokens[open[open.length - 1]!]!) : '';
    if (BRACKETS[mark] !== undefined) open.push(i);
    else if (CLOSERS.has(mark) || QUOTE_MARKS.has(mark)) {
      if (BRACKETS[top] === mark || (QUOTE_MARKS.has(mark) && QUOTE_MARKS.has(top))) open.pop();
      else if (QUOTE_MARKS.has(mark)) open.push(i);
      else out.push(i);
    }
  }
  return [...out, ...open].sort((a, b) => a - b);
}

/** A setting is marked among the tokens from `from` up to `to` (a walk back over the words before an open quotation, once per sentence at most). */
function flagged(settings: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (settings[k] !== 0) return true;
  return false;
}

/**
 * After the flags that open at `i` and take a number, the clause goes on in prose: a function
 * word and another word ("-gs12 for heightened visual impact"), not a trailing tag ("-motion 3
 * hyperrealistic"). Flags that take words ("-camera zoom in", "-neg blur") run to the clause's end.
 */
function proseAfterFlags(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  let k = i;
  for (;;) {
    while (k <= end && tokens[k]!.kind === 'punct' && !DASHES.has(tokens[k]!.text)) k++;
    if (k > end) return false;
    const w = parameterFlag(text, tokens, k);
    if (w < 0) break;
    // Flags whose value is words, or that take none, run to the end of their clause.
    if (WORD_NAMES.has(tokens[w]!.norm)) return false;
    k = w + 1;
    // The value: numbers and the punctuation inside them ("16:9", "1.5").
    while (k <= end && (tokens[k]!.kind === 'number' || (tokens[k]!.kind === 'punct' && tokens[k]!.start === tokens[k - 1]!.end && !DASHES.has(tokens[k]!.text)))) k++;
  }
  const t = tokens[k]!;
  return t.kind === 'word' && FUNCTION_TAGS.has(t.tag) && t.tag !== 'num' && k < end && tokens[k + 1]!.kind === 'word';
}

/** "Clueless -Style,": a flag that takes words, with none after it, right after a word is a hyphen typed with a space. */
function hyphenTyped(tokens: readonly Token[], dash: number, name: number, end: number): boolean {
  if (!VALUE_FLAGS.has(tokens[name]!.norm) || tokens[dash - 1]!.kind !== 'word') return false;
  for (let k = name + 1; k <= end; k++) if (tokens[k]!.kind !== 'punct') return false;
  return true;
}

/** Tokens `a` to `b` follow one another with nothing skipped between them (no space, no markup). */
function gapless(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (tokens[k - 1]!.end !== tokens[k]!.start) return false;
  return true;
}

/** The first token that ends after `offset`. */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndexWhere(tokens.length, (k) => tokens[k]!.end > offset);
}

type Span = { tokenStart: number; tokenEnd: number; sentence: number };

/**
 * The prompt's clauses, each cut where the settings that close it begin ("cold wind --ar 9:16",
 * "eye pupil blood -ar 16:9 -motion 2"), so that the settings move last without the words before
 * them. `clauseOf` gives each token's clause in the new list.
 */
function settingsCut(analysis: PromptAnalysis, settings: Uint8Array, removed: ReadonlySet<number>, component: (i: number) => boolean): { clauses: Span[]; clauseOf: Int32Array } {
  const { tokens } = analysis;
  const clauses: Span[] = [];
  const clauseOf = new Int32Array(tokens.length);
  for (const c of analysis.clauses) {
    // Back from the clause's end over settings and punctuation: where the settings begin.
    let cut = c.tokenEnd;
    while (cut > c.tokenStart && (settings[cut - 1] || tokens[cut - 1]!.kind === 'punct')) cut--;
    // Not on the comma before them; a dash before them goes with them ("without eyes - 2.35:1").
    while (cut < c.tokenEnd && !(settings[cut]! & OPENS) && tokens[cut]!.kind === 'punct' && !DASHES.has(tokens[cut]!.text)) cut++;
    // "with ratio 9:16", "in 4K" and "ar 16:9" go whole (not "zoom in -ar 16:9": a flag is no
    // preposition's object); "hyperrealism-ar 16:9" is not cut inside its word.
    // A word such as "quality" names no tool's flag: "vhs quality -camera zoom in" keeps "vhs quality".
    const named = cut > c.tokenStart && cut < c.tokenEnd && SETTING_NAMES.has(tokens[cut - 1]!.norm) && !((settings[cut]! & TOOL) && SETTING_WORDS.has(tokens[cut - 1]!.norm));
    // Not "high quality 4k": the name is the head of its own noun phrase there.
    if (named && !(cut - 2 >= c.tokenStart && tokens[cut - 2]!.tag === 'adj')) settings[--cut] = 1;
    // A tool's flag or form field ("Message: …") is no preposition's object: "streaking through  Message: Kiwi".
    const flagName = tokens[cut]?.kind === 'punct' || (VALUE_FLAG_NAMES[tokens[cut]?.norm ?? ''] && !SETTING_WORDS.has(tokens[cut]!.norm)) || (cut < c.tokenEnd && (settings[cut]! & TOOL) !== 0);
    // Praise left out between them ("in high-quality 8K resolution") does not part a preposition from its setting.
    let before = cut;
    while (before - 1 > c.tokenStart && removed.has(before - 1)) before--;
    if (cut > c.tokenStart && cut < c.tokenEnd && !flagName && (tokens[before - 1]!.norm === 'than' || (tokens[before - 1]!.lemma === 'be' && !settings.subarray(cut, c.tokenEnd).some((m) => (m & TOOL) !== 0)))) {
      // A setting after "than" completes a comparison ("a video longer than 3 seconds"), and one
      // after "is" a predicate ("the screen ratio is 16:9", unless a tool's flags or a negative
      // prompt follow it, which go last): it stays.
      cut = c.tokenEnd;
    } else if (cut > c.tokenStart && cut < c.tokenEnd && !flagName && (SETTING_PREPOSITIONS.has(tokens[before - 1]!.norm) || tokens[before - 1]!.tag === 'prep')) {
      cut = before - 1;
      settings[cut] = 1;
    } else if (cut > c.tokenStart && cut < c.tokenEnd && !flagName && tokens[before - 1]!.tag === 'det') {
      // A setting an article opens ("has a duration of 15 seconds") is its noun phrase: it stays where it is.
      cut = c.tokenEnd;
    }
    // A tool's flag glued to the word before it is still cut there ("Elsa--ar 16:9").
    const glued = tokens[cut - 1]?.end === tokens[cut]?.start && !(settings[cut]! & TOOL);
    if (cut > c.tokenStart && (glued || VALUE_FLAG_NAMES[tokens[cut - 1]!.norm.split('-').pop()!])) cut = c.tokenEnd;
    // "video in 4k": words with no component of their own stay with the settings they introduce
    // (not with a tool's flags, which no word introduces: "beside it --ar 16:9").
    let own = cut < c.tokenEnd && (settings[cut]! & TOOL) !== 0;
    for (let i = c.tokenStart; i < cut && cut < c.tokenEnd && !own; i++) own = !settings[i] && component(i);
    if (!own) cut = c.tokenEnd;
    const spans = cut > c.tokenStart && cut < c.tokenEnd ? [[c.tokenStart, cut], [cut, c.tokenEnd]] : [[c.tokenStart, c.tokenEnd]];
    for (const [a, b] of spans) {
      for (let i = a!; i < b!; i++) clauseOf[i] = clauses.length;
      clauses.push({ tokenStart: a!, tokenEnd: b!, sentence: c.sentence });
    }
  }
  return { clauses, clauseOf };
}

/** The sentence ending at `end` stops on a capital letter standing alone: an initial ("D. Tracy"), not the end of a sentence. */
function endsWithInitial(tokens: readonly Token[], end: number): boolean {
  const stop = tokens[end - 1];
  const letter = tokens[end - 2];
  return stop?.text === '.' && letter !== undefined && letter.end === stop.start && /^\p{Lu}$/u.test(letter.text) && letter.text !== 'I' && tokens[end - 3]?.kind !== 'punct';
}

/** The words are capitalised words that neither the lexicon nor any vocabulary knows ("Angelababy"), with punctuation. */
function nameOnly(tokens: readonly Token[], kept: readonly number[], named: Uint8Array): boolean {
  let words = 0;
  for (const i of kept) {
    const t = tokens[i]!;
    if (t.kind === 'punct') continue;
    if (t.kind !== 'word' || t.known || named[i] === 1 || !isCapitalised(t.text) || FUNCTION_TAGS.has(t.tag)) return false;
    words++;
  }
  return words > 0;
}

/** The words that open a screenplay's scene heading before their stop ("INT.", "EXT.", the "EXT." of "INT./EXT."). */
const SLUG_WORDS = new Set(['INT', 'EXT']);

/** The sentence ending at `end` stops on a scene heading's "INT." or "EXT." standing alone. */
function endsWithSlug(tokens: readonly Token[], end: number): boolean {
  const stop = tokens[end - 1];
  const word = tokens[end - 2];
  return stop?.text === '.' && word !== undefined && word.end === stop.start && SLUG_WORDS.has(word.text) && tokens[end - 3]?.kind !== 'word';
}

/**
 * The items of a list are tags of different components, one of which goes after the place ("a
 * fisherman hauls a net, wide shot, lantern light, harbour at night"): a tag list to sort, not a
 * list of things to keep together.
 */
function mixedTags(items: readonly TextSpan[], componentOf: (i: number) => Component | undefined): boolean {
  const groups = new Set<Component>();
  for (const item of items) {
    const counts = new Map<Component, number>();
    for (let i = item.tokenStart; i < item.tokenEnd; i++) {
      const c = componentOf(i);
      const g = c === 'motion' ? 'subject' : c;
      if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    groups.add(counts.has('subject') ? 'subject' : pickGroup(counts));
  }
  return groups.size > 1 && [...groups].some((g) => TRAILING_GROUPS.has(g));
}

/**
 * Per token, 0 for a noun or name that no action holds and that is no verb: a noun the lexicon of
 * verbs of state matched ("style" of "in the style of"; not "create", a verb the tagger took for a
 * noun) or a word that cannot be a verb ("Disney", "Andy"). The motion pass reached such a word
 * only as a verb of state or as the neighbour of one.
 */
function movingTokens(analysis: PromptAnalysis): Uint8Array {
  const { tokens } = analysis;
  const out = new Uint8Array(tokens.length).fill(1);
  for (const t of tokens) if ((t.tag === 'noun' || t.tag === 'name') && !t.pos.includes('verb')) out[t.index] = 0;
  for (const m of analysis.byCategory.static) for (let i = m.tokenStart; i < m.tokenEnd; i++) if (tokens[i]!.tag === 'noun' && tokens[i]!.pos.includes('noun')) out[i] = 0;
  for (const a of analysis.actions) if (!a.negated) for (let i = a.tokenStart; i < a.tokenEnd; i++) out[i] = 1;
  return out;
}

/** A run of clauses that stay together whatever happens: the first cut of a sentence. */
interface Atom {
  from: number;
  to: number;
  kept: number[];
  counts: Map<Component, number>;
  action: boolean;
  /** Carries a noun, verb, adjective, adverb, name, number or a component. */
  content: boolean;
  /** Has a word some vocabulary names (a lexicon's term, a setting), not only words the map gave the style for want of another component. */
  named: boolean;
  /** Has a verb with its own subject (or an order: "Create a video"). */
  finite: boolean;
  /** Has a verb, or a word read as a plural noun that may be one ("the city blurs into haze"): not a tag list. */
  verbal: boolean;
}

/**
 * The prompt's sentences, each cut into the units that may move. A sentence runs on into the
 * next when brackets or a quotation cross its stop, or when it has no word of its own.
 */
function buildBlocks(analysis: PromptAnalysis, map: ComponentMap, diagnostics: readonly Diagnostic[], removed: ReadonlySet<number>, inside: Int32Array): Block[] {
  const { tokens, sentences } = analysis;
  const settings = new Uint8Array(tokens.length);
  const bound = bonds(analysis, diagnostics, settings);
  const moving = movingTokens(analysis);
  const componentOf = (i: number): Component | undefined => {
    if (settings[i]) return 'settings';
    const c = map.of[i];
    // A noun the motion pass only reached as a verb of state or its neighbour ("in the style of
    // Andy Warhol", "disney style") says how the video looks, not what moves.
    return c === 'motion' && moving[i] === 0 ? 'style' : c;
  };
  const { clauses, clauseOf } = settingsCut(analysis, settings, removed, (i) => !removed.has(i) && map.of[i] !== undefined);
  // A list of nouns split over clauses by its commas stays together.
  const listEnd = new Map<number, number>();
  for (const list of analysis.nounLists) {
    // The list stops at a placeholder: its words are not items.
    const cut = list.items.findIndex((item) => inside[item.tokenStart]! >= 0);
    const items = cut < 0 ? list.items : list.items.slice(0, cut);
    if (items.length < 3) continue; // two phrases either side of a comma are two clauses, not a list
    if (mixedTags(items, componentOf)) continue;
    // Nor does it hold the settings that close it ("…, intense color, 10K --neg extra head, extra body").
    let last = items[items.length - 1]!.tokenEnd - 1;
    while (last > items[0]!.tokenStart && (settings[last] || tokens[last]!.kind === 'punct')) last--;
    const a = clauseOf[items[0]!.tokenStart]!;
    const b = clauseOf[last]!;
    if (b > a) listEnd.set(a, Math.max(b, listEnd.get(a) ?? b));
  }
  const actions = new Set(map.actions.map((t) => t.index));
  // The words some vocabulary names.
  const named = new Uint8Array(tokens.length);
  for (const m of analysis.matches) for (let i = m.tokenStart; i < m.tokenEnd; i++) named[i] = 1;
  const omit = new Uint8Array(tokens.length);
  // What a sentence holds: words (a web address among them), numbers alone (a list's "7."), or punctuation alone.
  const holds = (from: number, to: number): 'words' | 'number' | 'none' => {
    let number = false;
    for (let i = from; i < to; i++) {
      const kind = tokens[i]!.kind;
      if (kind === 'number') number = true;
      else if (holdsText(tokens[i]!)) return 'words';
    }
    return number ? 'number' : 'none';
  };

  const blocks: Block[] = [];
  let s = 0;
  while (s < sentences.length) {
    let e = s;
    let last = holds(sentences[s]!.tokenStart, sentences[s]!.tokenEnd);
    let words = last === 'words';
    for (; e + 1 < sentences.length; e++) {
      const next = sentences[e + 1]!;
      const nextHolds = holds(next.tokenStart, next.tokenEnd);
      // A number alone goes with the sentence after it; punctuation alone with the one before.
      if (!bound[next.tokenStart] && nextHolds !== 'none' && words && last !== 'number') break;
      words ||= nextHolds === 'words';
      last = nextHolds;
    }
    const from = sentences[s]!.tokenStart;
    const to = sentences[e]!.tokenEnd;
    s = e + 1;

    // Atoms: clauses joined where the text may not be cut, across a list, or inside a noun phrase.
    const atoms: Atom[] = [];
    let c = clauseOf[from]!;
    const lastClause = clauseOf[to - 1]!;
    while (c <= lastClause) {
      let end = c;
      for (let k = c; k <= end; k++) {
        end = Math.max(end, listEnd.get(k) ?? k);
        const next = clauses[k + 1];
        if (k === end && next && k < lastClause && bound[next.tokenStart]) end = k + 1;
        // A clause that stops inside a noun phrase ("A stunning, epic shot") runs on into the next one
        // (not into the settings after it: "one after another --ar 3:4").
        // A clause of praise alone that an article's phrase ran into ("a cinematic, elegant, european street") leaves it open still.
        const open = k > c && leftOut(tokens, clauses[k]!.tokenStart, clauses[k]!.tokenEnd, removed) && endsOnDeterminer(tokens, clauses[c]!.tokenStart, clauses[k]!.tokenEnd, removed) ? clauses[c]!.tokenStart : clauses[k]!.tokenStart;
        if (k === end && next && k < lastClause && next.sentence === clauses[k]!.sentence && inside[next.tokenStart]! < 0 && (!settings[next.tokenStart] || (!(settings[next.tokenStart]! & TOOL) && endsOnDeterminer(tokens, open, clauses[k]!.tokenEnd, removed))) && endsOpen(tokens, open, clauses[k]!.tokenEnd, removed, removed.has(next.tokenStart), named)) end = k + 1;
      }
      end = Math.min(end, lastClause);
      const atom = makeAtom(tokens, clauses[c]!.tokenStart, clauses[end]!.tokenEnd, removed, inside, componentOf, actions, named);
      c = end + 1;
      let cut = false;
      for (let i = atom.from; i < atom.to && !cut; i++) cut = removed.has(i);
      // What is left of a clause of praise (its function words and punctuation) goes with it.
      // Not a quotation mark or a bracket whose partner is outside it: the words before or after still need it ("…, beautiful\"").
      if (cut && !atom.content) {
        const marks = unpairedMarks(tokens, atom.from, atom.to);
        for (let i = atom.from; i < atom.to; i++) if (!SENTENCE_END.has(markOf(tokens[i]!)) && !marks.includes(i)) omit[i] = 1;
        if (marks.length === 0) continue;
        atom.kept = atom.kept.filter((i) => omit[i] === 0);
      }
      atoms.push(atom);
    }
    // Nothing but punctuation left (": beautiful"): the sentence is gone. An address stays ("https://… Stunning.").
    if (!atoms.some((a) => a.kept.some((i) => holdsText(tokens[i]!)))) continue;

    // Units: atoms joined where one leans on its neighbour.
    const firstFinite = atoms.findIndex((a) => a.finite);
    // Punctuation alone before the first words (". Suddenly, …") does not make them the second atom.
    const firstWords = Math.max(0, atoms.findIndex((a) => a.content));
    const units: Unit[] = [];
    let run: Atom[] = [atoms[0]!];
    let said = atoms[0]!.kept.length > 0;
    const flush = () => units.push(makeUnit(analysis, run, removed, inside, omit));
    for (let k = 1; k < atoms.length; k++) {
      const prev = atoms[k - 1]!;
      const cur = atoms[k]!;
      // Closing punctuation alone (the ")," after a bracket) ends the run of words before it.
      const closes = said && prev.kept.length === 0 && CLOSING.has(tokens[prev.to - 1]!.text);
      // A clause opening with a verb leans back on words, not on a setting alone ("…, 8k, releasing neon spores").
      const setting = prev.counts.size === 1 && prev.counts.has('settings') && tokens[cur.kept[0]!]?.tag === 'verb';
      if ((!closes && leansForward(tokens, prev, k - 1 - firstWords, firstFinite - firstWords, cur)) || (!setting && leansBack(tokens, cur, componentOf)) || rejoins(tokens, prev, cur, componentOf)) run.push(cur);
      else {
        flush();
        run = [cur];
        said = false;
      }
      said ||= cur.kept.length > 0;
    }
    flush();
    // "A wide shot of a desert, with dunes stretching into the distance": in a prompt of one sentence,
    // a "with" phrase that holds the subject and action still describes the noun phrase before it,
    // which goes along rather than after it (a sentence of several keeps such a pair together anyway).
    const oneSentence = blocks.length === 0 && s === sentences.length;
    if (oneSentence) {
      for (let k = units.length - 1; k > 0; k--) {
        const head = units[k - 1]!;
        if (units[k]!.group === 'subject' && head.group !== 'subject' && tokens[units[k]!.tokens[0]!]!.norm === 'with' && head.tokens.some((i) => tokens[i]!.tag === 'noun' || tokens[i]!.tag === 'name')) head.group = 'subject';
      }
    }
    // A link or a file name after a clause ("…, flying away image:IMG_1.jpg") stays with the text it followed.
    for (let k = 1; k < units.length; k++) if (addressOnly(tokens, units[k]!.tokens)) units[k]!.group = units[k - 1]!.group;
    // A prompt that is a name no vocabulary knows ("Angelababy") is about who it names: not a style tag.
    const only = units[0]!;
    if (units.length === 1 && oneSentence && !only.action && [...only.counts.keys()].every((g) => g === 'style') && nameOnly(tokens, only.tokens, named)) only.group = 'subject';
    // A prompt of one clause beside its settings is what the prompt is about, even where style or
    // settings words glued on outnumber the rest ("the acoustic waves of 432 hz realistic 4k"):
    // it opens the rewrite rather than trailing every placeholder.
    if (oneSentence) {
      const prose = units.filter((u) => u.tokens.some((i) => !settings[i] && tokens[i]!.kind !== 'punct'));
      const clause = prose.length === 1 ? prose[0]! : undefined;
      // Not a tag of style alone ("pixar style"): that still closes the formula. A noun phrase an
      // article opens ("an orange", "a view of nature") is no tag.
      // Nor one that holds a tool's flags or form field ("a view  Message: …"), which go last.
      if (clause && (clause.group === 'style' || clause.group === 'settings') && !clause.tokens.some((i) => (settings[i]! & TOOL) !== 0) && ([...clause.counts.keys()].some((g) => g !== 'style' && g !== 'settings') || tokens[clause.tokens[0]!]!.tag === 'det')) clause.group = 'subject';
    }
    // "Lighting: soft, from the left.": what follows a label stays in its order.
    const labelled = COLONS.has(tokens[atoms[0]!.to - 1]!.text);
    // A label that names a component says what its sentence is about ("camera: fisheye lens, circular lens.", whose "camera" the map reads as a subject).
    const label = labelled && atoms[0]!.kept.length > 0 ? LABEL_GROUPS[tokens[atoms[0]!.kept[0]!]!.norm] : undefined;
    let group = label ?? unitsGroup(units);
    // The opening sentence sets the scene: it stays first unless it is about the camera, the light, the sound or the settings.
    if (blocks.length === 0 && !TRAILING_GROUPS.has(group)) group = 'subject';
    // "Nearby, a pair of skis … stand upright", "Occasionally, the horses rear up": a word that only
    // sets the scene for the noun phrase after it opens prose, not a tag list. An adverb does
    // whatever follows ("Occasionally, patches of green peek through"): sorted, it would trail the list.
    const head = atoms[0]!.kept.filter((i) => tokens[i]!.kind !== 'punct');
    const next = atoms[1] ? tokens[atoms[1].kept[0]!] : undefined;
    const opener = head.length === 1 && !atoms[0]!.action && [...atoms[0]!.counts.keys()].every((g) => g === 'style') && (next?.tag === 'det' || next?.tag === 'pron' || (next !== undefined && tokens[head[0]!]!.tag === 'adv'));
    blocks.push({ from, to, tokens: keptTokens(tokens, from, to, removed, inside, omit), units, group, tags: !atoms.some((a) => a.verbal) && !labelled && !opener });
  }
  // A sentence of links alone ("… into a canyon. https://…/wave.1.png") stays with the one it followed.
  for (let b = 1; b < blocks.length; b++) if (addressOnly(tokens, blocks[b]!.tokens)) blocks[b]!.group = blocks[b - 1]!.group;
  // A sentence that opens with a pronoun of what came before ("Its warm glow casts …") goes with the
  // sentence before it; one about the subject keeps the opening sentence it points back to first
  // ("Time-lapse of a terminal. It starts with moderate crowding …" keeps its order).
  const pointsBack = (b: number) => {
    const first = blocks[b]!.tokens.find((i) => tokens[i]!.kind === 'word');
    return first !== undefined && refersBack(tokens[first]!.norm);
  };
  // Not onto settings, which point to nothing ("-ar:16:9. She mends a net.").
  for (let b = 1; b < blocks.length; b++) if (blocks[b]!.group !== 'subject' && blocks[b - 1]!.group !== 'settings' && pointsBack(b)) blocks[b]!.group = blocks[b - 1]!.group;
  if (blocks.length > 1 && blocks[1]!.group === 'subject' && blocks[0]!.group !== 'settings' && pointsBack(1)) blocks[0]!.group = 'subject';
  // A tool's flags or an inline negative prompt closing a sentence of several ("… the sky --ar 9:16")
  // become a sentence of their own that goes last, so that no placeholder is written after them.
  return blocks.length > 1 ? blocks.flatMap((b) => splitFlags(tokens, b, settings, inside)) : blocks;
}

function splitFlags(tokens: readonly Token[], block: Block, settings: Uint8Array, inside: Int32Array): Block[] {
  const flags = (u: Unit) => u.tokens.some((i) => settings[i]! & TOOL) && u.tokens.every((i) => settings[i] || tokens[i]!.kind === 'punct');
  let k = block.units.length;
  while (k > 0 && flags(block.units[k - 1]!)) k--;
  if (k === 0 || k === block.units.length) return [block];
  const cut = block.units[k]!.from;
  const before = block.tokens.filter((i) => i < cut);
  const kept = trimEnd(tokens, [...before], inside);
  const units = block.units.slice(0, k);
  // Without its flags, "slow pan left -fps24 -motion 4" is about the camera (the light, the sound).
  const head = unitsGroup(units);
  const group = block.group === 'settings' && TRAILING_GROUPS.has(head) ? head : block.group;
  return [
    { ...block, to: cut, tokens: kept, units, group, trail: before.slice(kept.length) },
    { from: cut, to: block.to, tokens: block.tokens.filter((i) => i >= cut), units: block.units.slice(k), group: 'settings', tags: false },
  ];
}

function makeAtom(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>, inside: Int32Array, componentOf: (i: number) => Component | undefined, actions: ReadonlySet<number>, namedWord: Uint8Array): Atom {
  const kept = trimEnd(tokens, keptTokens(tokens, from, to, removed, inside), inside);
  const counts = new Map<Component, number>();
  let action = false;
  let content = false;
  let finite = false;
  let verbal = false;
  let named = false;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    const comp = componentOf(i);
    if (namedWord[i] === 1 || (comp !== undefined && comp !== 'style')) named = true;
    // A web address or a file name is the user's own content, though it holds no word.
    if (isContentWord(tokens[i]!) || isAddress(tokens[i]!) || comp !== undefined) content = true;
    if (actions.has(i) && comp !== 'settings') action = true; // not the "running" of "-neg people running"
    if (comp) counts.set(comp, (counts.get(comp) ?? 0) + 1);
    // A setting, or a verb the map reads as style ("octane render"), is no verb of the prose.
    if (comp === 'settings' || (comp === 'style' && tokens[i]!.tag === 'verb')) continue;
    if (!finite) finite = finiteVerb(tokens[i]!, k > 0 ? tokens[kept[k - 1]!] : undefined, tokens[kept[k + 1]!], comp);
    // After a comma a word opens its clause, as it would in an atom of its own ("on the same table, lies a …").
    const before = k > 0 && tokens[kept[k - 1]!]!.text !== ',' ? tokens[kept[k - 1]!] : undefined;
    if (!verbal) verbal = finite || mayBeVerb(tokens[i]!, before, tokens[kept[k + 1]!]);
  }
  return { from, to, kept, counts, action, content, finite, verbal, named };
}

/**
 * A verb with its own subject before it ("the camera zooms", "boys stumbled", "you can hear"), or
 * an order ("Create a video"). A camera instruction ("zoom in", "tracking shot") is a tag, and a
 * participle ("adorned with", "capturing") leans on the clause it describes.
 */
function finiteVerb(t: Token, before: Token | undefined, after: Token | undefined, comp: Component | undefined): boolean {
  if (CONTRACTED_VERB.test(t.norm)) return true;
  if (t.tag !== 'verb' || t.verbForm === undefined || t.verbForm === 'ing') return false;
  if (t.verbForm === 's') return true;
  if (comp === 'camera') return false;
  const subject = before !== undefined && (before.tag === 'noun' || before.tag === 'pron' || before.tag === 'name');
  if (t.verbForm === 'base') return before === undefined || subject;
  return subject && !(after && PARTICIPLE_PREPS.has(after.norm));
}

const COMPOUND_PARTICIPLE: ReadonlySet<string> = new Set(COMPOUND_PARTICIPLES);

/** Adverbs that single out or deny what follows them, between a verb and its predicate: "is just lovely", "is not only stylish". */
const FOCUSING: ReadonlySet<string> = new Set(['just', 'only', 'not', 'never', 'also', 'even', 'still', 'always']);

/** Linking verbs in their -s form, which the tagger may read as plural nouns ("…, looks delicious."). */
const LINKING_VERBS = new Set(['looks', 'seems', 'feels', 'appears', 'becomes', 'remains', 'stays']);

/**
 * A verb a predicate may follow: "is" even where the tagger reads it otherwise ("a canyon that is
 * majestic"), and the verb a pronoun carries ("It's so enchanting!", "they're gorgeous.").
 */
function isCopula(t: Token): boolean {
  return t.tag === 'verb' || t.lemma === 'be' || LINKING_VERBS.has(t.norm) || CONTRACTED_COPULA.test(t.norm);
}

/** Pronouns that point back to what came before ("it", "its", "they"; not "her", which may open "her hair"). */
const ANAPHORA = new Set(['it', 'its', 'he', 'she', 'they', 'his', 'their']);

/** A pronoun and its verb written as one word ("we're", "it's", "I'm", "they'll"): a verb with its own subject. */
const CONTRACTED_VERB = /^(?:i|you|we|they|he|she|it|that|there|here|what|who)'(?:re|m|ve|ll|d|s)$/;

/** A pronoun with "is" or "are" written into it ("it's", "they're", "that's"): a copula. */
const CONTRACTED_COPULA = /^(?:you|we|they|he|she|it|that|there|here|what|who)'(?:re|s)$/;

/** A word that points back to what came before: a pronoun of `ANAPHORA`, alone or with its verb ("it's", "they're"). */
function refersBack(norm: string): boolean {
  return ANAPHORA.has(norm) || (CONTRACTED_VERB.test(norm) && ANAPHORA.has(norm.split("'")[0]!));
}

/** Token `t` is in the first clause of its sentence (a walk back over its own clause only). */
function inOpeningClause(tokens: readonly Token[], t: Token): boolean {
  let k = t.index;
  while (k > 0 && tokens[k - 1]!.clause === t.clause) k--;
  return k === 0 || tokens[k - 1]!.sentence !== t.sentence;
}

/**
 * A present-tense verb agreeing with the subject right before it ("a woman walks", "two dogs
 * run"; not "wide angle, zoom out"), read as a verb or as a plural noun that can be one.
 */
function verbAfterSubject(t: Token | undefined, subject: Token, after: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.tag === 'verb' && t.verbForm === 'base') return subject.tag === 'pron' ? PLURAL_PRONOUNS.has(subject.norm) : subject.tag === 'noun' && subject.norm !== subject.lemma;
  if (t.tag === 'verb') return t.verbForm === 's';
  return t.norm !== t.lemma && mayBeVerb(t, subject, after); // "walks", not "focus"
}

/**
 * A word read as a plural noun that can be a verb, where a verb would stand: after a noun or a
 * pronoun, or opening its clause, and before what a verb takes ("blurs into", "showcases neatly
 * organized shelves"). Not "lights of the city".
 */
function mayBeVerb(t: Token, before: Token | undefined, after: Token | undefined): boolean {
  if (t.tag !== 'noun' || !t.pos.includes('verb')) return false;
  // A base form before an adverb in -ly, opening its clause: "The clock's hands, slender and silver, move gracefully over …".
  if (before === undefined && t.norm === t.lemma && adverbInLy(after)) return true;
  // A base form after a plural noun, before what a verb takes: "modern skyscrapers stand tall".
  if (t.norm === t.lemma && before?.tag === 'noun' && before.norm !== before.lemma && after !== undefined && (VERB_FOLLOWERS.has(after.tag) || after.tag === 'adj')) return true;
  if (!/[^s]s$/.test(t.norm)) return false;
  // After its subject, an adverb ("the stone well stands as …") or a noun in -ing the tagger read as a verb ("ambient lighting highlights the …").
  // A capitalised word the lexicon does not know is a name, whatever the tagger guessed ("a young Vijay gazes longingly").
  const name = before !== undefined && !before.known && isCapitalised(before.text);
  if (before !== undefined && !SUBJECT_TAGS.has(before.tag) && !name && before.tag !== 'adv' && !(before.tag === 'verb' && before.verbForm === 'ing')) return false;
  // Before its object's modifier too: "the background shows rolling hills".
  return after !== undefined && after.norm !== 'of' && (VERB_FOLLOWERS.has(after.tag) || after.tag === 'adj');
}

/**
 * The atom opens with an adverb that grades nothing ("Suddenly,", "Once upon a time,"; not
 * "very,") or counts a span of time ("One day,"); a tag that ends on an idea ("large motion,",
 * "medieval life,") is no opener.
 */
function opener(tokens: readonly Token[], a: Atom): boolean {
  const words = a.kept.filter((i) => tokens[i]!.kind === 'word');
  if (words.length === 0 || words.length > 4) return false;
  const first = tokens[words[0]!]!;
  if (first.tag === 'adv') return !INTENSIFIER.has(first.norm);
  return first.tag === 'num' && words.length === 2 && isIdea(tokens[words[1]!]!);
}

/** The atom leads into the next one: a label ("Narrator:"), function words alone ("Beside it,"), or what comes before a sentence's verb ("The bridge," "In the center,"). */
function leansForward(tokens: readonly Token[], a: Atom, index: number, firstFinite: number, next: Atom): boolean {
  if (COLONS.has(tokens[a.to - 1]!.text) || !a.content) return true;
  if (a.counts.size === 1 && a.counts.has('settings')) return false; // "at 200 fps, zoom in": the setting goes last
  if (index === 0 && a.counts.size === 0 && !a.action) return true;
  // A narrative opener no vocabulary names, an adverb or a span of time ("Suddenly,", "One day,",
  // "Once upon a time,"), sets up the sentence after it: not a style tag to sort last.
  if (index === 0 && !a.named && !a.action && opener(tokens, a)) return true;
  // So does a clause opening on a pronoun and its verb ("It's warm, soft light fills the room", "It's night, …"), with
  // nothing before it to point back to; not onto a setting ("it's getting worse, ar 16:9": the setting goes last).
  if (index === 0 && a.kept.length > 0 && CONTRACTED_VERB.test(tokens[a.kept[0]!]!.norm) && !(next.counts.size === 1 && next.counts.has('settings'))) return true;
  if (index >= firstFinite) return false;
  // So does a lone adjective before the clause with the sentence's verb ("Together, Marcus and
  // Lucius embarked …", "Injured, the sea monster retreats …"); not a word the lexicon does not
  // know or also knows as a noun, more likely a style tag ("realistic, a man sits …", "cinametic ,").
  if (index === 0 && firstFinite === 1 && !a.named && !a.action && a.kept.length > 0 && a.kept.every((i) => tokens[i]!.kind === 'punct' || (i === a.kept[0] && loneAdjective(tokens[i]!)))) return true;
  const head = tokens[a.kept[0]!]!;
  return OPENING_TAGS.has(head.tag) || a.counts.has('subject') || a.action;
}

const loneAdjective = (t: Token) => t.tag === 'adj' && t.known && !t.pos.includes('noun');

/**
 * The atom goes on with the one before although a comma parts them: a name after a name ("Paris,
 * France", "Yekaterinburg, Russia": one place), or a verb after its subject once the words between
 * them were dropped ("A woman, beautiful, walks").
 */
function rejoins(tokens: readonly Token[], prev: Atom, cur: Atom, componentOf: (i: number) => Component | undefined): boolean {
  if (prev.kept.length === 0 || cur.kept.length === 0) return false;
  const before = tokens[prev.kept[prev.kept.length - 1]!]!;
  const words = cur.kept.filter((i) => tokens[i]!.kind !== 'punct');
  const name = (i: number) => tokens[i]!.tag === 'name' && isCapitalised(tokens[i]!.text);
  // "Tirana, Albania At Night": a name that opens a place after the name before it.
  const place = (componentOf(cur.kept[0]!) === 'environment' || componentOf(cur.kept[0]!) === 'subject') && words.length > 0 && name(words[0]!);
  // A capitalised noun inside its sentence the tagger does not know as a name ("the Cotwolds, UK") is one before a name.
  const named = before.tag === 'name' || (before.tag === 'noun' && before.sentence === tokens[before.index - 1]?.sentence && words.length <= 3 && words.every(name));
  if (named && isCapitalised(before.text) && words.length > 0 && ((words.length <= 3 && words.every(name)) || place)) return true;
  return prev.to < cur.from && SUBJECT_TAGS.has(before.tag) && verbAfterSubject(tokens[cur.kept[0]!], before, tokens[cur.kept[1]!]);
}

/** The atom's words are a medium noun and its modifiers, after a comma: "…, realism", "…, 3d animation". */
function mediumTag(tokens: readonly Token[], a: Atom): boolean {
  const last = tokens[a.kept[a.kept.length - 1]!];
  // A list item: a comma before it, and a comma or the sentence's end after it (not "Camera Negative: …").
  const closes = a.to >= tokens.length || tokens[a.to - 1]!.text === ',' || tokens[a.to]!.sentence !== tokens[a.from]!.sentence;
  if (!last || !MEDIUM.has(last.lemma) || tokens[a.from - 1]?.text !== ',' || !closes) return false;
  return a.kept.every((i) => tokens[i]!.tag === 'adj' || tokens[i]!.tag === 'noun' || tokens[i]!.tag === 'num');
}

/** The atom continues the one before: it opens with a verb ("capturing …", "frames the yacht") or a conjunction, or has no component of its own. */
function leansBack(tokens: readonly Token[], a: Atom, componentOf: (i: number) => Component | undefined): boolean {
  // A tag that names the medium or the look alone ("…, realism", "…, 3d animation") is the style's, not part of the clause before.
  if (a.counts.size === 0 && !a.action) return !mediumTag(tokens, a);
  const head = tokens[a.kept[0]!]!;
  // A participle the tagger read as an adjective is a verb before its object: "…, revealing the changing light".
  const participle = head.tag === 'adj' && head.pos.includes('verb') && head.norm.endsWith('ing') && tokens[a.kept[1]!]?.tag === 'det';
  // So is a participle after its adverb, with what it takes: "…, partially obscured by the train"
  // (not a tag of its own: "…, poorly drawn, blurry").
  const second = tokens[a.kept[1]!];
  const graded = head.tag === 'adv' && second?.tag === 'verb' && (second.verbForm === 'ing' || second.verbForm === 'ed') && componentOf(second.index) !== 'camera' && VERB_FOLLOWERS.has(tokens[a.kept[2]!]?.tag ?? '');
  // A clause that opens with a pronoun of what came before is about it: "…, no one goes in, it's empty", "…, its tail swaying".
  if (refersBack(head.norm)) return true;
  // A linking verb the tagger reads as a plural noun is a verb too: "…, looks delicious".
  return ((head.tag === 'verb' || participle || LINKING_VERBS.has(head.norm)) && componentOf(head.index) !== 'camera') || graded || COORDINATORS.has(head.norm);
}

function makeUnit(analysis: PromptAnalysis, atoms: readonly Atom[], removed: ReadonlySet<number>, inside: Int32Array, omit: Uint8Array): Unit {
  const { tokens } = analysis;
  const from = atoms[0]!.from;
  const to = atoms[atoms.length - 1]!.to;
  const all = keptTokens(tokens, from, to, removed, inside, omit);
  const kept = trimEnd(tokens, [...all], inside);
  const counts = new Map<Component, number>();
  let action = false;
  for (const a of atoms) {
    action ||= a.action;
    for (const [g, n] of a.counts) counts.set(g, (counts.get(g) ?? 0) + n);
  }
  let group: Component;
  const only = kept.every((i) => inside[i]! >= 0) ? analysis.placeholders[inside[kept[0]!]!] : undefined;
  const label = only ? labelled(only.inner) : [];
  if (label.length > 0) group = label[0] === 'motion' ? 'subject' : label[0]!;
  else if (counts.has('subject') || action || counts.has('motion')) group = 'subject';
  else group = pickGroup(counts);
  const head = tokens[kept[0] ?? from]!;
  const describes = head.norm === 'with' || (head.tag === 'verb' && (head.verbForm === 'ing' || head.verbForm === 'ed'));
  return { from, to, tokens: kept, trail: all.slice(kept.length), group, counts, action, describes, address: isAddress(head) };
}

/**
 * True when the clause stops inside a noun phrase, its noun in the next clause: it ends on a
 * determiner ("a stunning, old barn" once "stunning" is dropped) or on an adjective right after
 * a determiner or adjective ("the tall, dark figure"); not "pans left".
 */
function endsOpen(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>, nextDropped: boolean, named: Uint8Array): boolean {
  let i = to - 1;
  while (i >= from && (tokens[i]!.kind === 'punct' || removed.has(i))) i--;
  if (i < from) return false;
  const t = tokens[i]!;
  if (t.tag === 'det') return true;
  if (modifierFollows(tokens, to, removed) && waitsForNoun(tokens, from, i, removed, named)) return true;
  // Before dropped praise ("the relentless, mesmerizing advance"), an adjective the lexicon also knows as a noun is one too.
  if (i > from) return adjectiveAfterModifier(t, tokens[i - 1]!, nextDropped);
  return adjectiveInArticleRun(tokens, i) || openingModifier(tokens, i, to, removed);
}

/** Every token of [from, to) is left out or punctuation. */
function leftOut(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (!removed.has(i) && tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** The clause's last word kept is a determiner ("create a cinematic," once the praise is left out): the noun phrase goes on in the next clause, a setting or not ("full HD, 4k image"). */
function endsOnDeterminer(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>): boolean {
  let i = to - 1;
  while (i >= from && (tokens[i]!.kind === 'punct' || removed.has(i))) i--;
  return i >= from && tokens[i]!.tag === 'det';
}

/** The clause at `to` opens with a modifier and goes on to more words: an adjective, a participle or a compound ("sweeping shot", "vintage-style book"). */
function modifierFollows(tokens: readonly Token[], to: number, removed: ReadonlySet<number>): boolean {
  const next = tokens[to];
  const after = tokens[to + 1];
  if (next === undefined || after === undefined || next.kind !== 'word' || after.kind !== 'word' || after.sentence !== next.sentence || removed.has(to)) return false;
  return next.tag === 'adj' || next.norm.includes('-') || (next.tag === 'verb' && (next.verbForm === 'ing' || next.verbForm === 'ed'));
}

/**
 * The word at `i` modifies a noun still to come: an adjective after an article or a possessive
 * ("A dynamic, sweeping shot", even one the lexicon also knows as a noun), or after a preposition
 * when it cannot be the noun itself ("lined with old, weathered houses"); a participle after an
 * article, past the praise left out ("A beautifully crafted, vintage-style book"); a compound
 * after "a" ("A close-up, detailed shot"). The walk back passes only left-out words.
 */
function waitsForNoun(tokens: readonly Token[], from: number, i: number, removed: ReadonlySet<number>, named: Uint8Array): boolean {
  const t = tokens[i]!;
  let b = i - 1;
  while (b >= from && removed.has(b)) b--;
  const before = b >= from ? tokens[b] : undefined;
  if (before === undefined) return false;
  const article = before.tag === 'det' || POSSESSIVES.has(before.norm);
  // The tagger reads a noun before ", bright" as an adjective too ("on the table, natural light"): a word a vocabulary names is no modifier here.
  if (t.tag === 'adj') return named[i] === 0 && (article || (before.tag === 'prep' && !t.pos.includes('noun')));
  if (t.tag === 'verb' && t.verbForm === 'ed') return article;
  return t.norm.includes('-') && (before.norm === 'a' || before.norm === 'an');
}

/**
 * An adjective alone opening its sentence, before a comma and a lowercase adjective with its
 * noun: "Dark, gloomy door of an abandoned building" is one phrase. Not "Realistic, Natural
 * lighting" (a capital opens a tag), nor "hot, rocky, desert" (the next clause holds no noun
 * after its adjective). The look-ahead is two tokens.
 */
function openingModifier(tokens: readonly Token[], i: number, to: number, removed: ReadonlySet<number>): boolean {
  const t = tokens[i]!;
  if (t.tag !== 'adj' || tokens[i - 1]?.sentence === t.sentence) return false;
  // Past the praise left out, its noun itself may follow: "Tall, majestic trees" → "Tall trees".
  let k = to;
  while (k < to + 2 && removed.has(k)) k++;
  const next = tokens[k];
  if (k > to && next !== undefined && next.sentence === t.sentence && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && (next.tag === 'noun' || next.tag === 'adj')) return true;
  const noun = tokens[to + 1];
  if (next === undefined || noun === undefined || k > to) return false;
  if (next.tag !== 'adj' || !/^\p{Ll}/u.test(next.text) || removed.has(next.index) || removed.has(noun.index)) return false;
  return noun.sentence === t.sentence && noun.kind === 'word' && (noun.tag === 'noun' || noun.tag === 'adj' || noun.pos.includes('noun'));
}

/**
 * An adjective alone in its clause, in a run of adjectives and commas that an article opens: "A
 * dense, creepy, gothic forest" is one phrase; "…, scary, creepy, …" are tags. Here the tag in
 * context decides ("A huge, shaggy, gentle beast"), even for a word the lexicon also knows as a
 * noun. The walk back is short (a run of more than a few comma-set adjectives after an article is a list).
 */
function adjectiveInArticleRun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.tag !== 'adj') return false;
  for (let b = i - 1; b >= 0 && b >= i - 8 && tokens[b]!.sentence === t.sentence; b--) {
    const u = tokens[b]!;
    if (u.tag === 'det') return b < i - 1 && tokens[b + 1]!.tag === 'adj';
    if (u.tag !== 'adj' && u.text !== ',') return false;
  }
  return false;
}

/**
 * An adjective after a determiner, a possessive, an adjective or a preposition: its noun is still
 * to come ("the tall,", "her ethereal,", "a dark, …", "by simple, …"). Not one the lexicon also knows as a noun, unless `nounToo`.
 */
function adjectiveAfterModifier(t: Token, before: Token, nounToo = false): boolean {
  // A compound after an article, before dropped praise, is a modifier too: "A high-definition, cinematic scene".
  if (t.tag === 'noun' && nounToo && t.norm.includes('-') && (before.norm === 'a' || before.norm === 'an')) return true;
  if (t.tag !== 'adj') return false;
  // After a preposition, only before dropped praise (`nounToo`) and a word that cannot be the noun
  // itself: "marked by simple, elegant numerals"; not "dressed in black,", "from right to left,".
  if (before.tag === 'prep') return nounToo && !t.pos.includes('noun') && before.norm !== 'of';
  return (nounToo || !t.pos.includes('noun')) && (before.tag === 'det' || before.tag === 'adj' || isPossessive(before));
}

/** The group of a sentence's units: its one unit's, the subject's when one of them is about it, else the component most of their words belong to. */
function unitsGroup(units: readonly Unit[]): Component {
  if (units.length === 1) return units[0]!.group;
  if (units.some((u) => u.group === 'subject')) return 'subject';
  const counts = new Map<Component, number>();
  for (const u of units) for (const [g, n] of u.counts) counts.set(g, (counts.get(g) ?? 0) + n);
  return pickGroup(counts);
}

function pickGroup(counts: ReadonlyMap<Component, number>): Component {
  let best: Component = 'style';
  let bestCount = 0;
  for (const g of ['environment', 'camera', 'lighting', 'audio', 'settings', 'style'] as const) {
    const n = counts.get(g) ?? 0;
    if (n > bestCount) {
      best = g;
      bestCount = n;
    }
  }
  return best;
}

/** The tokens of a run without the flagged words and the connectors they leave dangling (and without the `omit`ted ones). */
function keptTokens(tokens: readonly Token[], from: number, to: number, removed: ReadonlySet<number>, inside: Int32Array, omit?: Uint8Array): number[] {
  const gone = (i: number) => removed.has(i) || omit?.[i] === 1;
  const kept: number[] = [];
  let pairedAnd = -1; // the "and" of a "both … and" whose first half was dropped
  for (let i = from; i < to; i++) {
    if (gone(i)) continue;
    const t = tokens[i]!;
    if (CONNECTORS.has(markOf(t)) && inside[i]! < 0) {
      const prevKept = kept.length > 0 ? tokens[kept[kept.length - 1]!]! : undefined;
      // The word before, across a comma or two ("beautiful, and warm light").
      let left = i - 1;
      while (left >= 0 && left > i - 3 && tokens[left]!.kind === 'punct' && !gone(left)) left--;
      const leftGone = left >= 0 && gone(left);
      // "warm and beautiful light": the connector goes with the word; "ocean, epic drone shot": the comma stays before "drone".
      let after = i + 1;
      while (after < to && gone(after)) after++;
      // A comma before praise set after a noun and paired with a kept adjective stays: "a beverage, inviting and warm." → "a beverage, warm."
      const pairedAfter = t.text === ',' && after + 1 < to && (tokens[after]!.norm === 'and' || tokens[after]!.norm === 'or') && !gone(after + 1) && tokens[after + 1]!.tag === 'adj' && (after + 2 >= to || tokens[after + 2]!.kind === 'punct');
      let rightGone = after > i + 1 && !pairedAfter && (t.norm === 'and' || t.norm === 'or' || t.norm === '&' || after >= to || tokens[after]!.kind === 'punct' || CONNECTORS.has(tokens[after]!.norm));
      if (rightGone && t.kind === 'word' && prevKept && !MODIFIER_TAGS.has(prevKept.tag) && MODIFIER_TAGS.has(tokens[after - 1]!.tag)) {
        // "hair and stylish outfit" → "hair and outfit": "and" joins two nouns, not the dropped
        // adjective (but "focus and high detail, captured" loses its whole second noun).
        let next = after;
        while (next < to && (gone(next) || tokens[next]!.text === ',')) next++;
        // Not when both sides are modifiers of a noun still to come ("an inviting and elegant culinary display").
        const modifiers = (prevKept.pos.includes('adj') || (prevKept.pos.includes('verb') && prevKept.norm.endsWith('ing'))) && tokens[next]?.tag === 'adj';
        // Nor after "a" with a singular noun to come: "a regal and majestic aura" pairs two
        // modifiers (two things would each have their article: "a hat and a stylish coat").
        const article = (tokens[prevKept.index - 1]?.norm === 'a' || tokens[prevKept.index - 1]?.norm === 'an') && tokens[next]?.tag === 'noun' && tokens[next]!.norm === tokens[next]!.lemma && !tokens[next]!.norm.endsWith('s');
        if (next < to && isContentWord(tokens[next]!) && !modifiers && !article) rightGone = false;
      }
      // "the vast, mesmerizing ocean" → "the vast ocean": the comma between two adjectives goes with the second.
      // ("the relentless, mesmerizing advance": an adjective the lexicon also knows as a noun is still one here).
      // So does one after an adjective opening its sentence ("Tall, majestic trees" → "Tall trees").
      const opening = prevKept !== undefined && kept.length === 1 && prevKept.tag === 'adj' && tokens[prevKept.index - 1]?.sentence !== prevKept.sentence && tokens[after]?.tag === 'noun' && /^\p{Ll}/u.test(tokens[after]!.text);
      const between = t.text === ',' && after > i + 1 && after < to && isContentWord(tokens[after]!) && tokens[after - 1]!.tag !== 'adv' && prevKept !== undefined && (opening || (kept.length > 1 && adjectiveAfterModifier(prevKept, tokens[kept[kept.length - 2]!]!, true)));
      // "A woman, beautiful, walks" → "A woman walks": the comma closing dropped words between a
      // subject and its verb goes too; only after the sentence's opening phrase, since a tag list's
      // item is no subject ("big eyes, cinematic style, shoot close up").
      const predicate = t.kind === 'punct' && after < to && prevKept !== undefined && SUBJECT_TAGS.has(prevKept.tag) && betweenCommas(tokens, i, after, gone) && verbAfterSubject(tokens[after], prevKept, tokens[after + 1]) && inOpeningClause(tokens, prevKept);
      // A particle closing its verb ("camera pulling out ultra cinematic, soft light") is no function word waiting for more.
      const particle = prevKept !== undefined && PARTICLES.has(prevKept.norm) && prevKept.norm !== 'of' && tokens[prevKept.index - 1]?.tag === 'verb';
      // "wear elegant, flowing dresses" → "wear flowing dresses": the comma after praise that opened the phrase goes with it.
      // Only after a word that opens a phrase (a verb, a preposition, an article, a possessive), not after a tag's noun ("warrior ultra realistic, skinny").
      const opener = prevKept !== undefined && (prevKept.tag === 'verb' || prevKept.tag === 'prep' || prevKept.tag === 'det' || prevKept.norm.endsWith("'s") || mayBeVerb(prevKept, tokens[prevKept.index - 1], tokens[i + 1]));
      const opened = t.text === ',' && leftGone && opener && !particle && keptRunGone(prevKept!.index, i, gone) && tokens[i + 1]?.tag === 'adj' && tokens[i + 2]?.kind === 'word';
      // "thor vs thanos super cinematic and realistic," → "thor vs thanos realistic": the "and" paired
      // the dropped praise after a noun with an adjective that ends the phrase.
      const paired = leftGone && t.kind === 'word' && prevKept !== undefined && SUBJECT_TAGS.has(prevKept.tag) && after < to && tokens[after]!.tag === 'adj' && (after + 1 >= to || tokens[after + 1]!.kind === 'punct' || tokens[after + 1]!.tag === 'verb');
      if (rightGone || between || predicate || opened || paired || (leftGone && (!prevKept || (!isContentWord(prevKept) && !particle) || CONNECTORS.has(prevKept.norm)))) continue;
    }
    // "both awe-inspiring and terrifying" → "terrifying": "both" goes with the first of its pair.
    if (t.norm === 'both' && inside[i]! < 0) {
      let k = i + 1;
      while (k < to && gone(k)) k++;
      if (k > i + 1 && tokens[k]?.norm === 'and') {
        pairedAnd = k;
        continue;
      }
    }
    if (i === pairedAnd) continue;
    // "an eerie yet captivating aura" → "an eerie aura": "yet" or "but" between a modifier and dropped praise goes with it.
    // So does a comma before it ("its worn, yet elegant upholstery" → "its worn upholstery").
    if (CONTRASTS.has(t.norm) && inside[i]! < 0) {
      // A word the tagger read as a noun between an article and "yet" is a modifier too: "a casual yet stylish shirt".
      const modifier = (k: number) => k >= from && k < to && (MODIFIER_TAGS.has(tokens[k]!.tag) || (tokens[k]!.tag === 'noun' && (tokens[k - 1]?.tag === 'det' || POSSESSIVES.has(tokens[k - 1]?.norm ?? ''))));
      const back = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
      if ((gone(i + 1) && modifier(back) && !gone(back)) || (i > from && gone(i - 1) && modifier(i + 1) && !gone(i + 1))) {
        if (back < i - 1 && kept[kept.length - 1] === i - 1) kept.pop();
        continue;
      }
    }
    kept.push(i);
  }
  return kept;
}

/** Every token strictly between `a` and `b` is left out (and there is one). */
function keptRunGone(a: number, b: number, gone: (k: number) => boolean): boolean {
  if (b - a < 2) return false;
  for (let k = a + 1; k < b; k++) if (!gone(k)) return false;
  return true;
}

/**
 * The comma at `i` opens or closes a run of left-out words set off by commas on both sides
 * ("A woman, beautiful, walks"); `after` is the first word kept after it.
 */
function betweenCommas(tokens: readonly Token[], i: number, after: number, gone: (k: number) => boolean): boolean {
  if (after > i + 1) return tokens[after - 1]!.kind === 'punct' && CONNECTORS.has(tokens[after - 1]!.text);
  let k = i - 1;
  while (k >= 0 && gone(k) && tokens[k]!.kind !== 'punct') k--;
  return k < i - 1 && k >= 0 && gone(k) && CONNECTORS.has(tokens[k]!.text);
}

/** Without the closing punctuation and connectors: a clause that moves is joined to the others with a comma. */
function trimEnd(tokens: readonly Token[], kept: number[], inside: Int32Array): number[] {
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    const t = tokens[last]!;
    if (inside[last]! < 0 && (TRAILING.has(markOf(t)) || CONNECTORS.has(markOf(t)))) kept.pop();
    else break;
  }
  return kept;
}

function tokensText(analysis: PromptAnalysis, indexes: readonly number[]): string {
  const { text, tokens } = analysis;
  // An emoji exported as an image before the prompt's first token is written as its symbol, as a typed one would be.
  let out = indexes[0] === 0 ? leadingSymbols(text, tokens[0]!) : '';
  let prev = -1;
  for (const i of indexes) {
    const t = tokens[i]!;
    if (prev >= 0) {
      const p = tokens[prev]!;
      const adjacent = prev === i - 1;
      // "a stunning, old barn" → "an old barn": an article agrees with the word that now follows it.
      if (!adjacent && (p.norm === 'a' || p.norm === 'an')) {
        out = out.slice(0, out.length - p.text.length) + articleFor(p.text, t.text);
      }
      // Adjacent tokens keep the spacing they had; across a gap (a removed word) one space, none
      // before closing punctuation or after an opening bracket ("(high quality, HD)" → "(HD)").
      // A quotation mark keeps to the word it was written against ("sunset, beautiful\"" → "sunset\"").
      const gap = adjacent ? plainGap(text, p, t) : TRAILING.has(markOf(t)) || CLOSERS.has(t.text) || BRACKETS[p.text] !== undefined || gluedMark(tokens, t, p) ? '' : ' ';
      out += LINE_BREAK.test(gap) ? ' ' : gap;
    }
    out += t.text;
    prev = i;
  }
  // And after the last one.
  return prev === tokens.length - 1 ? out + trailingSymbols(text, tokens[prev]!) : out;
}

/** The symbols (an emoji image's alt text) that markup before the first token `first` stands for, with the space after them; '' for none. */
function leadingSymbols(text: string, first: Token): string {
  if (first.start === 0 || text.lastIndexOf('<', first.start - 1) < 0) return '';
  const gap = plainGap(text, undefined, first).replace(LINE_BREAKS, ' ').trimStart();
  return gap.trim() === '' ? '' : gap;
}

/** The symbols that markup after the last token `last` stands for, with the space before them; '' for none. */
function trailingSymbols(text: string, last: Token): string {
  if (last.end === text.length || text.indexOf('<', last.end) < 0) return '';
  const gap = plainGap(text, last, undefined).replace(LINE_BREAKS, ' ').trimEnd();
  return gap.trim() === '' ? '' : gap;
}
const LINE_BREAKS = /[\r\n]+/g;

/** A closing quotation mark written against the word before it (`t`), or an opening one against the word after it (`p`). */
function gluedMark(tokens: readonly Token[], t: Token, p: Token): boolean {
  return (QUOTE_MARKS.has(markOf(t)) && tokens[t.index - 1]?.end === t.start) || (QUOTE_MARKS.has(markOf(p)) && tokens[p.index + 1]?.start === p.end);
}

/**
 * The text between two tokens (`p` before `t`, or none at an edge of the prompt) as plain text:
 * markup scraped with the prompt goes and what it stood for stays. A line break written out as
 * text ("\n", "\r\n") or an element that ends a line ("<br>", "</li>") is a line break, one
 * opening a line right after another break adds none ("</li><li>"); a tab written out and a
 * reference for a space ("&#160;") are a space; an image of an emoji is its symbol (its alt text);
 * any other element ("<em>", "<a href=…>") is nothing, or a space where two words would otherwise
 * run together. Between tokens the tokenizer left only spaces and markup, so a backslash, "<" or
 * "&" there opens markup.
 */
function plainGap(text: string, p: Token | undefined, t: Token | undefined): string {
  const from = p?.end ?? 0;
  const to = t?.start ?? text.length;
  // Most gaps are a space or two: no markup to read.
  let plain = true;
  for (let k = from; k < to && plain; k++) {
    const c = text.charCodeAt(k);
    plain = c !== 92 && c !== 60 && c !== 38;
  }
  if (plain) return text.slice(from, to);
  let out = '';
  let markup = false;
  let symbols = false;
  // Only spaces since a line break: a closing "</li>" and an opening "<ul><li>" make one break.
  let lineBroken = false;
  // The last break closed a paragraph ("</p>", "</h1>"): another opening makes a blank line.
  let closedParagraph = false;
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    let end = k + 1;
    if (c === 92 && k + 1 < to && MARKUP_ESCAPES.has(text[k + 1]!)) {
      end = k + 2;
      const letter = text[k + 1]!;
      // "\r\n" is one break.
      if (letter === 'r' && text.startsWith('\\n', end) && end + 2 <= to) end += 2;
      out += letter === 't' ? ' ' : '\n';
      // A break after a closed paragraph ("</p>\n<p>") is its blank line already.
      if (letter !== 't') {
        lineBroken = true;
        closedParagraph = false;
      }
    } else if (c === 60 || c === 38) {
      // Searched within the gap only: a stray "<" must not send each gap to the end of a long text.
      const want = c === 60 ? 62 : 59;
      let close = k + 1;
      while (close < to && text.charCodeAt(close) !== want) close++;
      if (close >= to) {
        out += text[k];
        k++;
        continue;
      }
      end = close + 1;
      if (c === 38) out += ' ';
      else if ((text[k + 1]! + text[k + 2]! + text[k + 3]!).toLowerCase() === 'img') {
        // An emoji exported as an image stands for its symbol: written as the alt text, when that is no word.
        const alt = IMAGE_ALT.exec(text.slice(k, end))?.[1];
        if (alt !== undefined && alt.length <= MAX_SYMBOL && !WORD_CHARACTER.test(alt)) {
          out += alt;
          symbols = true;
        }
      }
      // An element that ends a line ("</li>", "<ul>") where markup already broke it adds no break; "<br>" always does,
      // and so does a paragraph opening where one closed ("</p><p>", "</h1><p>"): a blank line between them.
      else if (lineBreakBetween(text, k, end)) {
        const paragraph = PARAGRAPH_ELEMENTS.has(elementName(text, k));
        if (!lineBroken || (text[k + 1]! + text[k + 2]!).toLowerCase() === 'br' || (paragraph && closedParagraph && text[k + 1] !== '/')) out += '\n';
        closedParagraph = paragraph && text[k + 1] === '/';
        lineBroken = true;
      }
    } else {
      // A break after a closed paragraph ("</p>\n<p>") is its blank line already.
      if (c === 10 || c === 13) {
        lineBroken = true;
        closedParagraph = false;
      } else if (c > 32) lineBroken = closedParagraph = false;
      out += text[k];
      k++;
      continue;
    }
    markup = true;
    k = end;
  }
  if (!markup) return out;
  // Joiners and variation selectors belong to the symbols written; with none written they are left over.
  if (!symbols) out = out.replace(INVISIBLE, '');
  out = out.replace(MARKUP_SPACES, ' ').replace(SPACE_AT_BREAK, '\n');
  return out === '' && isWordToken(p) && isWordToken(t) ? ' ' : out;
}

/** Elements a browser sets apart as paragraphs, with space above and below: two of them give a blank line between (not lists: "</ul><ul>" of a chat export is one list). */
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

/** The letters of a line break or tab written out as text. */
const MARKUP_ESCAPES = new Set(['n', 'r', 't']);
/** An image's alt text, and how long one standing for a symbol (an emoji, a flag's two letters, joined ones) may be. */
const IMAGE_ALT = /\salt\s*=\s*"([^"]*)"/i;
const MAX_SYMBOL = 16;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Joiners and variation selectors left by emoji images that were markup. */
const INVISIBLE = /[\u200b-\u200d\ufe0f\ufeff]/g;
/** Spaces left where markup was: one stays. */
const MARKUP_SPACES = /[ \t]{2,}/g;
const SPACE_AT_BREAK = / ?\n ?/g;

/** Kept tokens that hold a web address or a file name and no word or number. */
function addressOnly(tokens: readonly Token[], kept: readonly number[]): boolean {
  let address = false;
  for (const i of kept) {
    const t = tokens[i]!;
    if (isAddress(t)) address = true;
    else if (holdsText(t)) return false;
  }
  return address;
}

/** A token that is more than punctuation or a mark: a word, a number, or a web address or file name. */
const holdsText = (t: Token) => (t.kind !== 'punct' && t.kind !== 'symbol') || isAddress(t);

/** The text with a capital first letter, unless it opens on a web address or a file name (`first`), which stays as written ("https://…", "clip.mp4"). */
function upperFirst(analysis: PromptAnalysis, t: string, first: number | undefined): string {
  const token = first === undefined ? undefined : analysis.tokens[first];
  return token !== undefined && isAddress(token) && t.startsWith(token.text) ? t : t.charAt(0).toUpperCase() + t.slice(1);
}

/** "A dog" moved after a comma becomes "a dog"; names, acronyms, addresses and file names keep their capitals. */
function lowerFirst(analysis: PromptAnalysis, first: Token, t: string): string {
  if (first.tag === 'name' || isAddress(first) || first.text.length > 1 && first.text === first.text.toUpperCase() || first.text === 'I' || writtenCapitalised(first.norm) || nameLike(analysis, first)) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/** Proper adjectives and names the lexicon lists as common words ("Victorian", "Pacific", "Mars"), read into a set when a rewrite first asks. */
let capitalisedWords: ReadonlySet<string> | undefined;
const writtenCapitalised = (norm: string) => (capitalisedWords ??= new Set(CAPITALISED_WORDS.split(' '))).has(norm);

const FUNCTION_TAGS = new Set(['det', 'prep', 'conj', 'pron', 'adv', 'num']);
const MEDIUM = new Set<string>(MEDIUM_NOUNS);
const INTENSIFIER = new Set<string>(INTENSIFIERS);

/**
 * A capitalised word opening its sentence that reads as a name the tagger does not know: a
 * capital inside it ("Hong-Kong", "McQueen"), a capitalised word right after it ("Times Square",
 * "Hayao Miyazaki"), or a noun neither the part-of-speech lexicon nor a vocabulary list knows
 * ("Kratos", "Brakkenfjord"; not "Aerial", "Sunset" or "Video", which the lists name).
 */
function nameLike(analysis: PromptAnalysis, first: Token): boolean {
  // An unknown word's tag is a guess from its ending ("Picadilly Circus" is no adverb).
  if (!isCapitalised(first.text) || (first.known && FUNCTION_TAGS.has(first.tag)) || CONTRACTED_VERB.test(first.norm)) return false;
  if (/\p{Ll}\p{Lu}|-\p{Lu}/u.test(first.text)) return true;
  const next = analysis.tokens[first.index + 1];
  if (next?.kind === 'word' && next.start === first.end + 1 && next.sentence === first.sentence && isCapitalised(next.text) && !FUNCTION_TAGS.has(next.tag)) return true;
  if (first.known || (first.tag !== 'noun' && first.tag !== 'name') || MEDIUM.has(first.lemma)) return false;
  const { matches } = analysis;
  const k = firstIndexWhere(matches.length, (j) => matches[j]!.tokenStart >= first.index);
  return matches[k]?.tokenStart !== first.index;
}
