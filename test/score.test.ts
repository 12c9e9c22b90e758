import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinter, lint, DIMENSION_WEIGHTS } from '../src/index.js';
import type { LintResult } from '../src/index.js';
import pairs from '../fixtures/pairs.js';
import { analyze } from '../src/analysis/index.js';
import { componentMap, componentSpans } from '../src/engine/components.js';

const GUIDE = 'A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot, shallow depth of field, warm streetlamp glow.';
const VAGUE = 'Beautiful cinematic video of a city at night';

const lost = (r: LintResult) => r.score.deductions.reduce((s, d) => s + d.points, 0);

describe('calibration pairs', () => {
  it('has at least 70 pairs, covering every aspect', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(70);
    for (const aspect of ['specificity', 'subject', 'motion', 'environment', 'camera', 'lighting', 'focus', 'length', 'audio', 'formula']) {
      expect(pairs.some((p) => p.aspect === aspect), aspect).toBe(true);
    }
  });

  it('the strong prompt scores higher in at least 97% of them', () => {
    const linter = createLinter();
    const failures: string[] = [];
    for (const p of pairs) {
      const weak = linter.lint(p.weak, { model: p.model }).score.total;
      const strong = linter.lint(p.strong, { model: p.model }).score.total;
      if (strong <= weak) failures.push(`${p.aspect}: weak ${weak} ≥ strong ${strong}: ${p.strong}`);
    }
    expect(failures.length / pairs.length, failures.join('\n')).toBeLessThanOrEqual(0.03);
  });

  it('over-long pairs really are over 80 words, and their tight side under', () => {
    const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
    for (const p of pairs.filter((q) => q.aspect === 'length')) {
      expect(words(p.weak)).toBeGreaterThan(80);
      expect(words(p.strong)).toBeLessThanOrEqual(80);
    }
  });
});

describe('the guide examples', () => {
  it(`the strong example scores at least 80`, () => expect(lint(GUIDE).score.total).toBeGreaterThanOrEqual(80));
  it(`the vague example scores under 50`, () => expect(lint(VAGUE).score.total).toBeLessThan(50));
});

