import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/index.js';

/** The analysis's candidate subjects, as `text[kind,role,agent]`, for compact expectations. */
const subjects = (text: string) =>
  analyze(text).subjects.map((s) => `${s.text}[${s.kind}${s.role === 'background' ? ',bg' : ''}${s.agent ? ',agent' : ''}]`);
const lists = (text: string) =>
  analyze(text).nounLists.map((l) => ({ items: l.items.map((i) => i.text), role: l.role, attribute: l.attribute }));

describe('subjects: noun phrases, kinds and roles', () => {
  it('classifies heads from the lexicons', () => {
    expect(subjects('A woman in a red coat walking along a cobblestone street').slice(0, 3)).toEqual([
      'A woman[animate,agent]',
      'a red coat[attribute]',
      'a cobblestone street[setting]',
    ]);
  });

  it('a field\'s name is no subject; a bullet or heading mark is no part of the phrase after it', () => {
    expect(subjects('Characters: a girl. Camera: wide shot')).toEqual(['a girl[animate]', 'wide shot[technical]']);
    expect(subjects('{"scene": "a square", "subjects": ["a juggler"]}')).toEqual(['a square[setting]', 'a juggler[animate]']);
    expect(subjects('- A vendor pushes a cart\n- A dog barks')).toEqual(['A vendor[animate,agent]', 'a cart[animate]', 'A dog[animate,agent]']);
    expect(subjects('**Subject:** a fox leaps')).toEqual(['a fox[animate,agent]']);
    expect(subjects('Two people: a man and a woman')[0]).toBe('Two people[animate]');
    // A script's speaker, with a note before the colon, names who says the line.
    expect(subjects('NARRATOR (V.O.): a storm is coming').map((s) => s.split('[')[0])).not.toContain('NARRATOR');
    expect(subjects('BOY (whispering): "Is he here?"').map((s) => s.split('[')[0])).not.toContain('BOY');
  });

  it('a word naming who acts opens a phrase, not an imperative, before a preposition', () => {
    expect(subjects('Man in a grey suit on a rooftop')[0]).toBe('Man[animate]');
    expect(subjects('Boat on a calm lake at dawn')[0]).toBe('Boat[animate]');
    expect(analyze('Track the car through the desert').words[0]!.tag).toBe('verb');
  });

  it('a relative or possessive pronoun ends the phrase before it, and is no head', () => {
    expect(subjects('an old fisherman who mends his nets')[0]).toBe('an old fisherman[animate]');
    expect(subjects('a fox which sleeps under a bush')[0]).toBe('a fox[animate]');
    expect(subjects('an owl turns its head')[1]).toBe('its head[attribute]');
    expect(analyze('a tree whose leaves are red').words[3]!.tag).toBe('noun');
  });

  it('a plural the lexicon does not know takes the listed form before a made-up stem', () => {
    expect(subjects('white doves over a square')[0]).toBe('white doves[animate]');
    expect(analyze('white doves over a square').words[1]!.lemma).toBe('dove');
  });

  it('marks the phrase before a trailing background marker, across its verb', () => {
    const s = analyze('A woman reads on a bench while crowds pass in the background').subjects;
    expect(s.find((c) => c.head === 'woman')).toMatchObject({ role: 'focal', agent: true });
    expect(s.find((c) => c.head === 'crowd')).toMatchObject({ role: 'background', animate: true });
  });

  it('a marker opening a sentence covers what follows it', () => {
    const s = analyze('Behind them, a fox and an owl watch.').subjects.filter((c) => c.animate);
    expect(s.map((c) => [c.text, c.role])).toEqual([
      ['a fox', 'background'],
      ['an owl', 'background'],
    ]);
  });

  it('set dressing and exclusions are not focal', () => {
    expect(subjects('A street lined with shops and cafes').slice(1).every((s) => s.includes(',bg'))).toBe(true);
    const excluded = analyze('A quiet beach without people or dogs').subjects.filter((s) => s.animate);
    expect(excluded.map((s) => s.head)).toEqual(['people', 'dog']);
    expect(excluded.every((s) => s.role === 'background')).toBe(true);
  });

  it('a group phrase takes the kind of what it gathers', () => {
    expect(subjects('A pod of dolphins leaps')).toEqual(['A pod of dolphins[animate,agent]']);
  });

  it('a hyphen compound is named by its last part', () => {
    expect(subjects('a child-like wonder')).toEqual(['a child-like wonder[thing]']);
  });

  it('a bare tag crediting who made a style is a style reference; a painter who acts is a subject', () => {
    expect(subjects('knights ride at dawn, dutch baroque painter').pop()).toBe('dutch baroque painter[technical]');
    expect(subjects('A painter sketches by the river')[0]).toBe('A painter[animate,agent]');
  });

  it('a style borrowed from someone is a style reference, with the bare items of its list', () => {
    expect(subjects('a fox in the snow, in the style of Hokusai and Hiroshige').slice(3)).toEqual(['Hokusai[technical]', 'Hiroshige[technical]']);
    expect(subjects('a harbour at dawn inspired by Turner').pop()).toBe('Turner[technical]');
  });

  it('what a subject is dressed as describes it; someone heard is background', () => {
    expect(subjects('a goat dressed up as a wizard')[1]).toBe('a wizard[attribute]');
    expect(subjects('a meadow with the sound of children laughing')).toContain('children[animate,bg]');
  });

  it('"in background" without "the" covers the rest of the sentence', () => {
    const s = analyze('two men talk, in background a cow grazes').subjects.find((c) => c.head === 'cow');
    expect(s?.role).toBe('background');
  });

  it('render engines, camera and film makers are production vocabulary; a polaroid is a picture of what follows', () => {
    expect(subjects('a fox in the snow, Unreal Engine 5, Sony A7 III, Kodak Portra')).toEqual([
      'a fox[animate]', 'the snow[setting]', 'Unreal Engine[technical]', 'Sony A7 III[technical]', 'Kodak Portra[technical]',
    ]);
    expect(subjects('a heron, octane render, high octane')[1]).toBe('octane[technical]');
    expect(subjects('a polaroid of a goat')).toEqual(['a polaroid[technical]', 'a goat[animate]']);
  });

  it('function words the tagger calls nouns head no phrase, and a modal ends one', () => {
    expect(subjects('there lived an old fisherman')).toEqual(['an old fisherman[animate]']);
    expect(subjects('how does a crew of sailors cross the bay')[0]).toBe('a crew of sailors[animate]');
    expect(subjects('a slice of our walnut cake')).toEqual(['a slice[thing]', 'our walnut cake[thing]']);
    expect(subjects('a tablet that is running a game')).toEqual(['a tablet[thing]', 'a game[thing]']);
    expect(subjects('her father will slowly lift the crate')).toEqual(['her father[animate,agent]', 'the crate[thing]']);
    expect(subjects('the clip should be short')).toEqual(['the clip[technical]']);
    expect(subjects('a tin can rolls down a ramp')[0]).toBe('a tin can[thing,agent]');
    expect(subjects('a can of peaches')[0]).toBe('a can[thing]');
  });

  it('a word that can be an adjective, standing alone as a tag or after "be", names nothing', () => {
    expect(subjects('a heron, realistic, futuristic')).toEqual(['a heron[animate]']);
    expect(subjects('the shards are terrible!')).toEqual(['the shards[thing]']);
    expect(subjects('detective, rain')[0]).toBe('detective[animate]');
    expect(subjects('sonic is fast')).toEqual(['sonic[thing]']);
  });

  it('a word that can be an adjective, set off by a comma before its noun\'s next adjective, names nothing', () => {
    expect(subjects('a lush, green lawn with a shy deer')).toEqual(['green lawn[setting]', 'a shy deer[animate]']);
    expect(subjects('the light, warm and soft')).toEqual(['the light[technical]']);
  });

  it('a picture credited to who made it, or a bare "by" tag, is a style reference', () => {
    expect(subjects('an oil painting by Ilya Repin, a fisherman on a river')).toContain('Ilya Repin[technical]');
    expect(subjects('an old sailor on a pier, moody, by Winslow Homer')).toContain('Winslow Homer[technical]');
    expect(subjects('a barn, by a farmer')[1]).toBe('a farmer[animate]');
    expect(subjects('a hiker chased by a moose')).toEqual(['a hiker[animate]', 'a moose[animate]']);
  });

  it('an -s form before its object, with nothing opening a phrase for it, is a verb', () => {
    expect(subjects('A close-up captures a heron in the reeds')).toEqual(['a heron[animate]', 'the reeds[setting]']);
    // Not before a relative "that": "scales that shimmer" stays a noun.
    expect(subjects('a dragon with scales that shimmer')).toContain('scales[attribute]');
  });

  it('adjectives may stand before "style of"', () => {
    expect(subjects('a heron, the artistic style of Moebius')).toEqual(['a heron[animate]', 'the artistic style[thing]', 'Moebius[technical]']);
  });

  it('a passive or a description is not an action', () => {
    expect(subjects('Bicycles are parked by a wall.')[0]).toBe('Bicycles[animate]');
    expect(subjects('The cat has green eyes.')[0]).toBe('The cat[animate]');
  });

  it('a name is someone when a living body acts after it, a word for a person\'s look precedes it, or "his"/"her" follows its verb', () => {
    expect(subjects('the handsome Elton smiles at the camera')[0]).toBe('the handsome Elton[animate,agent]');
    expect(subjects('handsome Jon Hamm sitting at a bar')[0]).toBe('handsome Jon Hamm[animate,agent]');
    expect(subjects('pretty harley quinn (margot robbie) vapering')[0]).toBe('pretty harley quinn[animate]');
    expect(subjects('beautiful Ethiopian climbing a mountain')[0]).toBe('beautiful Ethiopian[animate,agent]');
    expect(subjects('Kanye West performing on a stage')[0]).toBe('Kanye West[animate,agent]');
    expect(subjects('Marvel, Thanos, Thanos snaps his fingers').slice(0, 3)).toEqual(['Marvel[thing]', 'Thanos[animate]', 'Thanos[animate,agent]']);
    expect(subjects('Yves Klein visiting Vienna')[0]).toBe('Yves Klein[animate,agent]');
    // After "from", the name is where the subject before it comes from; the verb is that subject's.
    expect(subjects('a fish monster from the Lovecraftian Mythos screaming')[1]).toBe('the Lovecraftian Mythos[thing]');
  });

  it('a name with no sign of a living body stays what it was: a place, a brand, a title', () => {
    expect(subjects('the beautiful Santorini glowing at sunset')[0]).toBe('the beautiful Santorini[setting,agent]');
    expect(subjects('make Spicy Hot Pot with his own ingredients')[0]).toBe('Spicy Hot Pot[thing]');
    expect(subjects('Reflections dance on rain-slicked pavements')[0]).toBe('Reflections[thing,agent]');
    // Renaming the one before: "a young girl named Nora" is one subject.
    expect(subjects('A young girl named Nora walks in. Nora smiles at her father.').slice(0, 2)).toEqual(['A young girl[animate,agent]', 'Nora[thing]']);
  });
});

