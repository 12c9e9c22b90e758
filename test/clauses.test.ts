import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/index.js';

const clauses = (text: string) => analyze(text).clauses.map((c) => text.slice(c.start, c.end));

describe('clauses', () => {
  it('break at commas, semicolons, colons and dashes', () => {
    expect(clauses('A fox runs; snow falls: wide shot, dusk')).toEqual(['A fox runs;', 'snow falls:', 'wide shot,', 'dusk']);
  });

  it('do not break inside a ratio, a clock time or a number with a thousands comma', () => {
    expect(clauses('Over 1,000 lanterns at 10:30 pm, --ar 16:9')).toEqual(['Over 1,000 lanterns at 10:30 pm,', '--ar 16:9']);
  });

  it('break at a colon or comma with a space beside it, even between numbers', () => {
    expect(clauses('Shot 1: 2 dogs, 3 cats')).toEqual(['Shot 1:', '2 dogs,', '3 cats']);
    expect(clauses('scores 3 :2 today')).toEqual(['scores 3 :', '2 today']);
  });

  it('a full stop glued between a digit and a number is a decimal point, not a sentence end', () => {
    const sentences = (text: string) => analyze(text).sentences.map((c) => text.slice(c.start, c.end));
    expect(sentences('A gull glides -w1.5 -v3.0. Waves roll.')).toEqual(['A gull glides -w1.5 -v3.0.', 'Waves roll.']);
    // A number glued to its unit or model letter after the point ("F2.8L"), as in a lens's name.
    expect(sentences('A heron, shot on a 70-200mm F2.8L II lens. It lands.')).toEqual(['A heron, shot on a 70-200mm F2.8L II lens.', 'It lands.']);
    expect(sentences('Take 2.Then a gull lands.')).toEqual(['Take 2.', 'Then a gull lands.']);
  });

  it('a full stop after a title or between single letters shortens a word, not a sentence', () => {
    const sentences = (text: string) => analyze(text).sentences.map((c) => text.slice(c.start, c.end));
    expect(sentences('In the style of The Cabinet of Dr. Caligari, a clerk walks home. Low angle.')).toEqual(['In the style of The Cabinet of Dr. Caligari, a clerk walks home.', 'Low angle.']);
    expect(sentences('Mr. and Mrs. Okafor dance at dusk near Mt. Kenya.')).toEqual(['Mr. and Mrs. Okafor dance at dusk near Mt. Kenya.']);
    expect(sentences('The D.C. skyline at 3 a.m. with a mural by H.R. Giger. Rain falls.')).toEqual(['The D.C. skyline at 3 a.m. with a mural by H.R. Giger.', 'Rain falls.']);
    // A single letter alone is no abbreviation, and a line break always ends a sentence.
    expect(sentences('She picks door A. The camera pans.')).toEqual(['She picks door A.', 'The camera pans.']);
    expect(sentences('A portrait of Dr.\nWaves roll.')).toEqual(['A portrait of Dr.', 'Waves roll.']);
  });

  it('a web address or a file name ends no sentence; a full stop after it, or missing its space, does', () => {
    const sentences = (text: string) => analyze(text).sentences.map((c) => text.slice(c.start, c.end));
    expect(sentences('-pan up -camera zoom in a cat https://cdn.discordapp.com/attachments/1/wave.1.png')).toEqual(['-pan up -camera zoom in a cat https://cdn.discordapp.com/attachments/1/wave.1.png']);
    expect(sentences('a cat, see wave.1.png and www.example.com/a.b for reference. A dog runs.')).toEqual(['a cat, see wave.1.png and www.example.com/a.b for reference.', 'A dog runs.']);
    expect(sentences('Visit example.com. A cat sits.A dog runs, sunset.The camera pans.')).toEqual(['Visit example.com.', 'A cat sits.', 'A dog runs, sunset.', 'The camera pans.']);
  });

  it('a web address or a file name holds no words', () => {
    const a = analyze('a fox, https://example.com/luminous_forest_at_dusk.png');
    expect(a.words.map((w) => w.text)).toEqual(['a', 'fox']);
    expect(a.tokens[a.tokens.length - 1]!.kind).toBe('symbol');
    expect(a.byCategory.environment).toEqual([]);
    expect(a.byCategory.lighting).toEqual([]);
  });
});