describe('every point is explained', () => {
  const prompts = [GUIDE, VAGUE, 'A dog', 'Masterpiece, best quality, a stunning epic dragon', 'A crowded market with people, food stalls, animals, and colorful banners', Array.from({ length: 120 }, () => 'word').join(' ')];
  for (const text of prompts) {
    it(text.slice(0, 60), () => {
      const result = lint(text, { model: 'veo-3' });
      const { score } = result;
      // The deductions add up to what was lost (each is rounded to 0.1).
      expect(Math.abs(100 - lost(result) - score.total)).toBeLessThanOrEqual(0.5 + 0.05 * score.deductions.length);
      for (const d of score.deductions) {
        expect(d.points).toBeGreaterThan(0);
        expect(d.reason.length).toBeGreaterThan(0);
        expect(score.dimensions[d.dimension], d.dimension).toBeLessThan(100);
        if (d.ruleId) expect(result.diagnostics.some((g) => g.ruleId === d.ruleId && g.messageId === d.messageId)).toBe(true);
      }
      // A dimension under 100 has a deduction.
      for (const [dim, value] of Object.entries(score.dimensions)) {
        if (value! < 100) expect(score.deductions.some((d) => d.dimension === dim), dim).toBe(true);
      }
    });
  }

  it('is deterministic', () => {
    expect(createLinter().lint(VAGUE).score).toEqual(createLinter().lint(VAGUE).score);
  });

  it('the weights add up to 100', () => {
    expect(Object.values(DIMENSION_WEIGHTS).reduce((a, b) => a + b!, 0)).toBe(100);
  });

  it('abstract words are traced to their diagnostics, with diminishing cost', () => {
    const result = lint('Stunning, amazing, epic, gorgeous waves crashing on black rocks at dusk, low-angle wide shot, pink sunset glow');
    const abstract = result.score.deductions.filter((d) => d.ruleId === 'no-abstract-adjectives');
    expect(abstract).toHaveLength(4);
    for (let i = 1; i < abstract.length; i++) expect(abstract[i]!.points).toBeLessThan(abstract[i - 1]!.points);
  });

  it('a rule turned off still leaves its component scored, from the analysis', () => {
    const off = createLinter({ rules: { 'no-abstract-adjectives': 'off' } }).lint(VAGUE);
    const on = lint(VAGUE);
    const fromAnalysis = off.score.deductions.filter((d) => d.dimension === 'specificity');
    expect(fromAnalysis.length).toBeGreaterThan(0);
    expect(fromAnalysis.every((d) => d.ruleId === undefined)).toBe(true);
    expect(off.score.dimensions.specificity).toBe(on.score.dimensions.specificity);
  });

  it('adds an audio dimension for a model that generates sound', () => {
    expect(lint(GUIDE).score.dimensions.audio).toBeUndefined();
    const withSound = lint(GUIDE, { model: 'veo-3' }).score;
    expect(withSound.dimensions.audio).toBeDefined();
    expect(lint(`${GUIDE} Rain pattering on the cobblestones, distant traffic hum.`, { model: 'veo-3' }).score.total).toBeGreaterThan(withSound.total);
  });

  it('a prompt the rules cannot read loses no points for what they cannot measure', () => {
    const score = lint('一只红狐狸在黎明时分穿过新雪').score;
    expect(score.unmeasured).toContain('camera');
    expect(score.deductions.filter((d) => d.dimension !== 'length')).toEqual([]);
  });

  it('a building placed by a preposition, or a storm that acts, is what the shot looks at; inside it, it is the setting', () => {
    const subjectLoss = (text: string) => lint(text).score.deductions.filter((d) => d.dimension === 'subject');
    expect(subjectLoss('An old barn in a field at sunset, slow dolly in, warm backlight')).toEqual([]);
    expect(subjectLoss('Drone shot of a white lighthouse on a cliff at dusk, warm beam of light')).toEqual([]);
    expect(subjectLoss('The old hotel is burning at night, aerial orbit, orange firelight')).toEqual([]);
    expect(subjectLoss('Inside an old barn at sunset, slow dolly in, warm backlight')[0]?.reason).toMatch(/besides the place/);
    // So is a storm one can watch, when it acts; inside it, it is the setting too.
    expect(subjectLoss('A tornado spins across the plains at dusk, wide shot, stormy green light').map((d) => d.reason)).not.toContainEqual(expect.stringMatching(/besides the place/));
    expect(subjectLoss('Inside a tornado at dusk, wide shot, stormy green light')[0]?.reason).toMatch(/besides the place/);
    // A phrase set off by commas between the landmark and its verb changes nothing.
    expect(subjectLoss('A desolate mansion, shrouded in mist, stands alone on a hill at dusk, slow dolly in, cold moonlight').map((d) => d.reason)).not.toContainEqual(expect.stringMatching(/besides the place/));
    // Marks before the phrase open nothing: an emoji, a link, a heading's "#", markdown bold.
    for (const lead of ['🐺 ', 'https://example.com/a.png ', '# ', '**']) expect(subjectLoss(`${lead}An old barn in a field at sunset, slow dolly in, warm backlight`)).toEqual([]);
    expect(lint('An old barn in a field at sunset, slow dolly in, warm backlight').rewrite.text).not.toContain('[subject');
  });

  it('an empty prompt scores 0', () => {
    expect(lint('   ').score.total).toBe(0);
  });

  it('a prompt with no words scores 0 for the reason no-empty-prompt gives, and says so without it', () => {
    const { score, diagnostics } = lint('!!! 🙂');
    expect(score.total).toBe(0);
    expect(score.deductions.length).toBeGreaterThan(0);
    for (const d of score.deductions) expect(d).toMatchObject({ reason: diagnostics[0]!.message, ruleId: 'no-empty-prompt', messageId: 'noWords' });
    const off = createLinter({ rules: { 'no-empty-prompt': 'off' } }).lint('!!! 🙂').score;
    expect(off.total).toBe(0);
    for (const d of off.deductions) expect(d.reason).toBe('The prompt has no words: there is nothing for the model to film.');
  });
});

