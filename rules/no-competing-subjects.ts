import { z } from 'zod';
import { defineRule } from '../src/engine/define-rule.js';
import { copyWordMap, lowerCaseSet, perOptions, wordListOption, wordMapOption } from '../src/engine/word-options.js';
import type { NounList, PromptAnalysis, SubjectCandidate, Token } from '../src/types.js';
import { isWordToken, startsWithDigit } from '../src/analysis/tokenize.js';
import { INDEFINITE_ARTICLES, POSSESSIVES } from '../src/analysis/pos.js';
import { firstIndexWhere } from '../src/analysis/sort.js';
import { compileTerms, type TermList } from '../src/analysis/presence.js';
import { groupOf, memberIntro } from '../src/analysis/subjects.js';
import subjectWords, { ABSENT_MODIFIERS, ADDRESS_PREPOSITIONS, AMBIENT_VERBS, BROAD_NOUNS, CAMERA_CARRIERS, CHANGE_VERBS, FILMING_WORDS, GENERIC_NOUNS, GROUP_MEMBERS, FOOD_VERBS, HOLDING_VERBS, HUMANOID_NOUNS, KIN_WORDS, KIND_GROUPS, MAKING_VERBS, OTHER_REFERENT_WORDS, SHOT_LABELS, VIEWPOINT_NOUNS } from './data/subject.js';

const defaults = () => ({
  max: 2,
  ignore: [] as string[],
  broaderWords: copyWordMap(BROAD_NOUNS),
  groupMembers: copyWordMap(GROUP_MEMBERS),
  kindWords: copyWordMap(KIND_GROUPS),
  kinWords: [...KIN_WORDS],
  humanoids: [...HUMANOID_NOUNS],
  holdingVerbs: [...HOLDING_VERBS],
  makingVerbs: [...MAKING_VERBS],
  foodVerbs: [...FOOD_VERBS],
  changeVerbs: [...CHANGE_VERBS],
  absentModifiers: [...ABSENT_MODIFIERS],
  ambientVerbs: [...AMBIENT_VERBS],
  cameraCarriers: [...CAMERA_CARRIERS],
  filmingWords: [...FILMING_WORDS],
  viewpointNouns: [...VIEWPOINT_NOUNS],
  shotLabels: [...SHOT_LABELS],
});
const schema = () => {
  const d = defaults();
  return z
    .strictObject({
      max: z.number().int().positive().default(2).describe('Largest number of focal subjects allowed in the foreground.'),
      ignore: z.array(z.string().min(1)).default([]).describe('Words that never count as a competing subject, nor gather members as a group or kind word, matched on the head of a phrase, as written or in dictionary form (e.g. "sheep", if the flocks in your prompts are scenery).'),
      broaderWords: wordMapOption(d.broaderWords, 'Broad nouns that name again, with "the", a subject already named more precisely ("the dog" after "a beagle"), each with what it covers: narrower words or subject kinds (person, animal, creature, vehicle).'),
      groupMembers: wordMapOption(d.groupMembers, 'Collective nouns and the roles of their members ("a family of three … the father"), as words or subject kinds: a member named after its group is that group.'),
      kindWords: wordMapOption(d.kindWords, 'Plural kind words that gather the members a list then names ("some animals … a goat, a hen and a pig"), each with the subject kinds it gathers (person, animal, creature).'),
      kinWords: wordListOption(d.kinWords, 'Words of kinship: a list of family roles with one of them, sharing one verb, is one family ("a mother, father and two children feed the ducks").'),
      humanoids: wordListOption(d.humanoids, 'Creatures that count as people in a company doing one thing ("an elf, a dwarf and a knight walking").'),
      holdingVerbs: wordListOption(d.holdingVerbs, 'Verbs of holding, in dictionary form: what someone holds, carries or rides is a prop, not a subject ("a woman holding a lamb").'),
      makingVerbs: wordListOption(d.makingVerbs, 'Verbs of making, in dictionary form: what they make is a thing made, not a subject ("a boy sketches a horse").'),
      foodVerbs: wordListOption(d.foodVerbs, 'Verbs of preparing or eating food, in dictionary form: an animal named after them without an article is its meat, not a subject ("a chef chops fish").'),
      changeVerbs: wordListOption(d.changeVerbs, 'Verbs of becoming, in dictionary form: what a subject turns into is that subject again ("becomes a wolf", "transformed into horses").'),
      absentModifiers: wordListOption(d.absentModifiers, 'Modifiers of someone named who is not in the shot ("her missing father", "his late wife").'),
      ambientVerbs: wordListOption(d.ambientVerbs, 'Calls and flight, in dictionary form: animals named without an article that do them are the life of the place ("birds are singing").'),
      cameraCarriers: wordListOption(d.cameraCarriers, 'What can carry the camera: in a sentence that films, it is the viewpoint, not a subject ("a drone flies over the bay, capturing footage").'),
      filmingWords: wordListOption(d.filmingWords, 'Words that say a sentence films ("capturing", "footage"), for the camera carriers.'),
      viewpointNouns: wordListOption(d.viewpointNouns, 'Nouns for the camera as the one moving: a sentence where it moves starts a new run of acting subjects.'),
      shotLabels: wordListOption(d.shotLabels, 'Labels that number separate shots ("Shot 1:", "Scene 2 -"): subjects of different shots do not compete.'),
    })
    .default(d);
};

type Options = z.infer<ReturnType<typeof schema>>;

/** The options as sets and maps, built once per options object. */
interface Vocab {
  /** Ignored terms as written, in dictionary form and as written without a plural ending. */
  ignore: ReadonlySet<string>;
  /** The most words in an ignored term ("border collie": 2). */
  ignoreWords: number;
  broader: ReadonlyMap<string, ReadonlySet<string>>;
  members: ReadonlyMap<string, ReadonlySet<string>>;
  kindWords: ReadonlyMap<string, ReadonlySet<string>>;
  kin: ReadonlySet<string>;
  humanoids: ReadonlySet<string>;
  holding: ReadonlySet<string>;
  making: ReadonlySet<string>;
  food: ReadonlySet<string>;
  change: ReadonlySet<string>;
  absent: ReadonlySet<string>;
  ambient: ReadonlySet<string>;
  cameraCarriers: ReadonlySet<string>;
  filming: ReadonlySet<string>;
  viewpoint: ReadonlySet<string>;
  shotLabels: ReadonlySet<string>;
}

const vocab = perOptions((options: Options): Vocab => {
  const map = (record: Readonly<Record<string, readonly string[]>>) => new Map(Object.entries(record).map(([w, list]) => [w.toLowerCase(), lowerCaseSet(list)] as const));
  const ignore = compileTerms(options.ignore);
  return {
    ignore: ignoredForms(ignore),
    ignoreWords: Math.max(0, ...ignore.phrases.map((p) => p.length)),
    broader: map(options.broaderWords),
    members: map(options.groupMembers),
    kindWords: map(options.kindWords),
    kin: lowerCaseSet(options.kinWords),
    humanoids: lowerCaseSet(options.humanoids),
    holding: lowerCaseSet(options.holdingVerbs),
    making: lowerCaseSet(options.makingVerbs),
    food: lowerCaseSet(options.foodVerbs),
    change: lowerCaseSet(options.changeVerbs),
    absent: lowerCaseSet(options.absentModifiers),
    ambient: lowerCaseSet(options.ambientVerbs),
    cameraCarriers: lowerCaseSet(options.cameraCarriers),
    filming: lowerCaseSet(options.filmingWords),
    viewpoint: lowerCaseSet(options.viewpointNouns),
    shotLabels: lowerCaseSet(options.shotLabels),
  };
});

/**
 * One subject, one action: several focal points competing for the foreground ("a crowded market
 * with people, food stalls, animals, and colorful banners") make models lose coherence. The
 * analysis finds the candidates (src/analysis/subjects.ts); this rule counts the focal ones.
 *
 * Two shapes are reported:
 * - a coordinated list whose focal items outnumber `max`: agents (people, animals, creatures,
 *   vehicles) compete on their own; things (bare items of a list closed by "and"/"or") join
 *   the count only beside at least two agents, and then only when they push the list past
 *   `max + 1`. Props alone are an arrangement; garments, colours, places, lights and camera
 *   terms describe one subject or the shot; a tag list without "and" adds only its agents;
 * - more than `max` different animate subjects acting in consecutive sentences, each sentence
 *   bringing a new one ("A dog runs. A cat jumps on a table. A parrot flies overhead.").
 * Background context (markers in rules/data/background.ts) never counts, nor does a word that
 * only renames subjects already counted ("Two people, a man and a woman"; "the dog" after "a
 * beagle"), the members of a group already named ("a family … the father … his child"), a
 * list of traffic, a drone that films (it is the camera), or a style credit tag. The members a
 * plural kind word gathers ("some animals … a goat, a hen and a pig") are that group; someone
 * riding behind a subject already named, or standing "around", attends it; a bare plural whose
 * clause closes with "there" or "everywhere" ("waiters walk there") is the life of the place;
 * people listed with one verb for all are one company ("the king, priest and ministers sitting
 * in a circle").
 * Numbered shots
 * ("Shot 1: … Shot 2: …") are separate scenes: their subjects do not compete.
 *
 * The vocabulary behind those decisions (broader words, group members, kind and kin words, verbs
 * of holding, making and becoming, camera carriers, shot labels …) is options, with the lists of
 * rules/data/subject.ts as defaults; `ignore` names words that never count. Grammar (prepositions,
 * determiners) and the subject lexicon the analysis reads are not options.
 */