describe('tags in context', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('an -ing word listed as an adjective and a verb is the verb before its object', () => {
    expect(tag('A woman in a kitchen, moving the chairs.', 'moving')).toBe('verb');
    expect(tag('A man is sweeping the floor.', 'sweeping')).toBe('verb');
    expect(tag('sunlight illuminating the garden', 'illuminating')).toBe('verb');
    // Before a noun, or after a determiner or a possessive, it stays a modifier.
    expect(tag('a moving car on the road', 'moving')).toBe('adj');
    expect(tag("the bird's striking appearance", 'striking')).toBe('adj');
  });

  it('a plural opening a clause before an -ing verb is a noun, unless the verb takes an -ing form', () => {
    expect(tag('A city at night, lights flickering in the windows', 'lights')).toBe('noun');
    expect(tag('A courtyard at dusk, guards standing by the gate.', 'guards')).toBe('noun');
    expect(tag('A girl in a park, starts running', 'starts')).toBe('verb');
  });

  it('a past form before a noun after a possessive describes the noun', () => {
    expect(tag('A woman on a bench, her relaxed demeanor in the sun.', 'relaxed')).toBe('adj');
    expect(tag('Two eagles soar, their outstretched wings catching the wind.', 'outstretched')).toBe('adj');
    expect(tag("A close-up of the runner's determined gaze.", 'determined')).toBe('adj');
    // After a pronoun that is the object, and before no noun, it is still the verb.
    expect(tag('A man helps her crossed the road.', 'crossed')).toBe('verb');
  });

  it('an -ed adjective whose stem is no verb is an adjective, alone or as the last part of a compound', () => {
    expect(tag('The hillside is rugged with patches of grass.', 'rugged')).toBe('adj');
    expect(tag('A man sits cross-legged on the floor.', 'cross-legged')).toBe('adj');
    expect(tag('rich, textured brushstrokes', 'textured')).toBe('adj');
  });
});

describe('tags of a past form before an -s form', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('a determined past form before an -s form and its object is the subject noun', () => {
    expect(tag('A tilt shot captures one woman opening a gift.', 'shot')).toBe('noun');
    expect(tag('A tilt shot captures one woman opening a gift.', 'captures')).toBe('verb');
    expect(tag('A macro lens shot captures a lizard on a panel.', 'captures')).toBe('verb');
    // Past a participle or -ing modifier, and before a preposition.
    expect(tag('A rotating drone shot showcases a robotics lab.', 'showcases')).toBe('verb');
    expect(tag("A macro shot begins with the pin's tip.", 'shot')).toBe('noun');
  });
});

describe("tags of an -s form after a person's name", () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is the verb before an object or a place', () => {
    expect(tag('Vladimir Putin looks at the destroyed city', 'looks')).toBe('verb');
    expect(tag('ronaldo loves pizza', 'loves')).toBe('verb');
    // A place names many things ("Tokyo lights"); "with" describes a name ("bill gates with purple hair").
    expect(tag('Tokyo lights at night', 'lights')).toBe('noun');
    expect(tag('bill gates with purple hair', 'gates')).toBe('noun');
  });
});

describe('tags of function words compromise lists under other classes', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('possessives are pronouns, question words adverbs, "no" a determiner', () => {
    expect(tag('Nina pleaded for my forgiveness', 'my')).toBe('pron');
    expect(tag('in our garden', 'our')).toBe('pron');
    expect(tag('a forest where the trees glow', 'where')).toBe('adv');
    expect(tag('advice on how to improve', 'how')).toBe('adv');
    expect(tag('there is no lighting', 'no')).toBe('det');
    expect(tag('there is no lighting', 'lighting')).toBe('noun');
  });

  it('"not" and "never" are adverbs, "unless" a conjunction, "everywhere" and its kin adverbs', () => {
    expect(tag('A person is petting a dog (not a cat)', 'not')).toBe('adv');
    expect(tag('a memory I will never forget', 'never')).toBe('adv');
    expect(tag('the dog stays unless it rains', 'unless')).toBe('conj');
    expect(tag('flames flicker everywhere', 'everywhere')).toBe('adv');
    expect(tag('a woman going somewhere with her luggage', 'somewhere')).toBe('adv');
    // Read as nouns they made a compound with the word before: "fire everywhere", "bed not".
    expect(tag('a palace with fire everywhere', 'fire')).toBe('noun');
  });
});

describe('tags of a past participle before a noun', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is an adjective after a preposition, an adjective or an -ing verb', () => {
    expect(tag('sunlight filters through the canopy, casting dappled light', 'dappled')).toBe('adj');
    expect(tag('an individual with furrowed eyebrows', 'furrowed')).toBe('adj');
    expect(tag('a chase through neon-lit city streets', 'neon-lit')).toBe('adj');
    expect(tag('a boy with tousled black hair', 'tousled')).toBe('adj');
    // After its subject it is the verb.
    expect(tag('the boy opened doors', 'opened')).toBe('verb');
  });
});