const corpus = new URL('../../shared/corpus/', import.meta.url);
describe.skipIf(!existsSync(corpus))('corpus pairs (short → refined, refined ≤ 80 words)', () => {
  it('the refined prompt scores higher in most pairs', () => {
    const linter = createLinter();
    let agree = 0;
    let total = 0;
    for (const file of readdirSync(corpus).filter((f) => f.startsWith('pairs-') && f.endsWith('.tsv'))) {
      for (const line of readFileSync(new URL(file, corpus), 'utf8').split('\n').slice(1)) {
        const [short, refined] = line.split('\t');
        if (!short || !refined || refined.split(/\s+/).filter(Boolean).length > 80) continue;
        total++;
        if (linter.lint(refined).score.total > linter.lint(short).score.total) agree++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(agree / total).toBeGreaterThanOrEqual(0.8);
  });
});
if (!existsSync(corpus)) console.warn('score.test: ../shared/corpus is absent; the corpus pair agreement test is skipped.');

describe('motion: manner, direction and beats', () => {
  const motionLoss = (text: string) => lint(text).score.deductions.filter((d) => d.dimension === 'motion').reduce((sum, d) => sum + d.points, 0);
  const kinds = (text: string) => [...componentMap(analyze(text)).kinds.motion].sort();

  it('one bare action costs 40% of the budget, two kinds 20%, three nothing', () => {
    expect(motionLoss('A woman lifts a mug.')).toBeCloseTo(6, 1);
    expect(motionLoss('A woman lifts a mug slowly.')).toBeCloseTo(3, 1);
    expect(motionLoss('A woman lifts the mug slowly to her lips and takes a sip.')).toBe(0);
  });

  it('reads the manner and the direction after the verb and its object', () => {
    expect(kinds('A person rolls the yoga mat tightly.')).toEqual(['action', 'manner']);
    expect(kinds('A man walks toward the gate.')).toEqual(['action', 'direction']);
    expect(kinds('A woman closes the door, pushing it firmly into place.')).toEqual(['action', 'beats', 'direction', 'manner']);
  });

  it('takes no praise, no adverb of an adjective and no repeated verb for a detail of the motion', () => {
    expect(kinds('A man walks beautifully.')).toEqual(['action']);
    expect(kinds('A man walks into a brightly lit room.')).toEqual(['action', 'direction']);
    expect(kinds('A dog runs and runs.')).toEqual(['action']);
    expect(kinds('A mirror breaks when struck by a rock.')).not.toContain('manner');
  });

  it('counts a motion phrase or event once, and a verb the motion list holds as one action', () => {
    expect(kinds('A car chase at night.')).toEqual(['phrase']);
    expect(kinds('A girl dancing in a garden.')).toEqual(['action']);
    expect(kinds('A quiet street, no explosions.')).toEqual([]);
  });

  it('a motion phrase or event gives no beat: a next beat is a second action', () => {
    expect(kinds('A timelapse of a volcano eruption.')).toEqual(['phrase']);
    expect(kinds('A time-lapse of a candle as the wax melts and drips down.')).toEqual(['action', 'beats', 'direction', 'phrase']);
  });

  it('a negated action gives no beat', () => {
    expect(kinds('A man walks and does not stop.')).toEqual(['action']);
  });
});

describe('subject: tool parameters', () => {
  const subjectReasons = (text: string) => lint(text).score.deductions.filter((d) => d.dimension === 'subject').map((d) => d.reason);
  it('does not take a parameter flag ("-ar 16:9", "-seed 7", "-motion 2") for the subject', () => {
    expect(subjectReasons('a foggy meadow at sunrise -ar 16:9 -motion 2')).toEqual(['No subject besides the place: say what the camera is looking at in it.']);
    expect(subjectReasons('an empty parking lot at night -seed 40511')).toEqual(['No subject besides the place: say what the camera is looking at in it.']);
    expect(lint('a quiet lake at dawn --ar 9:16').rewrite.text).toMatch(/^\[subject/);
  });
  it("takes a tool's text field (Pika's \"Message: … (Font: …)\") for a setting, and ends the phrase before it", () => {
    expect(subjectReasons('a misty harbour at dawn  Message: AHOY (Font: MODERN)')).toEqual(['No subject besides the place: say what the camera is looking at in it.']);
    expect(subjectReasons('two otters on a rock  Message: HI (Font: RETRO)').some((r) => r.startsWith('No '))).toBe(false);
  });
  it("takes no pronoun in a tool's text field for the subject", () => {
    expect(subjectReasons('a view of sunset clouds from an airplane window  Message: I LOVE YOU (Font: RETRO)')).toEqual(['No subject besides the place: say what the camera is looking at in it.']);
    expect(subjectReasons('she waves from a misty harbour  Message: AHOY (Font: MODERN)')[0]).toMatch(/^Only a pronoun \("she"\)/);
  });
  it('still credits the subject written before the flags', () => {
    expect(subjectReasons('a grey heron wading through reeds -gs 18 -ar 4:3').some((r) => r.startsWith('No '))).toBe(false);
  });
});

describe('subject: found where its phrase runs on', () => {
  const none = (text: string) => lint(text).score.deductions.some((d) => d.dimension === 'subject' && /^(No |Only a pronoun)/.test(d.reason));
  it('credits the person or animal before a verb, a camera, light or picture word taken for the head', () => {
    expect(none('boy look at the sky')).toBe(false);
    expect(none('a grey wolf jump over a log')).toBe(false);
    expect(none('a tall knight closeup')).toBe(false);
    expect(none('woman face silhouette on a wall')).toBe(false);
    expect(none('a tiger full image in tall grass')).toBe(false);
  });
  it('credits the body part a movement is of when no one is named', () => {
    expect(none('hand movements')).toBe(false);
    expect(lint('a girl with slow hand movements').score.deductions.some((d) => d.dimension === 'subject' && d.reason.includes('"a girl"'))).toBe(true);
  });
  it('credits a light one can look at that opens its clause, not light in general', () => {
    expect(none('paper lanterns drifting over a dark river')).toBe(false);
    expect(none('a candle on a wooden table')).toBe(false);
    expect(none('an old traffic light swaying in the wind')).toBe(false);
    expect(none('soft sunlight on a quiet street')).toBe(true);
    expect(none('a quiet street lit by a traffic light')).toBe(true);
    // After "by" a light object lights the scene whether or not the lighting vocabulary reads it.
    expect(none('a quiet street lit by a lamppost')).toBe(true);
    // A plural, and a participle before it ("blinking traffic lights", "a shot of glowing lanterns").
    expect(none('video of blinking traffic lights')).toBe(false);
    expect(none('a shot of glowing lanterns floating on a river')).toBe(false);
    // After a conjunction opening its clause.
    expect(none('the room goes dark, and a candle appears')).toBe(false);
  });
  it('credits someone in the background when nothing stands in front, but not "no people"', () => {
    expect(none('a red sunset with a boy in the background')).toBe(false);
    expect(none('a ferry sailing in the distance')).toBe(false);
    expect(none('a quiet road at dawn with no people')).toBe(true);
  });
  it('credits a landmark a shot names', () => {
    expect(none('low angle shot of a stone tower')).toBe(false);
    expect(lint('low angle shot of a stone tower').rewrite.text).not.toMatch(/^\[subject/);
  });
  it('credits a landmark or a light a picture word names, not the place after a backdrop word', () => {
    expect(none('grainy footage of a farmhouse on fire')).toBe(false);
    expect(none('a quiet scene of an iron lamppost on a cobblestone street')).toBe(false);
    expect(none('the background of a harbor at dawn')).toBe(true);
  });
  it('does not take what follows "during", a time, for the subject', () => {
    expect(none('cosmic horror during world war 1')).toBe(true);
    expect(none('the bustling streets of ancient Rome during a grand festival')).toBe(true);
    expect(none('a red kite dancing over the dunes during a storm')).toBe(false);
  });
  it('does not take a span of time for the subject', () => {
    expect(none('for a while in my childhood')).toBe(true);
    expect(none('time-lapse of a sunset over the bay over two hours')).toBe(true);
    expect(none('a boy spends hours at the aquarium')).toBe(false);
  });
  it('takes no subject from a negative prompt', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('a lake at dawn. Negative prompt: humans, text')).toEqual([]);
    expect(credited('a foggy valley at sunrise -neg people, birds')).toEqual([]);
    expect(lint('a foggy valley at sunrise -neg humans').score.dimensions.subject).toBe(50);
  });

  it('does not take a place named without naming it, a reputation or the video\'s audience for the subject', () => {
    expect(none('a place without water in Africa')).toBe(true);
    expect(none('a world covered in deserts with active volcanoes')).toBe(true);
    expect(none('and has the reputation of “Essence of Jiuzhaigou Scenery')).toBe(true);
    expect(none('City that looks like a combination of denver and california')).toBe(true);
    expect(none('an enigmatic scene of the village at nightfall, leaving the audience in suspense')).toBe(true);
    expect(lint('an enigmatic scene of the village at nightfall, leaving the audience in suspense').score.dimensions.subject).toBe(50);
    // A compound names a thing or a kind of place; onlookers acting, or with no state, are seen.
    expect(none('we are sitting on a red love seat in front of a small fire place')).toBe(false);
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('fire place in a very romantic place')).toEqual(['fire place']);
    expect(credited('dragon flying over a burning city in a medieval fantasy world')).toEqual(['dragon']);
    expect(credited('formally dressed theater audience applauding')).toEqual(['theater audience']);
  });
  it('does not take "that" opening a clause, or the verb of a relative clause, into a subject', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('a black magic book that emits glare and is sprinkled with flickering light')).toEqual(['a black magic book']);
    expect(credited('a dove perched on his head shows that the Holy Spirit prays for him')).toEqual(['a dove', 'his head', 'the Holy Spirit']);
    expect(credited('a girl in that dress')).toEqual(['a girl', 'that dress']);
  });
  it('ends a phrase opening its clause before the action the analysis reads in its head', () => {
    const read = (text: string) => {
      const map = componentMap(analyze(text));
      return { subjects: map.subjects.map((s) => s.text), motion: componentSpans(map, 'motion').map((s) => s.text) };
    };
    expect(read('Astronaut returns to the ship')).toEqual({ subjects: ['Astronaut', 'the ship'], motion: ['returns'] });
    expect(read('old man walk on the road')).toEqual({ subjects: ['old man'], motion: ['walk'] });
    // After a preposition the phrase is no doer: "in doctor dress" is a costume.
    expect(read('cute kid in doctor dress').subjects).toEqual(['cute kid', 'doctor dress']);
  });
  it('takes a person word the tagger read as an adjective, standing alone as a tag, for that person', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('female, solo, sad, head scarf, kneeling, indoor, temple')[0]).toBe('female');
    expect(credited('male, sitting on a bench, park, close-up')).toEqual(['male']);
  });
  it('does not take an idea or a plan for the subject', () => {
    expect(none('Whispers of Memory')).toBe(true);
    expect(none('a slow journey through swirling colour')).toBe(true);
    expect(none('an old sailor lost in a memory')).toBe(false);
  });
  it('does not take a style reference, a film, a number with a unit or a bare flag for the subject', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('a heron in the reeds, in the style of Hokusai and Hiroshige')).toEqual(['a heron']);
    expect(credited('1980s horror movie, a nurse walks down a hallway')).toEqual(['a nurse']);
    expect(credited('a red fox in the snow, 32k, 24fps, 4k resolution')).toEqual(['a red fox']);
    expect(credited('a red fox in the snow - gs 20 - motion 3, ar 9:16')).toEqual(['a red fox']);
    expect(credited('a red fox in the snow - movement 2 8k cinematic')).toEqual(['a red fox']);
    expect(credited('cartoon, a red fox in the snow')).toEqual(['a red fox']);
    expect(credited('a wooden sign reads "Dogs welcome" on a door')).toEqual(['a wooden sign']);
    expect(none('an empty harbour at dawn painted by Monet')).toBe(true);
    // A number that is not a setting's, and a setting before a thing, keep their phrase.
    expect(credited('an old 4k tv on the table')).toEqual(['an old 4k tv']);
    expect(credited('a studio ghibli style of kittens in a field')).toEqual(['a studio ghibli style of kittens']);
  });
  it('reads a render engine, camera or film stock with its "render" or "engine" as style, and no action', () => {
    const read = (text: string) => {
      const map = componentMap(analyze(text));
      return { style: componentSpans(map, 'style').map((s) => s.text), motion: [...map.kinds.motion], subjects: map.subjects.map((s) => s.text) };
    };
    expect(read('a fox curled up under a pine tree, octane render')).toEqual({ style: ['octane render'], motion: [], subjects: ['a fox'] });
    expect(read('a lighthouse on a cliff, corona render, Unreal Engine 5')).toEqual({ style: ['corona render', 'Unreal Engine 5'], motion: [], subjects: ['a lighthouse'] });
    // "high octane" is the adjective: no engine there.
    expect(read('a high octane car chase').style).toEqual([]);
  });
  it('does not take how the picture is drawn, a feeling or a glued flag for the subject', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('a white rabbit surfing a pink wave in cinematic 3D')).toEqual(['a white rabbit', 'a pink wave']);
    expect(credited('3d animated, waves breaking, gulls in the sky')).toEqual(['gulls']);
    expect(credited('concept digital art, a heron standing in a pond')).toEqual(['a heron']);
    expect(credited('a detailed oil painting scene, an old fisherman on the pier')).toEqual(['an old fisherman']);
    expect(credited('a goat 3d')).toEqual(['a goat']);
    expect(credited('a sailor in a storm, 32k resolution')).toEqual(['a sailor']);
    expect(credited('a sailor in a storm, realistic video, more than 8 sec')).toEqual(['a sailor']);
    expect(credited('a barn owl on a post, sad emotions, ar-9:16')).toEqual(['a barn owl']);
    expect(credited('a knight rides out, -gs:12, -motion:03')).toEqual(['a knight']);
    expect(none('harbour at dusk, ultra realistic, hd4')).toBe(true);
    expect(none('an old sailor with boundless energy in the Victorian era')).toBe(false);
    // The -ing word with an object is a verb: the hand is drawing.
    expect(credited('a hand drawing a spiral')).toEqual(['a hand', 'a spiral']);
  });
  it('does not take a quality, a part of a place, a direction or a pronoun with its verb for the subject', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('an old potter shaping a jug with great wisdom and patience')).toEqual(['an old potter', 'a jug']);
    expect(credited('a fox sits in the middle of the road, in front of a truck')).toEqual(['a fox', 'front of a truck']);
    expect(credited('a heron on top of a post, gazing skyward')).toEqual(['a heron']);
    expect(credited("it's snowing and a red tram rolls by")).toEqual(['a red tram']);
    expect(credited('a skater glides from the left side to the right side')).toEqual(['a skater']);
    expect(credited('a kettle with a sleek design, a touch of elegance and a striking contrast')).toEqual(['a kettle', 'a sleek design']);
    expect(credited('a gray top and blue jeans on a chair')).toEqual(['a gray top', 'blue jeans']);
    // Someone right before a movement named as a noun is who moves; "Joy" is a name, "joy" is not.
    expect(credited('slow trout movements in a stream')).toEqual(['slow trout']);
    expect(credited('Joy rides a ferry, beaming with joy')).toEqual(['Joy', 'a ferry']);
    expect(none('the grandeur of the valley at dawn')).toBe(true);
    expect(credited('a dancer holds a graceful pose, petals drifting in the air, inviting viewers closer')).toEqual(['a dancer', 'petals']);
    expect(credited('a fox sniffing the air, the aroma of rain, hills in the distance')).toEqual(['a fox']);
    // A multiplier closing the phrase gives the head back to the noun before it.
    expect(credited('a snail ten times its size crossing a leaf')).toEqual(['a snail', 'a leaf']);
    // A pronoun with its verb still stands for the subject, as the pronoun alone does.
    const reasons = (text: string) => lint(text).score.deductions.filter((d) => d.dimension === 'subject').map((d) => d.reason);
    expect(reasons("she's laughing in the rain")[0]).toMatch(/^Only a pronoun \("she's"\)/);
  });
  it('does not take a format, a look or a recording word for the subject', () => {
    const credited = (text: string) => componentMap(analyze(text)).subjects.map((s) => s.text);
    expect(credited('a diver near a reef, aspect ratio 4:3, HDR, DSLR, film grain')).toEqual(['a diver']);
    expect(credited('a robot bartender, cyberpunk, vhs, digital')).toEqual(['a robot bartender']);
  });
  it('does not take a noun for the look of the picture for the subject', () => {
    expect(none('Super realism, soft light, 8k')).toBe(true);
    expect(lint('Hyperrealism, a fox in snow').score.deductions.some((d) => d.reason.includes('"Hyperrealism"'))).toBe(false);
  });
});