export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Keep one or two focal subjects in the foreground; several competing ones make the shot lose coherence.',
      recommended: true,
      dimension: 'focus',
    },
    messages: {
      list: '{{count}} subjects compete for the foreground ({{items}}): keep {{max}} or fewer as the focus and move the rest to the background.',
      agents: '{{count}} subjects act at once ({{items}}): keep {{max}} or fewer in the foreground, or give the others a background role.',
    },
    schema,
    defaultOptions: defaults(),
    defaultSeverity: 'warning',
  },
  check(analysis, context) {
    const { max } = context.options;
    const v = vocab(context.options);
    const reported: (readonly [number, number])[] = [];
    let nouns: { lemma: string; index: number }[] | undefined;
    let kinds: SubjectCandidate[] | undefined;

    for (const list of analysis.nounLists) {
      if (list.role === 'background' || list.attribute || describesSetting(analysis, list)) continue;
      let focal = competitors(analysis, list, v);
      const objects = list.items.length > max && !focal.some((s) => s.animate) ? contentObjects(analysis, list, v) : [];
      if (objects.length > max) {
        const range = [objects[0]!.start, objects[objects.length - 1]!.end] as const;
        reported.push(range);
        context.report({ messageId: 'list', range, data: { count: objects.length, max, items: names(objects) } });
        continue;
      }
      // "A family of four picnics. The father grills, the mother reads, and a dog barks": a
      // member named again with "the" or a possessive is its group, as among the acting subjects.
      if (focal.length > max) focal = focal.filter((s) => !namedMember(analysis, s, list.tokenStart, (nouns ??= groupNouns(analysis, v)), v));
      const agents = focal.filter((s) => s.animate).length;
      if (!(agents > max || (agents >= 2 && focal.length > max + 1)) || groupMembers(list, (nouns ??= groupNouns(analysis, v)), v) || groupRightBefore(analysis, list) || groupFirst(analysis, list, v) || relatives(analysis, list, v) || kindMembers(analysis, list, (kinds ??= kindGroups(analysis, v)), v) >= 0 || namedMembers(analysis, list) || company(analysis, list, v) || namedAgain(analysis, list, focal, v) || standsAround(analysis.tokens, list.tokenEnd)) continue;
      // From the first to the last competing item; items that act in their own clauses ("dogs
      // bark and birds sing") take their clause along.
      const first = focal[0]!;
      const last = focal[focal.length - 1]!;
      const range = [first.start, last.agent ? clauseEnd(analysis, last) : last.end] as const;
      reported.push(range);
      context.report({ messageId: 'list', range, data: { count: focal.length, max, items: names(focal) } });
    }

    // Each numbered shot is its own scene (one slice, from 0 to the end, for most prompts; the
    // labels are looked for only when there are enough candidates to compete).
    const pairs = oneAnother(analysis);
    if (focalCount(analysis, 0, Infinity, v, pairs) <= max) return;
    const shots = shotStarts(analysis, v);
    let agents: SubjectCandidate[] = [];
    for (let k = 0; k < shots.length && agents.length <= max; k++) agents = actingSubjects(analysis, max, shots[k]!, shots[k + 1] ?? Infinity, v, pairs);
    if (agents.length <= max) return;
    // Subjects a list report already names ("man, woman and children praying …, while soldiers
    // fire"): one report for them.
    if (reported.some(([s, e]) => agents.filter((a) => a.start >= s && a.end <= e).length >= 2)) return;
    const first = agents[0]!;
    const last = agents[agents.length - 1]!;
    // From the first subject to the end of the last one's clause: the sentences that compete.
    context.report({ messageId: 'agents', range: [first.start, clauseEnd(analysis, last)], data: { count: agents.length, max, items: names(agents) } });
  },
});

const GENERIC = new Set(GENERIC_NOUNS);
const VEHICLES = new Set(subjectWords.vehicle);
const PERSONS = new Set(subjectWords.person);
/** Head word → the lexicon sub-kind it belongs to (first listed wins). */
const SUB_KIND = new Map<string, string>();
for (const [kind, words] of Object.entries(subjectWords)) for (const w of words) if (!SUB_KIND.has(w)) SUB_KIND.set(w, kind);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const OTHER_REFERENT = new Set(OTHER_REFERENT_WORDS);
const SEPARATORS = new Set([',', ';', ':', '.', '!', '?', 'and', 'or', '&']);
const COORDINATORS = new Set(['and', 'or', '&', 'vs', 'versus']);
const NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'both', '2', '3', '4', '5', '6']);
const DETERMINERS = new Set(['a', 'an', 'the', 'both', 'all', 'two', 'three', 'four', 'this', 'these', 'his', 'her', 'their', 'its', 'our']);
/** Possessives that tie those named after "with" to the one before it ("a boss with his guards"). */
const BRINGING_POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
const LIST_OPENERS = new Set(['with', 'featuring', 'shows', 'show', 'showing', 'depicts', 'depicting', 'includes', 'including']);
const LABEL_ENDS = new Set([':', '-', '.', ')', '\u2013', '\u2014']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const ADDRESS = new Set(ADDRESS_PREPOSITIONS);
const ANIMALS = new Set(subjectWords.animal);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'keep', 'keeps']);
/** Participles that spread those named over the place ("teammates and opponents scattered across the field"): extras. */
const SPREAD = new Set(['scattered', 'dotted', 'strewn']);
const OVERHEAD = new Set(['above', 'overhead']);
/** Adverbs that put a bare plural closing its clause in the place already named: "waiters walk there". */
const PLACE_ADVERBS = new Set(['there', 'everywhere']);
/** What a scene does when the video moves on to another one: "The scene shifts to the bedroom". */
const SCENE_CHANGES = new Set(['shift', 'transition', 'cut', 'switch', 'change', 'move', 'jump']);

/** The list items that compete: focal agents and bare things, one per head, appositions left out. */
function competitors(analysis: PromptAnalysis, list: NounList, v: Vocab): SubjectCandidate[] {
  const { tokens } = analysis;
  const items = list.items;
  const closedByAnd = closedByCoordinator(tokens, items) && !tagsGoOn(analysis, list);
  // A tag list (no "and"/"or") mostly made of attributes, places and camera terms describes one
  // picture ("a woman at night, girl, long hair, coat, car, bokeh, …"): its agents are tags too.
  if (!closedByAnd) {
    const competing = items.filter((s) => s.kind === 'animate' || s.kind === 'thing').length;
    if (competing * 2 < items.length) return [];
  }
  // A list of vehicles only, with bare plurals or streams among them ("taxis, buses, and
  // private cars weaving through", "cars, a bus, and a motorcycle"), is traffic: extras, like
  // a crowd.
  let plural = 0;
  let allTraffic = true;
  for (const s of items) {
    if (!s.animate || s.role !== 'focal') continue;
    if (!VEHICLES.has(s.head)) allTraffic = false;
    else if (traffic(analysis, s)) plural++;
  }
  allTraffic &&= plural > 0;
  const heads: string[] = [];
  const out: SubjectCandidate[] = [];
  const personHeads = new Set<string>();
  const objectFirst = objectBeforeClauses(tokens, items);
  items.forEach((s, i) => {
    if (i === 0 && objectFirst) return;
    const repeats = !closedByAnd && repeatsPerson(tokens, s, personHeads);
    if (s.role === 'focal' && PERSONS.has(s.head)) personHeads.add(s.head);
    if (s.role !== 'focal' || !(s.kind === 'animate' || s.kind === 'thing') || sameSubject(heads, s.head) || ignored(tokens, s, v)) return;
    // In a list closed by "and", vehicles in the bare plural or in a stream are traffic beside
    // anyone ("Buses, cars, and a motorcyclist appear": one rider among traffic); tags of a scene
    // ("people walking, cars driving, birds flying") stay its subjects.
    if (renames(analysis, items, i) || (allTraffic && s.animate) || (closedByAnd && traffic(analysis, s)) || made(tokens, s, v)) return;
    if (passesOver(tokens, s)) return;
    // "frogs, dragonflies and other swamp animals", "…and many other animals": a catch-all
    // closing the examples adds no subject.
    if (i === items.length - 1 && i > 0 && catchAll(tokens, s)) return;
    // "1950s, 1960s, men and women": a year or a decade is when, not who.
    if (s.tokenEnd - s.tokenStart === 1 && startsWithDigit(tokens[s.tokenStart]!.norm)) return;
    if (!closedByAnd && (renamesTag(analysis, out, s, v) || repeats)) return;
    if (!s.animate && !(closedByAnd && bare(analysis, s, i === 0))) return;
    heads.push(s.head);
    out.push(s);
  });
  return out;
}

/**
 * Things listed as the whole content of the shot: a list closed by "and" or "or" that opens its
 * sentence, each item a thing with "a" or "an", in a prompt where no person, animal or vehicle
 * is in the foreground ("A tuba, a violin and a drum kit on an empty stage"). After "with" they
 * furnish what comes before ("a desk with a laptop, a mug and a notebook"), and beside someone
 * they are that one's props: neither is such a list.
 */
function contentObjects(analysis: PromptAnalysis, list: NounList, v: Vocab): readonly SubjectCandidate[] {
  const { tokens, subjects } = analysis;
  const items = list.items;
  const prev = tokens[list.tokenStart - 1];
  if (prev !== undefined && prev.sentence === tokens[list.tokenStart]!.sentence) return [];
  if (!closedByCoordinator(tokens, items)) return [];
  for (const s of subjects) if (s.animate && s.role === 'focal') return [];
  const heads: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!;
    if (s.role !== 'focal' || s.kind !== 'thing' || !INDEFINITE_ARTICLES.has(tokens[s.tokenStart]!.norm) || sameSubject(heads, s.head) || ignored(tokens, s, v)) return [];
    // Items side by side: "a telephone on a desk, a notepad and a pencil beside it" is one
    // thing placed, with its props.
    if (i < items.length - 1 && !SEPARATORS.has(tokens[s.tokenEnd]!.norm)) return [];
    heads.push(s.head);
  }
  return items;
}