describe('tags of verbs the first guess read as nouns', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('a form of "be" or "have" is a verb, after an adjective or a relative "that" too', () => {
    expect(tag('the fairy is wearing a white dress', 'is')).toBe('verb');
    expect(tag('a tiny human that is crushed by a shoe', 'is')).toBe('verb');
    expect(tag('a tree that has leaves', 'has')).toBe('verb');
    expect(tag('For a country of five million people these were devastating losses', 'were')).toBe('verb');
    expect(tag('two soldiers in green are beating a prisoner', 'are')).toBe('verb');
  });

  it('after a noun and a relative "that", a verb before a path, an adverb or the end', () => {
    expect(tag('a bird that flies over the lake', 'flies')).toBe('verb');
    expect(tag('casting beams that dance upon the trunks', 'dance')).toBe('verb');
    expect(tag('a field of mushrooms that twinkle and glow', 'twinkle')).toBe('verb');
    // The demonstrative before a noun stays a determiner; an -s form the lexicon lists only as a
    // verb is the verb before an object too (the motion rule reads what a sign says as writing).
    expect(tag('in the garden that night', 'night')).toBe('noun');
    expect(tag('a neon sign that reads OPEN', 'reads')).toBe('verb');
  });

  it('after a form of "be" a past form is the passive participle', () => {
    expect(tag('A bird is perched on a fence', 'perched')).toBe('verb');
    expect(tag('The hot spring is nestled in a forest', 'nestled')).toBe('verb');
  });

  it('an -s form after a determined singular noun, before a number or an adjective and its noun, is its verb', () => {
    expect(tag('A steady pan showcases five owls in a tree', 'showcases')).toBe('verb');
    expect(tag('The background features lush green grass', 'features')).toBe('verb');
    expect(tag('The sun casts long shadows', 'casts')).toBe('verb');
    // A plural before it may be a compound's head: "the city lights" stay a noun phrase.
    expect(tag('the city lights flicker at night', 'lights')).toBe('noun');
  });

  it('a base form after "as" and a plural is the verb ("as" opens a clause, it governs no object there)', () => {
    expect(tag('the blade glinting as raindrops run down it', 'run')).toBe('verb');
    expect(tag('as leaves drift gently around its easel', 'drift')).toBe('verb');
    // After a true preposition the plural and the word after it are one noun phrase.
    expect(tag('a walk in times square', 'square')).toBe('noun');
  });

  it('an -s form after a bare singular noun that opens its clause, before a path, is its verb', () => {
    expect(tag('Smoke rises from the chimney', 'rises')).toBe('verb');
    expect(tag('The air is damp, and water drips from the ceiling', 'drips')).toBe('verb');
    expect(tag('Soft rain pelts against the window', 'pelts')).toBe('verb');
    // Before a place, or after a noun a determiner or another noun opens, it may be a compound's head.
    expect(tag('city lights in the distance', 'lights')).toBe('noun');
    expect(tag('paw prints on the tiles', 'prints')).toBe('noun');
  });
});

describe('tags of lower-case words that are also names', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('are the noun or adjective after any word but a name or a naming verb', () => {
    expect(tag('showing joy and excitement', 'joy')).toBe('noun');
    expect(tag('a musician with tousled brown hair', 'brown')).toBe('adj');
    expect(tag('they walk through a misty garden', 'misty')).toBe('adj');
    expect(tag('one brown cat attacks a rabbit', 'brown')).toBe('adj');
    // After a name, or a verb that names, they are names.
    expect(tag('charlie brown walks his dog', 'brown')).toBe('name');
    expect(tag('a girl named summer', 'summer')).toBe('name');
  });
});

describe('tags of field names', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('a word before a colon that opens its sentence, or a quoted key, is a noun', () => {
    expect(tag('{"subject": "a bowl of ramen", "setting": "a wooden counter"}', 'subject')).toBe('noun');
    expect(tag('{"subject": "a bowl of ramen", "setting": "a wooden counter"}', 'setting')).toBe('noun');
    expect(tag('A lighthouse on a cliff. Setting: a stormy coast at dusk.', 'setting')).toBe('noun');
    // After a comma it introduces what someone says.
    expect(tag('a girl in glasses, saying: I am Angie', 'saying')).toBe('verb');
    // The first word of an action field's value is the verb it can be.
    expect(tag('{"subject": "a toddler", "action": "claps"}', 'claps')).toBe('verb');
    expect(tag('A toddler in a kitchen. Action: waves at the camera.', 'waves')).toBe('verb');
  });

  it('the only word of a Markdown heading names a field; a hashtag or bold words in a sentence do not', () => {
    expect(tag('## Subject\nA brass compass, lid open\n## Setting\na chart table', 'setting')).toBe('noun');
    expect(tag('### Staging ###\nTwo chairs face a window', 'staging')).toBe('noun');
    expect(tag('**Setting**\na chart table', 'setting')).toBe('noun');
    expect(tag('**Setting**: a chart table', 'setting')).toBe('noun');
    expect(tag('#running\na man on a track', 'running')).toBe('verb');
    expect(tag('a woman, **running** through a field', 'running')).toBe('verb');
    expect(tag('## Setting the table\na waiter in a diner', 'setting')).toBe('verb');
    // Still, nothing moves.
    const still = analyze('## Subject\nA brass compass, lid open\n## Setting\na chart table\n## Camera\nmacro');
    expect(still.actions).toEqual([]);
  });
});