describe('detail: what a thing looks like, not where it is', () => {
  const reasons = (text: string) => lint(text).score.deductions.map((d) => d.reason);
  it('takes no side ("her right hand", "the left side") for a detail of the subject or a concrete modifier', () => {
    expect(reasons('A woman raises her right hand.')).toContain('The subject is named without any detail ("A woman"): add what makes it this one (colour, age, material, clothing).');
    expect(reasons('A penguin standing on the left side of a cactus.').some((r) => r.startsWith('No concrete detail'))).toBe(true);
    expect(reasons('A woman raises her red right hand.').some((r) => r.startsWith('The subject is named without any detail'))).toBe(false);
    // "front" and "back" are sides too, of a thing or of the view: "front view" gives no colour or material.
    expect(reasons('a spoon on the right of a bowl, front view').some((r) => r.startsWith('No concrete detail'))).toBe(true);
    expect(reasons('A child walking in front of a car').some((r) => r.startsWith('The subject is named without any detail'))).toBe(true);
    // A camera term is the camera's: "aerial" gives the building no detail; "red" does.
    expect(reasons('aerial footage of a lighthouse on a cliff').some((r) => r.startsWith('No concrete detail'))).toBe(true);
    expect(reasons('aerial footage of a red lighthouse on a cliff').some((r) => r.startsWith('No concrete detail'))).toBe(false);
    expect(reasons('a man walks out of a shop, 4k resolution').some((r) => r.startsWith('No concrete detail'))).toBe(true);
    // Nor is an adjective of a plain light, which the lighting scores; its colour is a detail.
    expect(reasons('A bicycle is accelerating to gain speed. Realistic, Natural lighting, Energetic').some((r) => r.startsWith('No concrete detail'))).toBe(true);
    expect(reasons('A bicycle is accelerating to gain speed, pink lighting').some((r) => r.startsWith('No concrete detail'))).toBe(false);
  });
});