/**
 * A list whose first item is the object of the verb before it and whose later items act in
 * clauses of their own ("a chef chops fish, a waiter carries plates, a cat watches"): the first
 * item belongs to the clause before; it is acted on, not one of the subjects the list names.
 */
function objectBeforeClauses(tokens: readonly Token[], items: readonly SubjectCandidate[]): boolean {
  if (items.length < 2) return false;
  const first = items[0]!;
  const verb = tokens[first.tokenStart - 1];
  if (verb === undefined || verb.tag !== 'verb' || verb.verbForm === 'ed' || AUXILIARIES.has(verb.norm) || verb.sentence !== tokens[first.tokenStart]!.sentence) return false;
  for (let i = 1; i < items.length; i++) {
    const next = tokens[items[i]!.tokenEnd];
    if (next !== undefined && next.tag === 'verb' && (next.verbForm === 's' || next.verbForm === 'base')) return true;
  }
  return false;
}

/** Whether "and", "or" or "&" joins a list's last item to the one before. */
function closedByCoordinator(tokens: readonly Token[], items: readonly SubjectCandidate[]): boolean {
  const before = items[items.length - 2];
  if (!before) return false;
  for (let i = before.tokenEnd; i < items[items.length - 1]!.tokenStart; i++) if (COORDINATORS.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * Tags of the picture going on after a list's "and" ("…, guns and bikes, tatto arms, vintage,
 * close up"): the "and" pairs two tags of a tag list, it does not close a list of subjects.
 * Quality and camera tags after a list ("…, and colorful banners, masterpiece, 8k") do not say so.
 */
function tagsGoOn(analysis: PromptAnalysis, list: NounList): boolean {
  const { tokens, subjects } = analysis;
  const comma = tokens[list.tokenEnd];
  if (comma?.text !== ',') return false;
  const next = subjects[firstIndexWhere(subjects.length, (i) => subjects[i]!.tokenStart > list.tokenEnd)];
  return next !== undefined && next.tokenStart === list.tokenEnd + 1 && next.kind !== 'technical' && tokens[next.tokenStart]!.sentence === comma.sentence;
}

/**
 * A tag that names again a subject already tagged: tags describe one picture, so a bare
 * singular person after another ("a woman at night, girl, long hair") is that person, and a
 * broader or narrower word for an earlier tag ("motor vehicle, car") is that thing.
 */
function renamesTag(analysis: PromptAnalysis, earlier: readonly SubjectCandidate[], s: SubjectCandidate, v: Vocab): boolean {
  const { tokens } = analysis;
  const head = tokens[s.tokenEnd - 1]!;
  const bare = tokens[s.tokenStart]!.tag !== 'det' && tokens[s.tokenStart]!.tag !== 'num' && head.lemma === head.norm;
  for (const e of earlier) {
    if (broader(s.head, e.head, v) || broader(e.head, s.head, v)) return true;
    if (bare && PERSONS.has(s.head) && PERSONS.has(e.head)) return true;
  }
  return false;
}

/**
 * A tag without a determiner whose modifiers repeat the word of a person already tagged
 * ("anime girl, …, cyberpunk girl mech, beautiful girl cyborg"): tags describe one picture, so
 * it is that person again.
 */
function repeatsPerson(tokens: readonly Token[], s: SubjectCandidate, personHeads: ReadonlySet<string>): boolean {
  if (personHeads.size === 0 || tokens[s.tokenStart]!.tag === 'det' || tokens[s.tokenStart]!.tag === 'num') return false;
  for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) if (personHeads.has(tokens[k]!.lemma)) return true;
  return false;
}

/**
 * The tags of a tag list that name again an animal or person tagged before ("A border collie,
 * vast grasslands, a flock of sheep, dogs herding the sheep": the dogs are the collie), as
 * competitors leaves them out of the list: added to `members`, so that the acting subjects do
 * not count them either.
 */
function renamedTags(analysis: PromptAnalysis, list: NounList, members: Set<number>, v: Vocab): void {
  const earlier: SubjectCandidate[] = [];
  for (const s of list.items) {
    if (!s.animate || s.role !== 'focal') continue;
    if (renamesTag(analysis, earlier, s, v)) members.add(s.tokenStart);
    else earlier.push(s);
  }
}

/** Whether `broad` is a broader word that can name `narrow` ("dog" → "retriever", "vehicle" → "suv"). */
function broader(broad: string, narrow: string, v: Vocab): boolean {
  const covers = v.broader.get(broad);
  if (!covers || broad === narrow) return false;
  const kind = SUB_KIND.get(narrow);
  return covers.has(narrow) || (kind !== undefined && covers.has(kind));
}

/** A bare plural vehicle ("taxis", "private cars") or a stream of them ("a stream of cars"): traffic rather than one vehicle. */
function traffic(analysis: PromptAnalysis, s: SubjectCandidate): boolean {
  if (!VEHICLES.has(s.head)) return false;
  const { tokens } = analysis;
  const head = tokens[s.tokenEnd - 1]!;
  if (head.lemma === head.norm) return false;
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) if (tokens[i]!.norm === 'of') return true;
  return undetermined(tokens, s);
}

/** Whether one of the group nouns named has `s` among its members. */
function memberOfGroup(groups: readonly string[], s: SubjectCandidate, v: Vocab, byKind = true): boolean {
  const kind = byKind ? SUB_KIND.get(s.head) : undefined;
  for (const g of groups) {
    const m = v.members.get(g)!;
    if (m.has(s.head) || (kind !== undefined && m.has(kind))) return true;
  }
  return false;
}

/** The group nouns of a prompt ("a family of three", "a cozy family scene"), each with its first token. */
function groupNouns(analysis: PromptAnalysis, v: Vocab): { lemma: string; index: number }[] {
  const out: { lemma: string; index: number }[] = [];
  for (const t of analysis.tokens) if (t.kind === 'word' && v.members.has(t.lemma) && !ignoredWord(t, v) && !out.some((g) => g.lemma === t.lemma)) out.push({ lemma: t.lemma, index: t.index });
  return out;
}

/** "other" before the head of the phrase: "other swamp animals", "many other animals". */
function catchAll(tokens: readonly Token[], s: SubjectCandidate): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) if (tokens[i]!.norm === 'other') return true;
  return false;
}

/**
 * A counted or gathered group right before a list, with nothing between, whose members the
 * list names: "2 small kids a boy and a girl", "a trio of heroes a dragon, a girl and a knight".
 */
function groupRightBefore(analysis: PromptAnalysis, list: NounList): boolean {
  const { tokens, subjects } = analysis;
  const k = firstIndexWhere(subjects.length, (i) => subjects[i]!.tokenEnd > list.tokenStart) - 1;
  const group = subjects[k];
  if (!group || group.tokenEnd !== list.tokenStart || !group.animate) return false;
  const head = tokens[group.tokenEnd - 1]!;
  return groupOf(tokens, group) || (NUMBERS.has(tokens[group.tokenStart]!.norm) && head.lemma !== head.norm);
}

/**
 * A collective noun opening a list, then its members set off by commas ("A family of three, a
 * father, a mother and a son, eat dinner"; "The band, a drummer, a singer and a guitarist,
 * play"): the group and its members are one subject. Every member is a role the group holds
 * (the `groupMembers` option) and none has a verb of its own ("A family, a father reads, a
 * mother cooks …" stays a list).
 */
function groupFirst(analysis: PromptAnalysis, list: NounList, v: Vocab): boolean {
  const { tokens } = analysis;
  const items = list.items;
  if (items.length < 3) return false;
  const group = items[0]!;
  // "A pod of dolphins, a whale and a flock of gannets": a group that names its kind is one
  // subject among the others.
  if (groupOf(tokens, group)) return false;
  let word: string | undefined;
  for (let k = group.tokenStart; k < group.tokenEnd && word === undefined; k++) if (v.members.has(tokens[k]!.lemma) && !ignoredWord(tokens[k]!, v)) word = tokens[k]!.lemma;
  if (word === undefined) return false;
  // Its comma, right after it or after a count ("a family of three,").
  let k = group.tokenEnd;
  if (tokens[k]?.norm === 'of' && (tokens[k + 1]?.tag === 'num' || NUMBERS.has(tokens[k + 1]?.norm ?? ''))) k += 2;
  if (tokens[k]?.text !== ',') return false;
  for (let i = 1; i < items.length; i++) {
    const s = items[i]!;
    if (!s.animate || s.role !== 'focal' || groupOf(tokens, s) || !memberOfGroup([word], s, v)) return false;
    if (i < items.length - 1 && !SEPARATORS.has(tokens[s.tokenEnd]?.norm ?? '')) return false;
  }
  return true;
}

/**
 * A list made only of the members of a group named before it ("a family scene … a mother,
 * father, and two children"). `nouns` comes from groupNouns, built once per prompt.
 */
function groupMembers(list: NounList, nouns: readonly { lemma: string; index: number }[], v: Vocab): boolean {
  const groups = nouns.filter((g) => g.index < list.tokenStart).map((g) => g.lemma);
  if (groups.length === 0) return false;
  return list.items.every((s) => !s.animate || s.role !== 'focal' || memberOfGroup(groups, s, v));
}

/**
 * A member of a group named before `before`, named again with "the" or a possessive: "the
 * father" after "a family of four", "the youngest pup" after "a family of meerkats" (a
 * collective noun whose "of" names animals gathers animals).
 */