describe('tags of verbs whose past is spelt as the base', () => {
  const word = (text: string, norm: string) => analyze(text).words.find((w) => w.norm === norm);

  it('read the past participle after a form of "be", the base elsewhere', () => {
    expect(word('The dinner table is set for two.', 'set')?.tag).toBe('verb');
    expect(word('The dinner table is set for two.', 'set')?.verbForm).toBe('ed');
    expect(word('A soldier is hit by a bullet and falls.', 'hit')?.verbForm).toBe('ed');
    expect(word('Cut to a close-up of the door.', 'cut')?.verbForm).toBe('base');
    expect(word('two chefs cut onions', 'cut')?.verbForm).toBe('base');
    // A noun after a determiner stays a noun; an object after "be" keeps the base ("is put his arm").
    expect(word('a drum set on the stage', 'set')?.tag).toBe('noun');
    expect(word('the man is put his arm around her', 'put')?.verbForm).toBe('base');
  });
});

describe('tags of -s forms of verbs the lexicon lacks', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('are verbs after a determined singular subject, before an object, a path or an adverb', () => {
    expect(tag('A robot employs a laser.', 'employs')).toBe('verb');
    expect(tag('a hippo wallows in the mud', 'wallows')).not.toBe('verb');
    expect(tag('The sunlight glints off the glass.', 'glints')).toBe('verb');
    expect(tag('A bear rummages through a dumpster.', 'rummages')).toBe('verb');
    // A compound's head before a place, or a plural by its suffix, stays a noun.
    expect(tag('under the cherry blossom trees in Kyoto', 'trees')).toBe('noun');
    expect(tag('the vehicle movements across the bridge', 'movements')).toBe('noun');
  });
});

describe('tags of "there", modals and "like"', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('read "there" as an adverb, a modal before a base form as a verb, "like" before a noun phrase as a preposition', () => {
    expect(tag('There is a cat on the sofa.', 'there')).toBe('adv');
    expect(tag('a girl that can fly', 'can')).toBe('verb');
    expect(tag('a can of soda', 'can')).toBe('noun');
    expect(tag('a man flies like a bird', 'like')).toBe('prep');
    expect(tag('a man flies like a bird', 'flies')).toBe('verb');
    // After a plural it may be the verb: "kids like the beach".
    expect(tag('kids like the beach', 'like')).toBe('verb');
    // After a verb of seeming, also before a bare noun.
    expect(tag('one orange ginger fat cat, looks like thunder god Thor', 'like')).toBe('prep');
    expect(tag('a girl, looks like a doll', 'looks')).toBe('verb');
  });
});

describe('tags of a base form after a bare singular noun', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is the verb before an article or a possessive', () => {
    expect(tag('hanuman lift a demon in his hands', 'lift')).toBe('verb');
    expect(tag('someone beat the drum at night', 'beat')).toBe('verb');
    // Not before a relative "that" or "me".
    expect(tag('the internal struggle that accompanies grief', 'struggle')).toBe('noun');
  });
});

describe('tags of an -s form after a subject and what describes it', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is the verb before a place that opens with an article', () => {
    expect(tag('A skilled chef, wearing a crisp white apron, stands in a modern kitchen.', 'stands')).toBe('verb');
    expect(tag('A vibrant red panda, with its bushy tail, perches on a sturdy branch.', 'perches')).toBe('verb');
    // A tag after a participle or a list of plurals stays a noun.
    expect(tag('a old man resting in a park, hands on the abdomen', 'hands')).toBe('noun');
    expect(tag('a lotus pond, wide large green leaves, ripples on the water, misty', 'ripples')).toBe('noun');
    expect(tag('A bride, radiant, flowers in her veil', 'flowers')).toBe('noun');
    expect(tag('A quiet harbour at dawn, ropes on the pier, boats at anchor.', 'ropes')).toBe('noun');
  });
});

describe('tags of an -s form after an article, adjectives and a word that is an adjective or a noun', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is the verb before a particle or a path, and the word before it the noun', () => {
    expect(tag('A long-haired beauty walks through a meadow', 'walks')).toBe('verb');
    expect(tag('A long-haired beauty walks through a meadow', 'beauty')).toBe('noun');
    expect(tag('the gold shimmers away', 'shimmers')).toBe('verb');
    // Not with nothing after it to take.
    expect(tag('a young beauty walks', 'walks')).toBe('noun');
  });
});