describe('subjects: coordinated lists', () => {
  it('finds the list after "with", first item from the phrase before the comma', () => {
    expect(lists('A crowded market with people, food stalls, animals, and colorful banners')).toEqual([
      { items: ['people', 'food stalls', 'animals', 'colorful banners'], role: 'focal', attribute: false },
    ]);
  });

  it('takes the opening phrase when it is like the other items', () => {
    expect(lists('A man in a suit, a woman with an umbrella, and a child')[0]!.items).toEqual(['A man', 'a woman', 'a child']);
  });

  it('examples of a kind named in the plural are that kind; a plain plural before a colon is not', () => {
    expect(lists('wild animals, including deer, boars and wolves, cross the road')[0]!.attribute).toBe(true);
    expect(lists('three heroes: a knight, an elf and a dwarf')[0]!.attribute).toBe(false);
  });

  it('marks lists that describe one subject', () => {
    expect(lists('A woman wearing a hat, a scarf and gloves')[0]).toMatchObject({ items: ['a hat', 'a scarf', 'gloves'], attribute: true });
    expect(lists('a salad of tomatoes, cucumbers and olives')[0]!.attribute).toBe(true);
    expect(lists('a video of a horse, a goat and a pig')[0]!.attribute).toBe(false);
  });

  it('a marker after the last item puts the whole list in the background', () => {
    expect(lists('A girl sketches; cars, buses and cyclists in the background')[0]!.role).toBe('background');
  });

  it('a list typed without commas: animals or people each opened by "a", right against one another', () => {
    expect(lists('a black dog a brown cat and a white yellow duck all sitting')).toEqual([
      { items: ['a black dog', 'a brown cat', 'a white yellow duck'], role: 'focal', attribute: false },
    ]);
    expect(lists('a beautiful couple a girl and a boy laying on a blanket')[0]!.items).toEqual(['a girl', 'a boy']);
  });

  it('coordinated adjectives stay inside their phrase', () => {
    expect(subjects('a close and warm hug')).toEqual(['a close and warm hug[thing]']);
    expect(lists('a close and warm hug')).toEqual([]);
  });
});