function namedMember(analysis: PromptAnalysis, s: SubjectCandidate, before: number, nouns: readonly { lemma: string; index: number }[], v: Vocab): boolean {
  const { tokens } = analysis;
  const opener = tokens[s.tokenStart]!.norm;
  if (!s.animate || !(DEFINITE.has(opener) || POSSESSIVES.has(opener)) || namesOtherReferent(tokens, s)) return false;
  const groups = nouns.filter((g) => g.index < before).map((g) => g.lemma);
  if (groups.length === 0) return false;
  if (memberOfGroup(groups, s, v)) return true;
  if (SUB_KIND.get(s.head) !== 'animal') return false;
  for (const g of analysis.subjects) {
    if (g.tokenStart >= before) break;
    if (gathersAnimals(tokens, g, v)) return true;
  }
  return false;
}

/** "a family of meerkats", "a group of penguins": a collective noun whose "of" names animals gathers animals, as a herd does. */
function gathersAnimals(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  if (!s.animate || SUB_KIND.get(s.head) !== 'animal') return false;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) if (v.members.has(tokens[i]!.lemma) && !ignoredWord(tokens[i]!, v)) return true;
  return false;
}

/** A modifier in the phrase picks out another one than who came before: "the other dog", "the second warrior". */
function namesOtherReferent(tokens: readonly Token[], s: SubjectCandidate): boolean {
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) if (OTHER_REFERENT.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * Someone's family named by a possessive ("a woman having breakfast with her son, daughter and
 * husband"), or a list of family roles with a word of kinship ("a mother, father and two
 * children"): the members of one family.
 */
function relatives(analysis: PromptAnalysis, list: NounList, v: Vocab): boolean {
  const family = v.members.get('family');
  if (!family || !list.items.every((s) => !s.animate || s.role !== 'focal' || family.has(s.head))) return false;
  const { tokens } = analysis;
  if (POSSESSIVES.has(tokens[list.tokenStart]!.norm)) return true;
  // Without a possessive, a word of kinship says they are one family ("a mother, father and two
  // children feed …"), when they act together: no item before the last has a verb of its own.
  return list.items.some((s) => v.kin.has(s.head)) && list.items.every((s, i) => i === list.items.length - 1 || !s.animate || SEPARATORS.has(tokens[s.tokenEnd]?.norm ?? ''));
}

/**
 * Plural kind words that gather members ("some animals", "a group of animals", "people
 * running"), in prompt order; not counted ones ("three characters: a knight, …" is a cast).
 */
function kindGroups(analysis: PromptAnalysis, v: Vocab): SubjectCandidate[] {
  const { tokens } = analysis;
  const out: SubjectCandidate[] = [];
  for (const s of analysis.subjects) {
    const head = tokens[s.tokenEnd - 1]!;
    const first = tokens[s.tokenStart]!;
    if (!s.animate || !v.kindWords.has(head.lemma) || !namedInPlural(head) || ignored(tokens, s, v)) continue;
    if (first.tag !== 'num' && !NUMBERS.has(first.norm)) out.push(s);
  }
  return out;
}

/** A kind word counted in the plural: "three friends", "2 animals". */
function countedKind(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  const head = tokens[s.tokenEnd - 1]!;
  const first = tokens[s.tokenStart]!;
  return s.animate && v.kindWords.has(head.lemma) && namedInPlural(head) && (first.tag === 'num' || NUMBERS.has(first.norm)) && !ignored(tokens, s, v);
}

/** How many words after a member are looked at for a verb of its own. */
const MEMBER_LOOKAHEAD = 8;

/**
 * The members of a kind word named just before a list, in its sentence or the one before ("a
 * group of animals lived in a forest. There was a rabbit, a squirrel, a deer …"), or as the
 * list's first item ("people running, women, men and children"; "the group of friends, a wise
 * owl, a friendly squirrel …"): one group doing one thing, not subjects of their own. Every
 * member is of a kind the word gathers and none has its own verb. Returns the index of the first
 * member, or -1. `kinds` comes from kindGroups, built once per prompt.
 */
function kindMembers(analysis: PromptAnalysis, list: NounList, kinds: readonly SubjectCandidate[], v: Vocab): number {
  const { tokens } = analysis;
  if (kinds.length === 0 && !countedKind(tokens, list.items[0]!, v)) return -1;
  const items = list.items;
  const firstItem = items[0]!;
  let from = 0;
  let group: SubjectCandidate | undefined;
  const after = tokens[firstItem.tokenEnd];
  // The first item is the group: a comma, a bracket or its participle follows it; a counted one
  // too before its comma ("Three friends, a boy, a girl and a dog").
  if (after && ((kinds.some((g) => g.tokenStart === firstItem.tokenStart) && (after.text === ',' || after.text === '(' || (after.tag === 'verb' && after.verbForm === 'ing'))) || (after.text === ',' && countedKind(tokens, firstItem, v)))) {
    group = firstItem;
    from = 1;
  } else {
    const sentence = tokens[list.tokenStart]!.sentence;
    for (const g of kinds) if (g.tokenEnd <= list.tokenStart && tokens[g.tokenStart]!.sentence >= sentence - 1) group = g;
    // After a colon, items with their own determiners are a cast ("various individuals: a
    // group of women …, a man …, and a family …").
    const opener = tokens[list.tokenStart]!;
    if (tokens[list.tokenStart - 1]?.text === ':' && (opener.tag === 'det' || opener.tag === 'num')) return -1;
  }
  if (!group || items.length - from < 2) return -1;
  const covers = v.kindWords.get(tokens[group.tokenEnd - 1]!.lemma)!;
  // Tags (no "and"/"or") share no verb: a participle describes its tag ("…, fantasy characters,
  // …, archer with a bow, mage casting a spell").
  const tags = !closedByCoordinator(tokens, items);
  let members = 0;
  for (let i = from; i < items.length; i++) {
    const s = items[i]!;
    if (!s.animate || s.role !== 'focal') continue;
    const kind = SUB_KIND.get(s.head);
    if (kind === undefined || !covers.has(kind)) return -1;
    // A member with its own verb before the next item acts on its own ("a horse galloping, a
    // bird flying"); a few words are looked at.
    if (i < items.length - 1 && !tags) {
      const to = Math.min(items[i + 1]!.tokenStart, s.tokenEnd + MEMBER_LOOKAHEAD);
      for (let k = s.tokenEnd; k < to; k++) if (tokens[k]!.tag === 'verb') return -1;
    }
    members++;
  }
  return members >= 2 ? from : -1;
}

/**
 * A list after "including", "such as" or "like" that follows a person or animal named in the
 * plural ("Passengers, including a young couple holding hands, a group of tourists …"): they
 * are among those already named, not subjects of their own.
 */
function namedMembers(analysis: PromptAnalysis, list: NounList): boolean {
  const { tokens, subjects } = analysis;
  const intro = memberIntro(tokens, list.tokenStart);
  if (intro < 0 || tokens[intro]!.text === ':') return false;
  let k = intro - 1;
  if (tokens[k]?.text === ',') k--;
  const owner = subjects[firstIndexWhere(subjects.length, (i) => subjects[i]!.tokenEnd > k)];
  if (!owner || owner.tokenEnd !== k + 1 || !owner.animate) return false;
  return namedInPlural(tokens[owner.tokenEnd - 1]!);
}

/** A head noun in the plural ("animals", "passengers", "people"): a group with members. */
const namedInPlural = (head: Token) => head.lemma !== head.norm || head.norm === 'people';

/**
 * People listed with one verb for all ("The king, priest and ministers sitting in a circle", "a
 * man, a woman and a child riding a motorcycle"): one company doing one thing, as three friends
 * around a campfire are. An animal or a vehicle among them ("a man, a woman, a child and a dog
 * sitting on a couch"), or a verb of an item's own ("a chef chops …, a waiter carries …"),
 * keeps the list competing.
 */
function company(analysis: PromptAnalysis, list: NounList, v: Vocab): boolean {
  const { tokens } = analysis;
  const items = list.items;
  if (items.length < 3) return false;
  const last = items[items.length - 1]!;
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!;
    // An ignored item is not there: "a man, a woman, a child and a dog sitting" with the dog ignored.
    if (s.role !== 'focal' || !(s.animate || s.kind === 'thing') || ignored(tokens, s, v)) continue;
    if (!s.animate || !(SUB_KIND.get(s.head) === 'person' || v.humanoids.has(s.head))) return false;
    if (i < items.length - 1 && !SEPARATORS.has(tokens[s.tokenEnd]?.norm ?? '')) return false;
  }
  // The participle may follow a comma: "…, a druid dwarf, walking in the forest".
  const next = tokens[tokens[last.tokenEnd]?.text === ',' ? last.tokenEnd + 1 : last.tokenEnd];
  return last.agent || (next !== undefined && next.tag === 'verb' && next.verbForm === 'ing');
}

/**
 * A list whose people and animals all name again, with "the", ones an earlier sentence or clause
 * introduced ("… a family …, a tourist …, and a musician … The vendor serves food to the family,
 * the tourist captures moments, and the musician entertains"): the same subjects, not new ones
 * (the acting-subjects pass counts them once). Looked at only for a list about to be reported.
 */
function namedAgain(analysis: PromptAnalysis, list: NounList, focal: readonly SubjectCandidate[], v: Vocab): boolean {
  const { tokens, subjects } = analysis;
  const earlier: string[] = [];
  for (const s of subjects) {
    if (s.tokenEnd > list.tokenStart) break;
    if (s.animate) earlier.push(s.head);
  }
  if (earlier.length === 0) return false;
  return focal.every((s) => !s.animate || (DEFINITE.has(tokens[s.tokenStart]!.norm) && (sameSubject(earlier, s.head) || earlier.some((h) => broader(s.head, h, v)))));
}