describe('tags of a base form after a plural subject and the adjectives that describe it', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is the verb before a path, an object or an adverb of manner', () => {
    expect(tag('The waves, grey and heavy, crash against the rocks.', 'crash')).toBe('verb');
    expect(tag('The distant dunes, undisturbed and majestic, complete this desert sanctuary.', 'complete')).toBe('verb');
    // A possessive before the plural head is no head itself.
    expect(tag("The net's fibers, rough and textured, contrast with the water.", 'contrast')).toBe('verb');
    // Not after a singular head, nor where the comma parts a list of tags.
    expect(tag('The old pier, grey and silent, crash of waves below.', 'crash')).toBe('noun');
    expect(tag('Waves, rocks, crash against the shore', 'crash')).not.toBe('verb');
  });
});

describe('tags of capitalised nouns', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('a noun alone in the clause that opens a sentence is no imperative', () => {
    expect(tag('The camera orbits around. Bowl, the camera circles around.', 'bowl')).toBe('noun');
    expect(tag('Track the car along the coast.', 'track')).toBe('verb');
  });

  it('a name that is also a noun, after an article, adjective or preposition and before a lower-case noun, modifies it', () => {
    expect(tag('An old black man with Angel wings bows to a woman', 'angel')).toBe('noun');
    expect(tag('An old black man with Angel wings bows to a woman', 'wings')).toBe('noun');
    expect(tag('An old black man with Angel wings bows to a woman', 'bows')).toBe('verb');
    expect(tag('When her quest is complete, Lily returns the bicycle.', 'lily')).toBe('name');
  });
});

describe('tags guessed from suffixes', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('read an unknown word in -ional as an adjective before a noun, a direction in -ward as an adverb', () => {
    expect(tag('She is clothed in traditional attire', 'traditional')).toBe('adj');
    expect(tag('his gaze is downward', 'downward')).toBe('adv');
    expect(tag('several cat paws raised upwards', 'upwards')).toBe('adv');
  });
});

describe('nouns guessed from suffixes', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('read an unknown word in -way or -ey as a noun, unless it is an adjective made from a known noun', () => {
    expect(tag('a man lurking in the doorway', 'doorway')).toBe('noun');
    expect(tag('walking in a small valley', 'valley')).toBe('noun');
    expect(tag('a smokey room', 'smokey')).toBe('adj');
    expect(tag('high-quality video', 'high-quality')).toBe('adj');
  });
});

describe('tags after a subject pronoun', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('read an adjective that is also a verb of the pronoun\'s form as the verb', () => {
    expect(tag('as they lean towards each other', 'lean')).toBe('verb');
    expect(tag('Suddenly, they close the book.', 'close')).toBe('verb');
  });
});

describe('tags of an adjective that is also a noun after an article', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('heads the subject when the -s form after it takes a particle or a path', () => {
    expect(tag('As it pops, the liquid splatters outward.', 'liquid')).toBe('noun');
    expect(tag('As it pops, the liquid splatters outward.', 'splatters')).toBe('verb');
    expect(tag('The elder gazes up at the ruins.', 'gazes')).toBe('verb');
  });
});

describe('tags of a lower-case adjective that is also a name', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('is the adjective after a capitalised article', () => {
    expect(tag('A dusty rocking horse sits in the attic', 'dusty')).toBe('adj');
  });
});

describe('tags of common words compromise lacks or reads only as verbs', () => {
  const word = (text: string, norm: string) => analyze(text).words.find((w) => w.norm === norm)!;
  const tag = (text: string, norm: string) => word(text, norm).tag;

  it('an adjective WordNet gives replaces the guess of a noun', () => {
    expect(tag('A classic car sits in a sunlit parking area', 'sunlit')).toBe('adj');
    expect(tag('a glass reflecting the ambient lighting', 'ambient')).toBe('adj');
  });

  it('a thing in -y, -ble or -ic is a noun, not the guessed adjective', () => {
    expect(tag('a pig sat on the table with a cup', 'table')).toBe('noun');
    expect(tag('A woman creating pottery on a beach', 'pottery')).toBe('noun');
    expect(tag('a teddy bear walking in the laundry', 'laundry')).toBe('noun');
    expect(tag('a philosopher walking through an old university in the 18th century', 'university')).toBe('noun');
    // …but a quality or an idea keeps the guess: "the beauty of" is no place.
    expect(tag('the beauty of the valley at dawn', 'beauty')).toBe('adj');
  });

  it('a folded word gives its part of speech but stays unknown to the lexicon', () => {
    expect(word('a pig sat on the table with a cup', 'table').known).toBe(false);
    expect(word('A classic car sits in a sunlit parking area', 'sunlit').known).toBe(false);
  });

  it('a verb WordNet uses mostly as a noun can be a noun', () => {
    expect(tag('A close-up of a steel fork lying on a white plate.', 'fork')).toBe('noun');
    expect(tag('head and shoulders render, exposed cable bundle.', 'bundle')).toBe('noun');
    expect(tag('a girl reads a message from her friend', 'message')).toBe('noun');
    expect(tag('a man runs to the table.', 'runs')).toBe('verb');
  });
});