describe('subjects: names with a title, an apposition or a verb after them', () => {
  it('a person or animal word before a capitalised name makes the name someone', () => {
    expect(subjects('rapper Katy Perry singing on stage')[0]).toBe('rapper Katy Perry[animate,agent]');
    expect(subjects('Princess Isabella waves from the balcony')[0]).toBe('Princess Isabella[animate,agent]');
    expect(subjects('a little monkey Coco in the tree')[0]).toBe('a little monkey Coco[animate]');
    // Not a size ("a giant Scymber") or a capitalised plural ("the Red Dragon Noodles").
    expect(subjects('swinging a giant Scymber')[0]).toBe('a giant Scymber[thing]');
    expect(subjects('the Red Dragon Noodles packet')[0]).not.toContain('animate');
  });

  it('a name set off by commas beside a person or an animal is that one, not a second subject', () => {
    expect(subjects('her newborn son, Jesus, sleeps in the manger')).toEqual(['her newborn son[animate]', 'the manger[setting]']);
    expect(subjects('a dog, Max, running on the beach')).toEqual(['a dog[animate]', 'the beach[setting]']);
    expect(subjects('Barack Obama, former president, gives a speech')[0]).toBe('Barack Obama, former president[animate]');
    // In a tag list, with no verb after it, the name stays a tag of its own: a style credit.
    expect(subjects('a woman, Greg Rutkowski, artstation')[1]).toBe('Greg Rutkowski[technical]');
  });

  it('a given name and a surname name someone, with no article before them', () => {
    expect(subjects('Britney Spears and Donald Trump had a baby').slice(0, 2)).toEqual(['Britney Spears[animate]', 'Donald Trump[animate]']);
    expect(subjects('Tom Cruise as a main hero character')[0]).toBe('Tom Cruise[animate]');
    expect(subjects('Lana Del Rey standing behind a dive bar')[0]).toBe('Lana Del Rey[animate,agent]');
    // Not a painting, a style, a word that is also a noun, nor a style borrowed from them.
    expect(subjects('the Mona Lisa on a wall')[0]).toBe('the Mona Lisa[thing]');
    expect(subjects('Art Deco')[0]).toBe('Art Deco[thing]');
    expect(subjects('filmed on an old camera Edison Kinetograph')[0]).toBe('an old camera Edison Kinetograph[thing]');
    expect(subjects('Abraham Lincoln was shot by John Wilkes Booth')).toEqual(['Abraham Lincoln[animate]', 'John Wilkes Booth[animate]']);
    expect(subjects('drinking Orange Julius Fruit Smoothie Drink')[0]).not.toContain('animate');
    // Set off by commas beside a person phrase, the full name is that person, not a style credit.
    expect(subjects('How did Peter Parker, a scientist, approach a radioactive spider')[0]).toBe('Peter Parker, a scientist[animate]');
    expect(subjects('Watercolor painting style, Gwen Stacy, a teenage girl with brown hair, is reading')[2]).toBe('Gwen Stacy, a teenage girl[animate]');
    // A heading before its colon is no one: "Moss Microcosm: …".
    expect(subjects('Moss Microcosm: the tiny structures of a moss colony')[0]).toBe('Moss Microcosm[thing]');
    expect(subjects('a castle in the style of Tim Burton').at(-1)).toBe('Tim Burton[technical]');
    // A list of names alone, with no verb and no "and", credits artists.
    expect(subjects('a girl. Craig Davison, Aubrey Beardsley, Conrad Roset').slice(1)).toEqual(['Craig Davison[technical]', 'Aubrey Beardsley[technical]', 'Conrad Roset[technical]']);
  });

  it('a name typed in lower case after a person word ends in a name the lexicon knows', () => {
    expect(subjects('kenyan rapper khaligraph jones in a cyberpunk city')[0]).toBe('kenyan rapper khaligraph jones[animate]');
    expect(subjects('king charles waving to the crowd')[0]).toBe('king charles[animate,agent]');
    // Not after a group or a creature ("team harmony", "alien flora"), nor a word the lexicon lacks alone ("baby jessus").
    expect(subjects('team harmony')[0]).toBe('team harmony[thing]');
    expect(subjects('alien flora on a hill')[0]).toBe('alien flora[thing]');
    expect(subjects('cute baby jessus in a manger')[0]).toBe('cute baby jessus[thing]');
  });

  it('a name given by "named" or "called" is a name: it ends where its capitals do, and is no body part or animal', () => {
    expect(subjects('a cat named Whiskers')).toEqual(['a cat[animate,agent]', 'Whiskers[thing]']);
    expect(subjects('a robot called Unit 7 walks through the city')).toEqual(['a robot[animate,agent]', 'Unit 7[thing]', 'the city[setting]']);
    expect(subjects('a kid movie called The Goblins')[1]).toBe('The Goblins[thing]');
    // A possessive keeps its noun ("named Mia's efforts"); "called forth" names nothing.
    expect(subjects('saved by a mouse named Mia\'s efforts')[1]).toBe('Mia\'s efforts[thing]');
    expect(subjects('she called forth mighty sea serpents')[0]).toBe('forth mighty sea serpents[animate]');
  });

  it('a camera glued to what carries it or how it moves is production vocabulary', () => {
    expect(subjects('nightmares pour out of hell, shakycam').at(-1)).toBe('shakycam[technical]');
    expect(subjects('a forest at night, flycam viewing').at(-1)).toBe('flycam[technical,agent]');
  });

  it('a lower-case verb only a living body does, right after a name, is its verb', () => {
    expect(subjects('Freddie Mercury dance')).toEqual(['Freddie Mercury[animate,agent]']);
    expect(subjects('Musk dances on the moon')[0]).toBe('Musk[animate,agent]');
    // Not after an adjective or a people's name (a style of dance), nor a base form before a noun it compounds with.
    expect(subjects('Ancient Indian dance')[0]).not.toContain('animate');
    expect(subjects('Ballroom dance scene from an old film')[0]).not.toContain('animate');
  });

  it('two people joined by "and" take a base verb before a bare object', () => {
    expect(subjects('a man and a woman practice yoga on blue mats')).toEqual(['a man[animate,agent]', 'a woman[animate,agent]', 'yoga[thing]', 'blue mats[setting]']);
    expect(subjects('a lamp and a vintage alarm clock')).toContain('a vintage alarm clock[thing]');
  });

  it('an -s verb after a noun the tagger read as an adjective, before a preposition or an object, is its verb', () => {
    expect(subjects('A focused individual sits at a cluttered desk')[0]).toBe('A focused individual[animate,agent]');
    expect(subjects('A shiny red convertible pulls into the garage')[0]).toBe('A shiny red convertible[animate,agent]');
    // Not before a noun it compounds with.
    expect(subjects('A battle field in a Napoleonic wars style')).toContain('a Napoleonic wars[thing]');
  });

  it('an -ing form the tagger read as an adjective, right after a name, is a living body\'s verb', () => {
    expect(subjects('a close up of Jessica smiling widely')).toContain('Jessica[animate]');
  });

  it('a name before a plural, a work or a look names that thing, not someone', () => {
    expect(subjects('Kali Statue in a temple')[0]).toBe('Kali Statue[thing]');
    expect(subjects('Juliet Roses in a vase')[0]).toBe('Juliet Roses[thing]');
    expect(subjects('Christopher Nolan Style, a man on a ridge')[0]).not.toContain('animate');
    // A surname the dictionary knows only by a guess stays a surname ("Anne Stokes").
    expect(subjects('a dragon on a cliff, Anne Stokes, concept art')).toContain('Anne Stokes[technical]');
  });

  it('a name right before "style", or one word and "style", credits the style', () => {
    expect(subjects('Salvador Dali painting style, a melting clock')[0]).toBe('Salvador Dali[technical]');
    expect(subjects('a ghost on a beach, Wes Anderson style')).not.toContain('Wes Anderson[animate]');
  });

  it('an -ing form read as an adjective right after a person or an animal, before what a verb takes, is their verb', () => {
    expect(subjects('its sleeping owner demanding breakfast')).toEqual(['its sleeping owner[animate,agent]', 'breakfast[thing]']);
    expect(subjects('a chef cutting sushi rolls')[0]).toBe('a chef[animate,agent]');
    // Not after a possessive, nor the first word of a compound the lexicons know.
    expect(subjects("the animal's striking appearance")).toEqual(["the animal's striking appearance[thing]"]);
    expect(subjects('family guy living room')).toEqual(['family guy living room[setting]']);
  });

  it('the -s form of a living body\'s verb after a bare person or animal opening the sentence is its verb', () => {
    expect(subjects('man drinks Fanta from a shoe')[0]).toBe('man[animate,agent]');
    expect(subjects('woman smiles as the camera zooms in')[0]).toBe('woman[animate,agent]');
  });

  it('a sport before "bat" makes it a thing', () => {
    expect(subjects('a boy waves a wooden baseball bat')).toContain('a wooden baseball bat[thing]');
  });

  it('a word in -ist the lexicons know as no one, after "be" or alone as a tag, describes a look', () => {
    expect(subjects('The room is minimalist with white tiles')).toEqual(['The room[setting]', 'white tiles[setting]']);
    expect(subjects('a castle at dusk, surrealist, 8k')).not.toContain('surrealist[thing]');
    expect(subjects('a guitarist, smiling')[0]).toBe('a guitarist[animate]');
    expect(subjects('list of rules flattering')[0]).toBe('list[thing]');
  });

  it('whose works a look draws on, and every name of an "and" chain after a credit, are style references', () => {
    expect(subjects('the works of Tim Burton, Guillermo del Toro').slice(1)).toEqual(['Tim Burton[technical]', 'Guillermo del Toro[technical]']);
    expect(subjects('a castle, drawing inspiration from Edward Hopper').at(-1)).toBe('Edward Hopper[technical]');
    expect(subjects('inspired by ross tran and wlop and masamune shirow and kuvshinov')).toEqual(['ross tran[technical]', 'wlop[technical]', 'masamune shirow[technical]', 'kuvshinov[technical]']);
    // Not past a comma: who follows is the cast.
    expect(subjects('in the style of Hannah Hoch and Michael Borremans, Margot Robbie and Cillian Murphy starting a fire')[3]).toMatch(/^Margot Robbie\[animate/);
  });
});