/** Start offsets of the numbered shots ("Shot 1:", "Frame 2 -"): `[0]` when there are none. */
function shotStarts(analysis: PromptAnalysis, v: Vocab): number[] {
  const { tokens } = analysis;
  const out = [0];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!v.shotLabels.has(tokens[i]!.norm)) continue;
    const num = tokens[i + 1]!;
    const labelled = (num.kind === 'number' || NUMBER_WORDS.has(num.norm)) && LABEL_ENDS.has(tokens[i + 2]!.text);
    // "Cut to:", a transition, opens the next shot too.
    if (labelled || (tokens[i]!.norm === 'cut' && num.norm === 'to' && tokens[i + 2]!.text === ':')) out.push(tokens[i]!.start);
  }
  // A line or sentence opening on a time code ("0-2s:", "[00:03-00:06]", "2s –") is a shot of the timeline.
  for (const s of analysis.sentences) if (s.tokenStart > 0 && opensOnTimeCode(tokens, s.tokenStart, s.tokenEnd)) out.push(s.start);
  return out.sort((a, b) => a - b);
}

/** The longest time code, in tokens: "[ 00 : 00 - 00 : 03 ]". */
const MAX_TIME_CODE = 9;
/** Marks inside a time code ("00:03", "0-2s", "0:00–0:05", "1.5s"). */
const TIME_MARKS = new Set([':', '-', '\u2013', '\u2014', '.', '[', '(']);
/** What closes a time code before its shot: a bracket, a colon or a dash. */
const TIME_ENDS = new Set([']', ')', ':', '-', '\u2013', '\u2014']);
/** A number of seconds or a range of them written as one word: "2s", "0-2s", "1.5s", "3sec". */
const SECONDS = /^\d+(?:[.,]\d+)?(?:[-\u2013]\d+(?:[.,]\d+)?)?(?:s|sec|secs)?$/;

/** The sentence from `from` opens on a time code followed by its shot: digits and time marks, then a closing mark and a word. */
function opensOnTimeCode(tokens: readonly Token[], from: number, to: number): boolean {
  let digits = false;
  for (let k = from; k < to && k < from + MAX_TIME_CODE; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || (t.kind === 'word' && SECONDS.test(t.norm))) digits = true;
    else if (digits && TIME_ENDS.has(t.text) && isWordToken(tokens[k + 1]) && !startsWithDigit(tokens[k + 1]!.norm)) return true;
    else if (!TIME_MARKS.has(t.text)) return false;
  }
  return false;
}

/** Sentence → index of its last filming word ("capturing", "records"). */
function lastFilmingWords(analysis: PromptAnalysis, v: Vocab): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of analysis.tokens) if (v.filming.has(t.norm) || v.filming.has(t.lemma)) out.set(t.sentence, t.index);
  return out;
}

/**
 * A drone or camera before a filming word of its sentence ("A drone flies over …, capturing
 * footage"): the camera, not a subject. `lastFilming` comes from lastFilmingWords, built once.
 */
function filmingCarrier(analysis: PromptAnalysis, s: SubjectCandidate, lastFilming: ReadonlyMap<number, number>, v: Vocab): boolean {
  return v.cameraCarriers.has(s.head) && (lastFilming.get(analysis.tokens[s.tokenStart]!.sentence) ?? -1) >= s.tokenEnd;
}

/** The same head, or one a compound of the other ("plane" and "airplane", "dog" and "bulldog"; not "man" and "woman"). */
function sameSubject(heads: readonly string[], head: string): boolean {
  const compound = (long: string, short: string) => short.length > 2 && long.length - short.length >= 3 && long.endsWith(short);
  return heads.some((h) => h === head || compound(h, head) || compound(head, h));
}

/**
 * An item that names subjects counted elsewhere in the list: a generic noun opening the
 * sentence before an enumeration ("Two people, a man and a woman") or closing it after one ("a
 * bear and a rabbit, a loving couple"), or a proper name after an agent ("his mother, Eweell").
 */
function renames(analysis: PromptAnalysis, items: readonly SubjectCandidate[], i: number): boolean {
  const { tokens } = analysis;
  const s = items[i]!;
  const next = tokens[s.tokenEnd];
  const prev = tokens[s.tokenStart - 1];
  if (GENERIC.has(s.head)) {
    const opensSentence = !prev || prev.sentence !== tokens[s.tokenStart]!.sentence || prev.kind === 'punct';
    if (i === 0 && opensSentence && next?.text === ',') return true;
    if (i > 0 && prev?.text === ',' && DETERMINERS.has(tokens[s.tokenStart]!.norm)) return true;
  }
  // "Two travelers, a guy and a girl", "4 people, two girls and two boys": a counted group
  // before its members.
  if (s.animate && next?.text === ',' && NUMBERS.has(tokens[s.tokenStart]!.norm) && items.slice(i + 1).some((o) => o.animate)) return true;
  // "her dog, a black labrador", "The dancer, likely a street performer": a definite or
  // possessed subject renamed by an indefinite one right after its comma.
  if (i > 0 && prev !== undefined) {
    let k = s.tokenStart - 1;
    while (k >= 0 && tokens[k]!.tag === 'adv') k--;
    const before = items[i - 1]!;
    const opener = tokens[before.tokenStart]!.norm;
    const indefinite = INDEFINITE_ARTICLES.has(tokens[s.tokenStart]!.norm) || (s.tokenEnd - s.tokenStart > 1 && INDEFINITE_ARTICLES.has(tokens[s.tokenStart + 1]!.norm));
    if (tokens[k]?.text === ',' && (opener === 'the' || POSSESSIVES.has(opener)) && indefinite) return true;
  }
  if (i > 0 && prev?.text === ',' && items[i - 1]!.animate && !s.animate) {
    let names = true;
    for (let k = s.tokenStart; k < s.tokenEnd && names; k++) names = tokens[k]!.tag === 'name' || /^\p{Lu}/u.test(tokens[k]!.text);
    if (names && tokens[s.tokenStart]!.tag !== 'det') return true;
  }
  return false;
}

/**
 * A thing that is a list item and nothing more ("food stalls" in "people, food stalls,
 * animals"): a thing with its own clause or details ("her radiant beauty heightened by …"), or
 * the object of a verb or a place after a preposition, is description, not a competing subject.
 */
function bare(analysis: PromptAnalysis, s: SubjectCandidate, first: boolean): boolean {
  const next = analysis.tokens[s.tokenEnd];
  const prev = analysis.tokens[s.tokenStart - 1];
  const endsItem = !next || SEPARATORS.has(next.norm) || next.sentence !== analysis.tokens[s.tokenEnd - 1]!.sentence;
  const startsItem = !prev || SEPARATORS.has(prev.norm) || (first && LIST_OPENERS.has(prev.norm));
  return endsItem && startsItem;
}

/**
 * A list that furnishes a place named just before it ("the cityscape is bustling with people,
 * cars and buildings") after the prompt already has its own acting subject: environment, not
 * competition. The same list with no subject before it ("A crowded market with people, food
 * stalls, animals") is the whole scene and does compete.
 */
function describesSetting(analysis: PromptAnalysis, list: NounList): boolean {
  let anchor: SubjectCandidate | undefined;
  for (const s of analysis.subjects) {
    if (s.end > list.start) break;
    anchor = s;
  }
  if (!anchor || anchor.kind !== 'setting') return false;
  if (analysis.tokens[anchor.tokenStart]!.sentence !== analysis.tokens[list.tokenStart]!.sentence) return false;
  // Before it, a focal subject that acts: an animate grammatical subject, or a phrase an action
  // follows ("a chrome ball flying through"; not "an art piece depicting").
  return analysis.subjects.some((s) => {
    if (s.role !== 'focal' || s.end > anchor.start || !(s.animate || s.kind === 'thing')) return false;
    if (s.agent && s.animate) return true;
    return analysis.actions.some((a) => a.tokenStart === s.tokenEnd && !a.negated);
  });
}

/**
 * A list of what a place or an event holds ("The festival is bustling with activity, featuring
 * exotic dancers, street performers, and vendors selling crafts"), after the prompt has named its
 * own subject in an earlier sentence ("An old man … takes a stroll"): the extras of the setting,
 * as in describesSetting, not subjects of their own. `firstNamed` is the sentence where the
 * prompt first names a person, animal or vehicle.
 */
function furnishes(analysis: PromptAnalysis, list: NounList, firstNamed: number): boolean {
  const { tokens, subjects } = analysis;
  const sentence = tokens[list.tokenStart]!.sentence;
  if (firstNamed >= sentence) return false;
  const k = firstIndexWhere(subjects.length, (i) => subjects[i]!.tokenEnd > list.tokenStart) - 1;
  const owner = subjects[k];
  if (!owner || owner.animate || (owner.kind !== 'thing' && owner.kind !== 'setting')) return false;
  return tokens[owner.tokenStart]!.sentence === sentence;
}

/**
 * The forms an ignored term is matched in: as written, in dictionary form, and with its last
 * word's plural ending taken off as written ("collies" → "collie": the dictionary form of a word
 * the lexicon does not know can be a guess, "colly").
 */
function ignoredForms(terms: TermList): Set<string> {
  const out = new Set(terms.joined);
  for (const p of terms.phrases) {
    const last = p[p.length - 1]!;
    if (!last.endsWith('s') || last.endsWith('ss')) continue;
    const rest = p.slice(0, -1);
    out.add([...rest, last.slice(0, -1)].join(' '));
    if (last.endsWith('es')) out.add([...rest, last.slice(0, -2)].join(' '));
  }
  return out;
}

/** Whether a word is one the user asked never to count (the `ignore` option). */
function ignoredWord(t: Token, v: Vocab): boolean {
  return v.ignore.size > 0 && (v.ignore.has(t.norm) || v.ignore.has(t.lemma));
}