describe('an -s form after a noun, by which reading is usual', () => {
  const tag = (text: string, norm: string) => analyze(text).words.find((w) => w.norm === norm)!.tag;

  it('one usually a noun heads a compound unless an object or a particle follows', () => {
    expect(tag('The city lights at night.', 'lights')).toBe('noun');
    expect(tag('We are in the corn fields.', 'fields')).toBe('noun');
    expect(tag('The sun lights the room.', 'lights')).toBe('verb');
  });

  it('one usually a verb after a bare singular noun that opens its clause is its verb', () => {
    expect(tag('sun rises in the Arab village', 'rises')).toBe('verb');
    expect(tag('Earth rotates in the void of space.', 'rotates')).toBe('verb');
    // …but not closing a second item of a list, nor where no mark says so ("ocean waves").
    expect(tag('milk and cinnamon rolls', 'rolls')).toBe('noun');
    expect(tag('ocean waves in the distance', 'waves')).toBe('noun');
  });

  it('opening a clause, a plural not usually a verb before its verb is its subject', () => {
    expect(tag('In the forest, flowers grow on the tree.', 'flowers')).toBe('noun');
    expect(tag('A quiet bay, waves gently lapping on the sand.', 'waves')).toBe('noun');
    expect(tag('A ruined chapel on a hill, flowers and ivy.', 'flowers')).toBe('noun');
    expect(tag('A stranger, cloaked in shadows, hands the boy a map.', 'hands')).toBe('verb');
  });

  it('after a word that opens a clause and a bare singular noun it is the verb', () => {
    expect(tag('As dusk approaches, the night sky glows.', 'approaches')).toBe('verb');
    expect(tag('A woman in a red coat, feet as feline paws.', 'paws')).toBe('noun');
    // …and after a determiner before an -ing modifier or phrase.
    expect(tag('A parking meter stands to the right of the door.', 'stands')).toBe('verb');
  });

  it('after a determined singular subject, before a participle and a plural, it is the verb', () => {
    expect(tag('The background features blurred images of trees.', 'features')).toBe('verb');
    // …and after a plural and "and", before an -ing verb, a second plural.
    expect(tag('a kitchen with a few pots and pans hanging on hooks', 'pans')).toBe('noun');
  });

  it('one usually a verb after a determined singular noun is its verb before a word not usually a verb', () => {
    expect(tag("Brad Pitt's face shows concern.", 'shows')).toBe('verb');
    expect(tag("Brad Pitt's face shows concern.", 'concern')).toBe('noun');
    expect(tag('A boy plays basketball and a girl jumps rope', 'jumps')).toBe('verb');
    // A plural subject before a word usually a verb is still the compound's head.
    expect(tag('the city lights flicker at night', 'lights')).toBe('noun');
  });

  it('a noun of an act or a kind gets no mark: what the verb does', () => {
    expect(tag('The scene transitions from day to night.', 'transitions')).toBe('verb');
    expect(tag('as a human types on a keyboard', 'types')).toBe('verb');
  });
});

describe('an -s word alone in its clause in a list', () => {
  const tag = (text: string, norm: string) => analyze(text).words.find((w) => w.norm === norm)!.tag;

  it('is a noun between plurals and "and" with an article', () => {
    expect(tag('a landscape with strange plants, rocks, and a sky.', 'rocks')).toBe('noun');
    expect(tag('A woman at the window, smiles, and the curtains move.', 'smiles')).toBe('verb');
  });
});

describe('tags of -ing words and -s forms after a noun phrase', () => {
  const tag = (text: string, norm: string) => analyze(text).words.find((w) => w.norm === norm)!.tag;

  it('an -ing word of a stem usually a noun after adjectives heads their noun phrase', () => {
    expect(tag('Psychedelic lighting', 'lighting')).toBe('noun');
    expect(tag('A horse and a sheep. Realistic, Natural lighting, Peaceful', 'lighting')).toBe('noun');
    expect(tag('Harsh lighting mercilessly accentuates every line', 'lighting')).toBe('noun');
    // A stem not usually a noun keeps the act.
    expect(tag('a man in black running through the forest', 'running')).toBe('verb');
    expect(tag('a girl in red dancing on stage', 'dancing')).toBe('verb');
    expect(tag('A playful blobfish swimming near the ocean floor.', 'swimming')).toBe('verb');
    expect(tag('Giant crawling crow in the ruins', 'crawling')).toBe('verb');
  });

  it('an -s form after a singular subject, before an -ing verb or a second -s form, is its verb', () => {
    expect(tag('In a strong wind a character walks wearing a long cloak', 'walks')).toBe('verb');
    expect(tag('A woman in a sci fi suit plays drums on the roof', 'plays')).toBe('verb');
    expect(tag('A woman in a sci fi suit plays drums on the roof', 'drums')).toBe('noun');
    expect(tag('The surrounding landscape features towering pine trees', 'features')).toBe('verb');
    // After a possessive the plural may close a compound.
    expect(tag('statues whisper, their stone eyes watching generations grow', 'eyes')).toBe('noun');
  });

  it('an -s form after a subject a participle phrase describes is its verb', () => {
    expect(tag('a flower made of pencil shavings blossoms at morning sunlight', 'blossoms')).toBe('verb');
    expect(tag('a table covered in cookies stands in the kitchen', 'stands')).toBe('verb');
    expect(tag('a tray with cheese straws on it', 'straws')).toBe('noun');
    expect(tag('food stalls line the street', 'stalls')).toBe('noun');
    expect(tag('milk and cinnamon rolls', 'rolls')).toBe('noun');
  });
});