describe('subject: names before an act, codes standing alone', () => {
  const subjectReasons = (text: string) => lint(text).score.deductions.filter((d) => d.dimension === 'subject').map((d) => d.reason);
  it('credits the person or the name before a performance or a sound ("boy laugh", "Audrey Hepburn speech")', () => {
    expect(subjectReasons('Audrey Hepburn speech').some((r) => r.startsWith('No concrete subject'))).toBe(false);
    expect(subjectReasons('boy laugh')[0]).toMatch(/^The subject is named without any detail \("boy"\)/);
    // Not a time or place ("Halloween Night"), nor a contraction.
    expect(subjectReasons('Halloween Night Ambience')[0]).toMatch(/^No /);
    // A surname the dictionary knows after a given name; one unknown word alone names a genre.
    expect(subjectReasons('Taylor Swift concert')).toEqual([]);
    expect(subjectReasons('Lofi song')[0]).toMatch(/^No concrete subject/);
    expect(subjectReasons('Strawbalien twirls in slow motion')[0]).toMatch(/\("Strawbalien"\)/);
  });
  it('reads a particle inside a name, and a surname typed in lower case that is only a noun', () => {
    expect(subjectReasons('Shakib Al Hasan interview')).toEqual([]);
    expect(subjectReasons('Elon musk dance')).toEqual([]);
    // Not a word the lexicon also knows as an adjective: "Russian victory parade" names no one.
    expect(subjectReasons('Russian victory parade')[0]).toMatch(/^No concrete subject/);
  });
  it('credits a vehicle, someone or a model number right before an event the motion match takes whole', () => {
    const named = (text: string) => !subjectReasons(text).some((r) => r.startsWith('No '));
    expect(named('a car chase in antique Rome')).toBe(true);
    expect(named('cartoon rocket launch')).toBe(true);
    expect(named('F16 flight over Ukraine')).toBe(true);
    // Not a camera: a drone flight is the shot's.
    expect(named('drone flight above the coast')).toBe(false);
  });
  it('takes no animal or vehicle word of a name before a style for someone in the shot ("Van Gogh style")', () => {
    expect(subjectReasons('The bund Shanghai, Van Gogh style')[0]).toMatch(/^No subject besides the place/);
    expect(subjectReasons('a bear in a meadow, Van Gogh style')[0]).toMatch(/\("a bear"\)/);
  });
  it('takes a lone letter and number ("w2", "v5") for a code, not a thing in the shot', () => {
    expect(subjectReasons('a lonely road at night, w2, 4k')).toEqual(['No subject besides the place: say what the camera is looking at in it.']);
    expect(subjectReasons('- w2')[0]).toMatch(/^No concrete subject/);
  });
});