/**
 * Whether a subject is one the user asked never to count (the `ignore` option): its head as
 * written or in dictionary form, or its last words for a term of several ("border collie").
 */
function ignored(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  const joined = v.ignore;
  if (joined.size === 0) return false;
  const head = tokens[s.tokenEnd - 1]!;
  if (joined.has(s.head) || joined.has(head.norm) || joined.has(head.lemma)) return true;
  let written = head.norm;
  let lemma = head.lemma;
  for (let k = s.tokenEnd - 2; k >= s.tokenStart && k > s.tokenEnd - 1 - v.ignoreWords; k--) {
    written = `${tokens[k]!.norm} ${written}`;
    lemma = `${tokens[k]!.norm} ${lemma}`;
    if (joined.has(written) || joined.has(lemma)) return true;
  }
  return false;
}

/** Words that join a clause with an actor of its own to the one before: "…, while a couple skates past". */
const CLAUSE_JOINERS = new Set(['while', 'whereas']);

/**
 * A generic noun with "a" or "an" that does something in a clause joined to another ("a skater
 * spins while a couple skates past"; "a family eats dinner while a dog barks"): a new subject. Elsewhere it renames or gathers others ("a
 * bear and a rabbit, a loving couple"; "a group of people exercise, including a young woman …";
 * "depicting him as a charismatic figure").
 */
function genericActor(tokens: readonly Token[], s: SubjectCandidate): boolean {
  if (!s.agent || !INDEFINITE_ARTICLES.has(tokens[s.tokenStart]!.norm)) return false;
  const prev = tokens[s.tokenStart - 1];
  if (prev !== undefined && CLAUSE_JOINERS.has(prev.norm)) return true;
  // Opening its sentence, before such a clause ("A family eats dinner while a dog barks at a
  // cat"): nothing comes before it to rename.
  const sentence = tokens[s.tokenStart]!.sentence;
  if (prev !== undefined && prev.sentence === sentence) return false;
  for (let k = s.tokenEnd; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (CLAUSE_JOINERS.has(tokens[k]!.norm)) return true;
  return false;
}

/** The focal animate subjects starting in `[from, to)`: those the acting-subjects pass draws from. */
function focalCount(analysis: PromptAnalysis, from: number, to: number, v: Vocab, pairs: readonly [SubjectCandidate, SubjectCandidate][]): number {
  let count = 0;
  for (const s of analysis.subjects) {
    if (!s.animate || s.role !== 'focal' || s.start < from || s.start >= to) continue;
    if ((!GENERIC.has(s.head) || genericActor(analysis.tokens, s)) && !ignored(analysis.tokens, s, v)) count++;
  }
  for (const [, other] of pairs) if (other.start >= from && other.start < to) count++;
  return count;
}

/**
 * "One mechanic climbs a ladder while another checks the tires": "another" with a verb of its
 * own is a second one of the kind that "one" named before it, in its sentence or the one
 * before. Each pair holds the phrase opened by "one" and a subject standing for "another".
 */
function oneAnother(analysis: PromptAnalysis): [SubjectCandidate, SubjectCandidate][] {
  const { tokens, subjects } = analysis;
  const out: [SubjectCandidate, SubjectCandidate][] = [];
  let k = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.norm !== 'another') continue;
    const next = tokens[i + 1]!;
    if (next.tag !== 'verb' || (next.verbForm !== 's' && next.verbForm !== 'ed')) continue;
    // The nearest subject opened by "one" before it.
    let one: SubjectCandidate | undefined;
    for (; k < subjects.length && subjects[k]!.tokenEnd <= i; k++) {
      const s = subjects[k]!;
      if (s.animate && s.agent && s.role === 'focal' && tokens[s.tokenStart]!.norm === 'one' && !VEHICLES.has(s.head)) one = s;
    }
    if (!one || tokens[one.tokenStart]!.sentence < t.sentence - 1) continue;
    out.push([one, { ...one, head: `${one.head}#${i}`, text: t.text, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 }]);
  }
  return out;
}

/**
 * The animate subjects in the foreground, one per head word: those that act (grammatical
 * subjects) and the people and animals they act on or with ("a cat chases a mouse while a dog
 * barks at a mailman": four). Vehicles count only when they act ("a man in a car" is one
 * subject). Taken over the longest run of consecutive
 * sentences in which each sentence brings a new one: a narration that keeps returning to its
 * subject ("A plane soars. The camera captures its engines. …") breaks the run, and so does a
 * sentence where the camera moves on (a tour shows one subject after another). Generic nouns
 * ("both animals") add no subject; nor does a definite phrase that names an earlier subject
 * again, or by a broader word ("a golden retriever … the dog"). What a single actor, or one
 * coordinated group of actors, acts on is part of that one action ("a doctor and a girl help a
 * dolphin"): the acted-on count only beside a second, independent actor.
 */