describe('tags of "lighting" and other -ing words of a noun stem', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('head the subject of an -s form before its object, path or modifier, which is the verb', () => {
    expect(tag('The lighting highlights the texture of the bowl', 'lighting')).toBe('noun');
    expect(tag('The lighting highlights the texture of the bowl', 'highlights')).toBe('verb');
    expect(tag('studio lighting casts long shadows', 'casts')).toBe('verb');
    expect(tag('Red lighting flashes', 'flashes')).toBe('verb');
    expect(tag('The room has warm lighting from a lamp', 'lighting')).toBe('noun');
    // A usual plural, a phrase after a preposition, a list item and an object stay as they were.
    expect(tag('dramatic lighting effects', 'effects')).toBe('noun');
    expect(tag('a cinematic style with natural lighting changes throughout the orbit', 'changes')).toBe('noun');
    expect(tag('showing two cars leaving, and slight lighting changes.', 'changes')).toBe('noun');
    expect(tag('a man lighting candles', 'lighting')).toBe('verb');
  });
});

describe('tags of adjectives and plurals the lexicon read otherwise', () => {
  const tag = (text: string, word: string) => analyze(text).words.find((w) => w.norm === word)?.tag;

  it('long adjectives WordNet gives no other use are adjectives', () => {
    expect(tag('bioluminescent fungi glow in a dark forest', 'bioluminescent')).toBe('adj');
    expect(tag('a dystopian city at night', 'dystopian')).toBe('adj');
  });

  it('an -ing adjective after an article, before a comma and another modifier, stays an adjective', () => {
    expect(tag('A stunning, deep purple vase sits on a table', 'stunning')).toBe('adj');
    expect(tag('a clearing, the wolf howls', 'clearing')).toBe('noun');
  });

  it('an -ing adjective after an article, before a word the lexicon lists only as a verb, describes it as a noun', () => {
    expect(tag('an amazing puzzle on a table', 'amazing')).toBe('adj');
    expect(tag('an amazing puzzle on a table', 'puzzle')).toBe('noun');
    expect(tag('A terrifying scream echoes through the hall', 'scream')).toBe('noun');
    expect(tag('A terrifying scream echoes through the hall', 'echoes')).toBe('verb');
    expect(tag('an amazing view of the city', 'view')).toBe('noun');
  });

  it('an adjective-or-noun word that names who acts, after an adjective and before a preposition, heads the phrase', () => {
    expect(tag('Young oriental male in dark alley, backlight, smiling', 'male')).toBe('noun');
    expect(tag('DEAD GIANT IN SPACE', 'giant')).toBe('noun');
  });

  it('a word in -ly between an article or a possessive and a noun describes the noun; before a modifier it grades it', () => {
    expect(tag('scan the horizon with a kingly gaze', 'kingly')).toBe('adj');
    expect(tag('scan the horizon with a kingly gaze', 'gaze')).toBe('noun');
    expect(tag('a grizzly bear in the woods', 'bear')).toBe('noun');
    expect(tag('a dimly lit room', 'dimly')).toBe('adv');
    expect(tag('mushrooms that spontaneously stand up and move', 'stand')).toBe('verb');
  });

  it('a word the lexicon lists only as a verb is a noun or adjective after a possessive other than "her"', () => {
    expect(tag('the clouds parting gracefully in its wake', 'wake')).toBe('noun');
    expect(tag('my messed up brain', 'messed')).toBe('adj');
  });

  it('"clothes" is a plural, which makes a verb of the word after it only before an object and a place', () => {
    expect(tag('women wearing casual clothes use brooms to clean rooms', 'use')).toBe('verb');
    expect(tag('a worker from a clothes shop is dropping boxes', 'shop')).toBe('noun');
    expect(tag('white clothes man, arms wide open', 'man')).toBe('noun');
  });

  it('a word usually a verb after a bare compound that opens its clause, before a preposition, is its verb', () => {
    expect(tag('Soft jazz music plays in the background', 'plays')).toBe('verb');
    expect(tag('baby rhino plays with mom', 'plays')).toBe('verb');
    expect(tag('tesla model3 drives on the highway', 'drives')).toBe('verb');
    expect(tag('performs intricate dance moves in the heart of the city', 'moves')).toBe('noun');
    expect(tag('the cherry blossom trees in Kyoto', 'trees')).toBe('noun');
  });

  it('a word usually a verb after a phrase describing a singular subject that opens the sentence is its verb', () => {
    expect(tag('A drop of water falls from a leaf', 'falls')).toBe('verb');
    expect(tag('A droplet of water falls on the spider', 'falls')).toBe('verb');
    expect(tag('the man with hat looks at sky', 'looks')).toBe('verb');
  });

  it('an -s form the lexicon lists only as a verb, after a noun and a relative "that", is its verb', () => {
    expect(tag('a calm river that mimics the colour of the sky', 'mimics')).toBe('verb');
    expect(tag('a lush backdrop that enhances the scene', 'enhances')).toBe('verb');
  });

  it('a word usually a verb after a counted or determined plural, before a modifier and its noun, is its verb', () => {
    expect(tag('the characters assist other animals', 'assist')).toBe('verb');
    expect(tag('two kids help old people', 'help')).toBe('verb');
  });

  it('a word usually a verb after a singular subject and a clause describing it is its verb before any preposition', () => {
    expect(tag('The player, wearing a white jersey with blue shorts, moves with agility', 'moves')).toBe('verb');
    expect(tag('A bride, radiant, flowers in her veil', 'flowers')).toBe('noun');
  });

  it('an adjective that is also a noun heads the subject of an -s form the lexicon lists only as a verb', () => {
    expect(tag('A focused individual sits at a wooden desk', 'individual')).toBe('noun');
    expect(tag('A focused individual sits at a wooden desk', 'sits')).toBe('verb');
    expect(tag('mostly skeletal remains by day 6', 'remains')).toBe('noun');
  });

  it('an -s form after a determined singular subject is its verb before a quantifier that opens its object', () => {
    expect(tag('One person hands another person a glass of juice', 'hands')).toBe('verb');
    expect(tag('The final shot captures both items together', 'captures')).toBe('verb');
  });

  it('an -s form after a determined singular subject is its verb before a participle and a compound whose head is plural', () => {
    expect(tag('The background features twisted tree branches', 'features')).toBe('verb');
    expect(tag('The background features blurred images', 'features')).toBe('verb');
  });

  it('an -s form after a singular noun is its verb before "in" or "by" closing its clause', () => {
    expect(tag('Natural sunlight filters in, giving the room a warm glow', 'filters')).toBe('verb');
    expect(tag('the fog rolls in.', 'rolls')).toBe('verb');
    expect(tag('head phones on, 4k', 'phones')).toBe('noun');
    expect(tag('city lights in the distance', 'lights')).toBe('noun');
  });

  it('a particle opening its clause before "to" is no imperative', () => {
    expect(tag('back to the future film', 'back')).toBe('noun');
    expect(tag('pan back to the start', 'pan')).toBe('verb');
  });

  it('an -s form before "as" and a bare plural closing the clause is a plural noun', () => {
    expect(tag('an old tv with water taps as buttons, big antenna', 'taps')).toBe('noun');
  });

  it('a base form alone in its clause after a bare plural subject and adjectives set off by commas is its verb', () => {
    expect(tag('Forest elves, ethereal and wise, appear, explaining the curse', 'appear')).toBe('verb');
  });

  it('a base form the lexicon lists as an adjective too is the verb after a plural and before its object', () => {
    expect(tag('Initially, heavy clouds obscure the sky', 'obscure')).toBe('verb');
    expect(tag('high school students open the door', 'open')).toBe('verb');
    expect(tag('the doors open onto a garden', 'open')).not.toBe('verb');
  });

  it('a base form after a plural subject and a phrase of place or company, before its object, is their verb', () => {
    expect(tag('students in stadium play badminton', 'play')).toBe('verb');
    expect(tag('druids with gasmasks shovel coal into a furnace', 'shovel')).toBe('verb');
    expect(tag('women in ballet dance performance in the hall', 'dance')).not.toBe('verb');
    expect(tag('animations with retro film texture about bees', 'film')).not.toBe('verb');
  });

  it('an -s form after "another" or "each" opening its clause, before its object, is its verb', () => {
    expect(tag('one skips a stone, another climbs a fence', 'climbs')).toBe('verb');
    expect(tag('each holds a lantern', 'holds')).toBe('verb');
    expect(tag('each pair of shoes', 'pair')).toBe('noun');
  });

  it('an adjective that is also a noun heads the subject of an -s form before an article', () => {
    expect(tag('a male hands a drink to a woman', 'hands')).toBe('verb');
  });
});