function actingSubjects(analysis: PromptAnalysis, max: number, from: number, to: number, v: Vocab, pairs: readonly [SubjectCandidate, SubjectCandidate][]): SubjectCandidate[] {
  const { tokens, subjects } = analysis;
  // The result is drawn from the focal animate subjects: with no more than `max` of them (most
  // prompts) there is nothing to find.
  if (focalCount(analysis, from, to, v, pairs) <= max) return [];
  // Group nouns named so far, whose members a definite phrase names ("the father"), or any
  // phrase naming a listed role in the group's own sentence ("a family scene, where a mother,
  // father and two children sit"; not any person near "a crowd"); one pointer over the tokens.
  const groups: string[] = [];
  let groupSentence = -1;
  let scanned = 0;
  // Whether a collective noun has gathered animals ("a family of meerkats"): a definite or
  // possessive phrase naming an animal after it ("the youngest pup", "its mother") is that group.
  let animalGroup = false;
  // Items that share the verb of a list's acting last item ("a man and his dog discover",
  // "fish, whales and sharks glide") act with it, as one group; keyed by first token. An item
  // with its own verb ("children chase each other, and a band plays") acts on its own.
  const follower = new Set<number>();
  let kinds: SubjectCandidate[] | undefined;
  let awayAt: Set<number> | undefined;
  // The members listed after a group ("a parade of performers, including acrobats, clowns and
  // musicians"; "a group of dancers, singers and acrobats") are the group, not subjects of their own.
  const members = new Set<number>();
  // The sentence where the prompt first names someone: a list of extras may only follow it.
  const named = subjects.find((s) => s.animate && s.role === 'focal' && !GENERIC.has(s.head));
  const firstNamed = named ? tokens[named.tokenStart]!.sentence : Infinity;
  for (const l of analysis.nounLists) {
    if (!l.attribute) {
      const gathered = groupRightBefore(analysis, l) || namedMembers(analysis, l) ? 0 : kindMembers(analysis, l, (kinds ??= kindGroups(analysis, v)), v);
      if (gathered >= 0) for (const item of l.items.slice(gathered)) members.add(item.tokenStart);
      // One family ("a mother, father and two children") or company of three or more people
      // doing one thing: its first member stands for it.
      else if (groupFirst(analysis, l, v) || relatives(analysis, l, v) || company(analysis, l, v)) for (const item of l.items.slice(1)) members.add(item.tokenStart);
      else if (!closedByCoordinator(tokens, l.items)) renamedTags(analysis, l, members, v);
      continue;
    }
    // After "of", a list of animals or people describes the noun before it ("the features of a
    // panda, deer and lion": one creature); an item with a verb of its own starts a new clause
    // and is no part of it ("crates of fish, a boy races along the pier").
    const ofList = tokens[l.tokenStart - 1]?.norm === 'of' && l.items[0]!.animate;
    if (memberIntro(tokens, l.tokenStart) >= 0 || furnishes(analysis, l, firstNamed)) for (const item of l.items) members.add(item.tokenStart);
    else if (ofList) for (const item of l.items) { if (!item.agent) members.add(item.tokenStart); }
    else if (groupOf(tokens, l.items[0]!)) for (const item of l.items.slice(1)) members.add(item.tokenStart);
  }
  includedMembers(analysis, members);
  companyBroughtAlong(analysis, members);
  for (const l of analysis.nounLists) {
    if (!l.items[l.items.length - 1]!.agent) continue;
    for (let i = 0; i < l.items.length - 1; i++) {
      const next = tokens[l.items[i]!.tokenEnd];
      if (next && SEPARATORS.has(next.norm)) follower.add(l.items[i]!.tokenStart);
    }
  }
  // An actor: a grammatical subject, a member of an acting list, or a phrase its participle
  // follows ("a girl fighting …").
  const acts = (s: SubjectCandidate) => {
    if (s.agent || follower.has(s.tokenStart)) return true;
    const next = tokens[s.tokenEnd];
    return next !== undefined && next.tag === 'verb' && next.verbForm === 'ing';
  };
  // Sentences where an animate subject acts: a subject that does not act counts only there.
  const acting = new Set<number>();
  for (const s of subjects) if (s.agent && s.animate) acting.add(tokens[s.tokenStart]!.sentence);
  const bySentence = new Map<number, SubjectCandidate[]>();
  // First tokens of the subjects kept in `bySentence`.
  const kept = new Set<number>();
  const viewChanges = new Set<number>();
  let lastFilming: Map<number, number> | undefined;
  // Heads named so far, and their sub-kinds, for definite phrases that name one again.
  const mentioned = new Set<string>();
  const mentionedKinds = new Set<string>();
  let personNamed = false;
  const namesAgain = (head: string) => {
    if (mentioned.has(head)) return true;
    const covers = v.broader.get(head);
    if (covers) for (const c of covers) if (mentioned.has(c) || mentionedKinds.has(c)) return true;
    return false;
  };
  subjects.forEach((s, k) => {
    if (s.start < from || s.start >= to) return;
    const sentence = tokens[s.tokenStart]!.sentence;
    if (s.agent && (v.viewpoint.has(s.head) || sceneMovesOn(tokens, s))) viewChanges.add(sentence);
    for (; scanned < s.tokenStart; scanned++) {
      const t = tokens[scanned]!;
      if (t.kind !== 'word' || !v.members.has(t.lemma) || ignoredWord(t, v)) continue;
      if (!groups.includes(t.lemma)) groups.push(t.lemma);
      groupSentence = t.sentence;
    }
    if (!animalGroup) animalGroup = gathersAnimals(tokens, s, v);
    if (!s.animate || s.role !== 'focal' || (GENERIC.has(s.head) && !genericActor(tokens, s)) || members.has(s.tokenStart) || ignored(tokens, s, v)) return;
    // Traffic and a filming drone are extras and the camera, not subjects; birds singing are the place's life.
    if (traffic(analysis, s) || ambient(tokens, s, v) || (v.cameraCarriers.has(s.head) && filmingCarrier(analysis, s, (lastFilming ??= lastFilmingWords(analysis, v)), v))) return;
    const opener = tokens[s.tokenStart]!.norm;
    const definite = DEFINITE.has(opener) || POSSESSIVES.has(opener);
    let anaphor = (DEFINITE.has(opener) && namesAgain(s.head)) || (definite ? memberOfGroup(groups, s, v) || (animalGroup && SUB_KIND.get(s.head) === 'animal') : groupSentence === sentence && memberOfGroup(groups, s, v, false));
    if (anaphor && namesOtherReferent(tokens, s)) anaphor = false;
    // A bare person tag standing alone after someone is named ("…, white shirt, male") tags that person.
    if (!anaphor && personNamed && !s.agent && PERSONS.has(s.head) && loneTag(tokens, s)) anaphor = true;
    mentioned.add(s.head);
    const kind = SUB_KIND.get(s.head);
    if (kind) mentionedKinds.add(kind);
    if (PERSONS.has(s.head)) personNamed = true;
    if (anaphor) return;
    // Acted on or with: kept only where someone acts in the sentence, and only as the object of
    // an action or of an address ("chases a mouse", "barks at a mailman").
    if (!s.agent && (VEHICLES.has(s.head) || !acting.has(sentence) || passedOrHeld(analysis, s, v) || becomes(tokens, s, v) || made(tokens, s, v) || absent(tokens, s, v) || likened(tokens, s))) return;
    if (k > 0 && apposition(analysis, subjects[k - 1]!, s)) return;
    if (k > 0 && placedAway(analysis, s, (awayAt ??= positionStarts(analysis)))) return;
    if (k > 0 && partDonor(tokens, subjects[k - 1]!, s)) return;
    let list = bySentence.get(sentence);
    if (!list) bySentence.set(sentence, (list = []));
    // "another girl" after a girl is a second girl, not the first named again ("another bus"
    // arriving is more traffic).
    list.push(opener === 'another' && !VEHICLES.has(s.head) ? { ...s, head: `${s.head}#${s.tokenStart}` } : s);
    kept.add(s.tokenStart);
  });
  for (const [one, other] of pairs) {
    if (!kept.has(one.tokenStart) || other.start < from || other.start >= to) continue;
    const sentence = tokens[other.tokenStart]!.sentence;
    let list = bySentence.get(sentence);
    if (!list) bySentence.set(sentence, (list = []));
    list.push(other);
    list.sort((a, b) => a.start - b.start);
  }
  // Objects count only beside two independent actors.
  const counted = (run: SubjectCandidate[]) => {
    let actors = 0;
    let actor: SubjectCandidate | undefined;
    for (const s of run) {
      if (!acts(s)) continue;
      actor ??= s;
      if (!follower.has(s.tokenStart)) actors++;
    }
    if (actors >= 2 || !actor) return run;
    // One actor (or one group): what follows it in its sentence is what it acts on.
    const sentence = tokens[actor.tokenStart]!.sentence;
    return run.filter((s) => acts(s) || s.start < actor.start || tokens[s.tokenStart]!.sentence !== sentence);
  };
  let run: SubjectCandidate[] = [];
  let seen: string[] = [];
  for (let sentence = 0; sentence < analysis.sentences.length; sentence++) {
    const fresh = (bySentence.get(sentence) ?? []).filter((s) => !sameSubject(seen, s.head));
    if (fresh.length === 0 || viewChanges.has(sentence)) {
      const focal = counted(run);
      if (focal.length > max) return focal;
      run = [];
      seen = [];
      if (fresh.length === 0) continue;
    }
    for (const s of fresh) {
      if (sameSubject(seen, s.head)) continue;
      seen.push(s.head);
      run.push(s);
    }
  }
  return counted(run);
}

/** A singular phrase without a determiner standing alone as a tag between commas, or closing the prompt: "…, white shirt, male". */
function loneTag(tokens: readonly Token[], s: SubjectCandidate): boolean {
  const head = tokens[s.tokenEnd - 1]!;
  if (!undetermined(tokens, s) || head.lemma !== head.norm || tokens[s.tokenStart - 1]?.text !== ',') return false;
  const after = tokens[s.tokenEnd];
  return after === undefined || after.text === ',' || after.text === '.';
}

/**
 * Animals named without an article or a number (or with "the") whose own verb is a call or flight
 * ("birds are singing on the trees", "bird sings", "the birds chirp"): sound and life of the
 * place, not a subject competing for the foreground. "A parrot sings" or "two owls hoot" stay
 * subjects. Looks ahead a few words in the clause for the verb.
 */
function ambient(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  if (!s.agent || !ANIMALS.has(s.head)) return false;
  const first = tokens[s.tokenStart]!;
  if (first.tag === 'num' || POSSESSIVES.has(first.norm) || (first.tag === 'det' && first.norm !== 'the')) return false;
  const clause = tokens[s.tokenEnd - 1]!.clause;
  for (let k = s.tokenEnd; k < tokens.length && k < s.tokenEnd + 4; k++) {
    const t = tokens[k]!;
    if (t.clause !== clause) return false;
    if (AUXILIARIES.has(t.norm) || t.tag === 'adv') continue;
    return t.tag === 'verb' && v.ambient.has(t.lemma);
  }
  return false;
}

/**
 * A bare animal tag passing over the scene ("…, crowds cheering, birds passing above", "gulls
 * going by overhead"): the place's life. "parrots flying" in a tag list is still a subject.
 */
function passesOver(tokens: readonly Token[], s: SubjectCandidate): boolean {
  if (!ANIMALS.has(s.head) || tokens[s.tokenStart]!.tag === 'det') return false;
  const verb = tokens[s.tokenEnd];
  if (verb === undefined || verb.verbForm !== 'ing' || (verb.lemma !== 'pass' && verb.lemma !== 'go')) return false;
  const next = tokens[s.tokenEnd + 1]?.norm === 'by' ? tokens[s.tokenEnd + 2] : tokens[s.tokenEnd + 1];
  return next !== undefined && OVERHEAD.has(next.norm) && next.sentence === verb.sentence;
}

/**
 * A person or animal that is part of the place or a prop rather than acted on: after a
 * preposition of place ("glides past schools of fish", "runs near some seagulls") or as the
 * object of a verb of holding ("a woman holding an animal puppet").
 */
function passedOrHeld(analysis: PromptAnalysis, s: SubjectCandidate, v: Vocab): boolean {
  const { tokens } = analysis;
  const first = tokens[s.tokenStart]!;
  // Its own participle makes it act: "past a dog sleeping" is still a place, "a girl playing" acts.
  const next = tokens[s.tokenEnd];
  if (next !== undefined && next.tag === 'verb' && next.verbForm === 'ing' && !v.holding.has(next.lemma)) return false;
  // A preposition the chunker kept in the phrase: "past two dogs".
  if (first.pos.includes('prep') && first.tag !== 'det' && !ADDRESS.has(first.norm) && s.tokenEnd - s.tokenStart > 1) return true;
  const prev = tokens[s.tokenStart - 1];
  if (!prev || prev.kind !== 'word' || prev.sentence !== first.sentence) return false;
  // An animal named without an article after a verb of food is its meat: "a chef chops fish",
  // "a boy eats chicken" (not "a cat chases a mouse", "a dog herds sheep").
  if (prev.tag === 'verb') return v.holding.has(prev.lemma) || (v.food.has(prev.lemma) && ANIMALS.has(s.head) && undetermined(tokens, s));
  // "thousands of ravens", "animals such as birds": the members of a group, not a place.
  if (prev.norm === 'of' || (prev.norm === 'as' && tokens[prev.index - 1]?.norm === 'such')) return false;
  // "Low angle on a street drummer", "close-up on a chef": after a shot, "on" names who is filmed.
  if (prev.norm === 'on' && analysis.byCategory.camera.some((m) => m.tokenEnd === prev.index)) return false;
  return prev.pos.includes('prep') && !ADDRESS.has(prev.norm);
}

/** Words before "like" that make it the verb of wanting: "I would like a dog", "they like cats". */
const LIKE_AS_VERB = new Set(['would', "'d", 'd', 'do', 'does', 'did', 'not', "n't", 'to', 'will', "'ll", 'i', 'you', 'we', 'they', 'he', 'she', 'who']);

/**
 * Someone a subject is likened to: "soldiers rising from a swamp like zombies", "a girl moves
 * like a cat". The comparison says how the subject looks or moves; no one else is in the shot.
 */
function likened(tokens: readonly Token[], s: SubjectCandidate): boolean {
  const like = tokens[s.tokenStart - 1];
  if (like?.norm !== 'like' || like.sentence !== tokens[s.tokenStart]!.sentence) return false;
  const before = tokens[like.index - 1];
  return before !== undefined && before.kind === 'word' && !LIKE_AS_VERB.has(before.norm);
}

/** How many words after an actor are looked at for where its clause places it. */
const AWAY_LOOKAHEAD = 10;

/** First tokens of the background position markers ("in the distance", "far away", "behind them"). */
function positionStarts(analysis: PromptAnalysis): Set<number> {
  const out = new Set<number>();
  for (const m of analysis.byCategory.background) if (m.kind === 'position') out.add(m.tokenStart);
  return out;
}

/**
 * An actor its own clause places away from the focus: behind someone already named ("His
 * ministers ride their horses behind the king") or at a background position ("a woman
 * witnessing this from far away"). An accompanying figure, not a competing subject. A bare
 * plural whose clause closes with "there" or "everywhere" ("waiters walk there") is the life of
 * the place named before.
 */
function placedAway(analysis: PromptAnalysis, s: SubjectCandidate, awayAt: ReadonlySet<number>): boolean {
  const { tokens } = analysis;
  const clause = tokens[s.tokenStart]!.clause;
  for (let k = s.tokenEnd; k < tokens.length && k < s.tokenEnd + AWAY_LOOKAHEAD; k++) {
    const t = tokens[k]!;
    if (t.clause !== clause) return false;
    if (awayAt.has(k) || standsAround(tokens, k) || fromAfar(tokens, k) || (t.tag === 'verb' && SPREAD.has(t.norm)) || (PLACE_ADVERBS.has(t.norm) && closesClause(tokens, k) && barePlural(tokens, s))) return true;
    if (t.norm === 'behind') {
      const next = tokens[k + 1];
      if (next === undefined || !(DEFINITE.has(next.norm) || POSSESSIVES.has(next.norm))) return false;
      const { subjects } = analysis;
      const named = subjects[firstIndexWhere(subjects.length, (i) => subjects[i]!.tokenStart > k)];
      return named !== undefined && named.tokenStart === k + 1 && named.animate;
    }
  }
  return false;
}

/** Nothing but a plural: no article, number or possessive ("waiters", "people", not "two waiters"). */
function barePlural(tokens: readonly Token[], s: SubjectCandidate): boolean {
  const head = tokens[s.tokenEnd - 1]!;
  return head.lemma !== head.norm && undetermined(tokens, s);
}

/** The phrase opens with no article, number or possessive: "waiters", "male"; not "two waiters", "her son". */
function undetermined(tokens: readonly Token[], s: SubjectCandidate): boolean {
  const first = tokens[s.tokenStart]!;
  return first.tag !== 'det' && first.tag !== 'num' && !POSSESSIVES.has(first.norm);
}

/** The word at `k` ends its clause: the prompt, its sentence or a clause ends after it. */
function closesClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || next.sentence !== tokens[k]!.sentence || (next.kind === 'punct' && next.text !== '-') || next.norm === 'and';
}

/** "from afar", "from far away", "from a distance": watching or standing away from the focus. */
function fromAfar(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.norm !== 'from') return false;
  const next = tokens[k + 1]?.norm;
  if (next === 'afar') return true;
  if (next === 'far') return tokens[k + 2]?.norm === 'away' || tokens[k + 2]?.norm === 'off';
  return next === 'a' && tokens[k + 2]?.norm === 'distance';
}

/**
 * "around" closing a clause at token `k` ("…, animals and shepherds around", "friends around,"):
 * those named stand about the focus, as "around them" says.
 */
function standsAround(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'around') return false;
  const next = tokens[k + 1];
  return next === undefined || next.sentence !== tokens[k]!.sentence || (next.kind === 'punct' && next.text !== '-');
}

/** "The scene shifts to …", "the scene then cuts to …": a new scene, like a camera moving on. */
function sceneMovesOn(tokens: readonly Token[], s: SubjectCandidate): boolean {
  if (s.head !== 'scene') return false;
  for (let k = s.tokenEnd; k < tokens.length && k < s.tokenEnd + 3; k++) {
    const t = tokens[k]!;
    if (t.tag === 'adv' || AUXILIARIES.has(t.norm)) continue;
    return t.tag === 'verb' && SCENE_CHANGES.has(t.lemma);
  }
  return false;
}

/** What a subject turns into: "transformed into majestic horses", "becomes a wolf". */
function becomes(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  let k = s.tokenStart - 1;
  const into = tokens[k]?.norm === 'into';
  if (into) k--;
  while (k >= 0 && tokens[k]!.tag === 'adv') k--;
  const verb = tokens[k];
  return verb !== undefined && verb.tag === 'verb' && v.change.has(verb.lemma) && (into || verb.lemma === 'become');
}

/** How many phrases after a group's "including" are looked at for its members. */
const INCLUDED_LOOKAHEAD = 8;

/**
 * The members named after a group and ", including" ("Passengers, including a young couple
 * holding hands, a group of tourists taking photos, and a lone artist painting"), each after a
 * comma or "and", when their participles part the list the analysis builds: added to `members`.
 */
function includedMembers(analysis: PromptAnalysis, members: Set<number>): void {
  const { tokens, subjects } = analysis;
  subjects.forEach((s, k) => {
    if (k === 0 || !s.animate || tokens[s.tokenStart - 1]?.norm !== 'including' || tokens[s.tokenStart - 2]?.text !== ',') return;
    const group = subjects[k - 1]!;
    if (!group.animate || group.tokenEnd !== s.tokenStart - 2) return;
    members.add(s.tokenStart);
    const sentence = tokens[s.tokenStart]!.sentence;
    for (let j = k + 1; j < subjects.length && j <= k + INCLUDED_LOOKAHEAD; j++) {
      const item = subjects[j]!;
      if (tokens[item.tokenStart]!.sentence !== sentence) return;
      if (!item.animate) continue;
      const before = tokens[item.tokenStart - 1]!.norm;
      if (before !== ',' && before !== 'and') return;
      members.add(item.tokenStart);
    }
  });
}

/**
 * Those a person or animal brings along, named by "with" and a possessive right after it, and
 * the rest of their list ("a mafia boss with his guards and his cars", "a girl with her friends"):
 * its company, not subjects of their own.
 */
function companyBroughtAlong(analysis: PromptAnalysis, members: Set<number>): void {
  const { tokens, subjects } = analysis;
  subjects.forEach((s, k) => {
    if (k === 0 || tokens[s.tokenStart - 1]?.norm !== 'with' || !BRINGING_POSSESSIVES.has(tokens[s.tokenStart]!.norm)) return;
    const owner = subjects[k - 1]!;
    if (!owner.animate || owner.tokenEnd !== s.tokenStart - 1) return;
    members.add(s.tokenStart);
    const list = analysis.nounLists.find((l) => l.items[0]!.tokenStart === s.tokenStart);
    if (list) for (const item of list.items) if (BRINGING_POSSESSIVES.has(tokens[item.tokenStart]!.norm)) members.add(item.tokenStart);
  });
}

/** "her missing father", "his late wife": someone the story names who is not there to be seen. */
function absent(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) if (v.absent.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * What a verb of making makes ("kids making a snowman", "a girl drawing a cat", a tag "make
 * snowman" whose verb the phrase kept): a thing being made, not a subject.
 */
function made(tokens: readonly Token[], s: SubjectCandidate, v: Vocab): boolean {
  const first = tokens[s.tokenStart]!;
  if (s.tokenEnd - s.tokenStart > 1 && first.tag !== 'verb' && first.norm === first.lemma && first.pos.includes('verb') && v.making.has(first.lemma)) return true;
  const prev = tokens[s.tokenStart - 1];
  return prev !== undefined && prev.tag === 'verb' && v.making.has(prev.lemma) && prev.sentence === first.sentence;
}

/**
 * The animal or person a part is taken from or shown of: "the antlers of a deer", "the hand of a
 * woman". The part is what is seen; its owner is the subject it belongs to, not another one.
 */
function partDonor(tokens: readonly Token[], before: SubjectCandidate, s: SubjectCandidate): boolean {
  return before.kind === 'attribute' && before.tokenEnd === s.tokenStart - 1 && tokens[s.tokenStart - 1]!.norm === 'of';
}

/**
 * "The driver, a rugged man with a beard": the second phrase renames the first. Not when the
 * second has a verb of its own and the first has none: "seagulls dive above the boats, a boy
 * races along the pier" starts a new clause.
 */
function apposition(analysis: PromptAnalysis, before: SubjectCandidate, s: SubjectCandidate): boolean {
  const { tokens } = analysis;
  let k = s.tokenStart - 1;
  while (k >= 0 && tokens[k]!.tag === 'adv') k--;
  if (tokens[k]?.text !== ',' || k !== before.tokenEnd || !before.animate || (s.agent && !before.agent)) return false;
  const opener = tokens[before.tokenStart]!.norm;
  return (opener === 'the' || POSSESSIVES.has(opener)) && INDEFINITE_ARTICLES.has(tokens[s.tokenStart]!.norm);
}

/** The end of the last word of the clause a subject opens. */
function clauseEnd(analysis: PromptAnalysis, subject: SubjectCandidate): number {
  const clause = analysis.clauses[analysis.tokens[subject.tokenStart]!.clause]!;
  for (let i = clause.tokenEnd - 1; i >= clause.tokenStart; i--) {
    const t = analysis.tokens[i]!;
    if (isWordToken(t)) return Math.max(t.end, subject.end);
  }
  return subject.end;
}

function names(items: readonly SubjectCandidate[]): string {
  return items.map((s) => `"${s.text}"`).join(', ');
}
