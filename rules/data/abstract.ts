import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Words that praise instead of describe. The sub-kind names what the word was standing in for,
 * which decides the concrete alternatives a suggestion offers (see STANDS_FOR):
 * - `light`: praise of how the picture looks ("stunning", "gorgeous");
 * - `camera`: a film look asked for without a camera instruction ("cinematic");
 * - `scale`: grandeur a camera angle or shot size would give ("epic", "majestic");
 * - `setting`: a mood asked of the place ("atmospheric", "picturesque");
 * - `mood`: an effect on the viewer ("dramatic", "mesmerizing");
 * - `look`: praise of how a subject or thing looks ("cute", "pretty", "elegant"): say what
 *   the camera sees of it (shape, clothing, material);
 * - `action`: the effect of what happens on the viewer ("funny", "heartwarming"): say what happens;
 * - `general`: praise that says nothing at all ("amazing", "nice", "cool", "perfect", "iconic");
 * - `quality`: image-generator quality tags ("masterpiece", "best quality", "8k"): they
 *   describe nothing a camera can film.
 * Adverb forms ("beautifully lit") are the same praise. Not listed: words that say what the
 * camera sees even if loosely ("vibrant", "colorful", "bustling", "futuristic", "lively"), and
 * rendering styles ("photorealistic", "anime"): they are description, if broad.
 */
/**
 * Image-generator quality tags. A resolution with a name or a number ("4k", "1080p", "full hd")
 * is not here: it is a setting, reported by `no-settings-in-prose` (rules/data/setting.ts). The
 * hyphen and space between words do not matter ("high-quality" matches "high quality"), and
 * each phrase is also matched glued into one word, as tag lists write it ("bestquality").
 */
const QUALITY: readonly string[] = [
  'masterpiece', 'best quality', 'highest quality', 'top quality', 'high quality', 'ultra quality', 'premium quality',
  'ultra realistic', 'hyperrealistic', 'hyper realistic', 'highly detailed', 'high detailed', 'ultra detailed',
  'extremely detailed', 'insanely detailed', 'hyper detailed', 'super detailed', 'intricate details',
  'trending on artstation', 'artstation', 'award winning', 'high resolution', 'high res', 'hi res', 'high detail',
  'high details', 'hyper real', 'ultra real', 'super realistic', 'extremely realistic', 'ultra detail', 'hyper detail',
  'super detail', 'extreme detail', 'best picture quality', 'absurdres', 'good quality', 'higher quality', 'professional quality',
  'best detail', 'best details',
];

/** Each phrase as written and glued into one word: "best quality" also as "bestquality". */
function withGlued(phrases: readonly string[]): string[] {
  const out = [...phrases];
  for (const p of phrases) if (p.includes(' ')) out.push(p.replace(/ /g, ''));
  return out;
}

export default {
  light: [
    'beautiful', 'stunning', 'gorgeous', 'breathtaking', 'breath-taking', 'magnificent', 'spectacular', 'glorious',
    'dazzling', 'lovely', 'exquisite', 'resplendent', 'visually striking', 'visually appealing', 'eye-catching', 'jaw-dropping', 'beautifully',
    'stunningly', 'gorgeously', 'breathtakingly', 'magnificently', 'spectacularly', 'exquisitely', 'gloriously',
    'striking', 'strikingly', 'visually interesting', 'visually pleasing', 'aesthetically pleasing',
    // Misspellings users type ("a beatiful girl", "beautifull landscape").
    'beatiful', 'beutiful', 'beautifull', 'beutifull', 'beautyfull', 'beautyful', 'beautful', 'beatifull', 'buetiful',
  ],
  camera: [
    'cinematic', 'cinematographic', 'film-like', 'movie-like', 'hollywood-style', 'immersive', 'cinematically', 'filmic',
    // Misspellings users type ("cinimatic", "cinamatic").
    'cinimatic', 'cinamatic', 'cinematik', 'cenematic',
  ],
  scale: ['epic', 'majestic', 'awe-inspiring', 'grandiose', 'majestically', 'epically'],
  setting: ['atmospheric', 'picturesque', 'idyllic', 'enchanting', 'scenic'],
  mood: [
    'dramatic', 'mesmerizing', 'mesmerising', 'captivating', 'spellbinding', 'evocative', 'magical', 'magically', 'thrilling',
    'exhilarating', 'riveting', 'engaging', 'compelling', 'exciting', 'intriguing', 'fascinating', 'inviting', 'invitingly',
    'inspiring', 'welcoming', 'hypnotic', 'hypnotically',
  ],
  look: [
    'cute', 'adorable', 'pretty', 'handsome', 'attractive', 'elegant', 'elegantly', 'luxurious', 'glamorous', 'stylish', 'artfully',
    'delectable', 'delicious', 'mouthwatering', 'mouth-watering', 'appetizing', 'appetising',
    // A verdict on a person's or an outfit's appeal, as "attractive" is: the camera sees the clothing, the pose, the build.
    'sexy',
  ],
  action: ['funny', 'hilarious', 'hilariously', 'heartwarming', 'heart-warming', 'heartwarmingly', 'wholesome', 'heartfelt'],
  general: [
    'amazing', 'incredible', 'awesome', 'nice', 'cool', 'perfect', 'fantastic', 'wonderful', 'marvelous', 'marvellous',
    'superb', 'extraordinary', 'astonishing', 'astounding', 'phenomenal', 'fabulous', 'mind-blowing', 'unbelievable',
    'impressive', 'epic-looking', 'charming', 'amazingly', 'iconic', 'insane', 'remarkable', 'delightful', 'sublime',
    'tantalizing', 'tantalising', 'irresistible', 'charmingly', 'delightfully', 'wonderfully', 'adorably', 'enchantingly',
    'mesmerizingly', 'picturesquely', 'masterful', 'masterfully', 'exceptional', 'wondrous',
  ],
  quality: withGlued(QUALITY),
} satisfies LexiconData;

/**
 * Longer praise words whose one-letter misspellings count as the word ("cinmatic", "dramtic",
 * "masterpice", "canimatic", "hyperealistic", "wonderfull"), without listing each one. Not words one
 * slip from another word: "stunning" ("stunting"), "charming" ("charring"), "elegant" (the misspelt
 * "elefant"), "perfect" ("prefect").
 */
export const MISSPELT_PRAISE: readonly string[] = [
  'cinematic', 'beautiful', 'dramatic', 'masterpiece', 'gorgeous', 'breathtaking', 'spectacular', 'magnificent',
  'mesmerizing', 'picturesque', 'atmospheric', 'hyperrealistic', 'ultrarealistic', 'wonderful', 'attractive', 'fantastic',
  'glamorous', 'luxurious', 'immersive', 'dazzling', 'hypnotic', 'stylish', 'magical',
];

/** Which alternatives (keys of alternatives.ts) a word of each sub-kind was standing in for. */
export const STANDS_FOR: Readonly<Record<string, readonly string[]>> = {
  light: ['lightQuality', 'colour'],
  colour: ['colour', 'lightQuality'],
  camera: ['movement', 'lens'],
  scale: ['angle', 'shotType'],
  setting: ['setting', 'timeOfDay'],
  mood: ['lightQuality', 'colour'],
  look: ['appearance'],
  action: ['action', 'appearance'],
  general: ['lightQuality', 'shotType'],
  rejected: ['lightQuality', 'shotType'],
  genre: ['setting', 'timeOfDay'],
  quality: [],
};

/**
 * Quality terms that are ordinary words outside a tag list ("an award-winning chef", "a
 * masterpiece hanging in a museum", "high quality leather"): flagged only as a tag of their
 * own, graded ("…, ultra high quality, …") or run into the next tag ("highly detailed cinematic"),
 * or when they qualify the picture ("8k video", "high quality footage").
 */
export const TAG_ONLY: readonly string[] = withGlued([
  'masterpiece', 'high quality', 'award winning', 'high resolution', 'high res', 'hi res', 'highly detailed',
  'high detailed', 'ultra detailed', 'extremely detailed', 'insanely detailed', 'hyper detailed', 'super detailed',
  'intricate details', 'artstation', 'extreme detail', 'good quality', 'higher quality', 'professional quality',
  'best detail', 'best details',
]);

/** Nouns naming the picture: a quality word before one of them is a tag ("8k footage"). */
export const PICTURE_NOUNS: readonly string[] = [
  'video', 'clip', 'footage', 'film', 'movie', 'shot', 'scene', 'image', 'picture', 'photo', 'photograph', 'render',
  'rendering', 'animation', 'cinematography', 'photography', 'visuals', 'graphics', 'quality', 'resolution', 'detail',
  'details', 'textures', 'wallpaper', 'artwork', 'art', 'style', 'painting', 'paintings', 'mural', 'illustration', 'drawing',
  'sketch', 'portrait', 'cartoon',
];

/** Faces and expressions someone makes: "funny" before one made ("making a funny face") says what the camera sees. */
export const EXPRESSION_NOUNS: readonly string[] = ['face', 'faces', 'expression', 'expressions', 'grimace', 'grimaces'];
/** Verbs (dictionary forms) that make a face: "make a funny face", "pulling funny faces". */
export const FACE_MAKING_VERBS: readonly string[] = ['make', 'pull'];

/**
 * Nouns that grade the picture itself: a quality tag ending in one is a tag after "with" or
 * before a preposition ("with high resolution near the pyramids", "with super high quality"),
 * unlike "with intricate details", which describes a thing.
 */
export const PICTURE_GRADE_NOUNS: readonly string[] = ['quality', 'resolution'];

/**
 * Word classes that give some listed words a concrete sense: "cool" before a colour, a light or
 * something with a temperature is a temperature ("cool blue light", "cool morning air"),
 * "perfect" before a shape is geometry ("a perfect circle"), "dramatic" before a change its size
 * ("a dramatic drop").
 */
export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  colour: [
    'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'violet', 'pink', 'magenta', 'cyan', 'teal', 'turquoise',
    'brown', 'black', 'white', 'grey', 'gray', 'silver', 'gold', 'golden', 'amber', 'crimson', 'scarlet', 'emerald',
    'azure', 'indigo', 'lavender', 'pastel', 'neon', 'colour', 'color', 'colours', 'colors', 'hue', 'hues', 'tone',
    'tones', 'palette', 'tint', 'tints', 'shade', 'shades', 'blues', 'greens', 'reds', 'greys', 'grays', 'grading',
    'saturation', 'colorful', 'colourful', 'monochrome', 'tinted', 'toned', 'desaturated', 'saturated',
  ],
  light: [
    'light', 'lights', 'lighting', 'lit', 'glow', 'glows', 'sunlight', 'moonlight', 'daylight', 'twilight', 'shadow',
    'shadows', 'contrast', 'highlights', 'backlight', 'backlighting', 'illumination', 'rim', 'chiaroscuro', 'lamplight',
    'candlelight', 'firelight', 'spotlight', 'sunset', 'sunrise', 'dusk', 'dawn', 'flash', 'flashes', 'rays', 'beams',
  ],
  temperature: [
    'air', 'breeze', 'wind', 'water', 'waters', 'night', 'nights', 'morning', 'evening', 'day', 'afternoon', 'shade',
    'mist', 'fog', 'drink', 'drinks', 'temperature', 'climate', 'weather', 'stream', 'lake', 'rain', 'metal', 'stone',
    'glass', 'tile', 'tiles', 'floor', 'touch', 'spring', 'autumn', 'fall', 'winter', 'season', 'cave', 'cellar', 'steel',
    'marble', 'ice', 'snow', 'sea', 'ocean', 'river', 'pool', 'sand', 'grass', 'dew', 'drizzle', 'cucumber', 'lemonade',
    'beer', 'soda', 'texture', 'surface', 'skin', 'feel', 'sheets', 'pillow', 'countertop', 'window', 'windows', 'plastic',
    'earth', 'soil', 'spot', 'sheen',
  ],
  air: ['haze', 'mist', 'fog', 'smoke', 'dust', 'perspective', 'scattering', 'particles', 'pressure', 'conditions', 'layer', 'phenomena', 'entry', 're-entry'],
  shape: [
    'circle', 'circles', 'square', 'squares', 'sphere', 'spheres', 'line', 'lines', 'spiral', 'spirals', 'symmetry',
    'triangle', 'triangles', 'grid', 'row', 'rows', 'arc', 'arcs', 'ring', 'rings', 'loop', 'loops', 'cube', 'cubes',
    'geometry', 'alignment', 'formation', 'curve', 'curves', 'ellipse', 'oval', 'hexagon', 'rectangle', 'cylinder',
    'cone', 'pyramid', 'helix', 'round', 'spherical', 'circular', 'straight', 'symmetrical', 'unison', 'sync',
    'synchronization', 'harmony', 'reflection', 'mirror', 'balance', 'stillness', 'silence',
  ],
  grading: ['grading', 'grade', 'graded', 'palette', 'tones', 'tonality', 'saturation'],
  magic: [
    'spell', 'spells', 'wand', 'wands', 'potion', 'potions', 'power', 'powers', 'energy', 'creature', 'creatures',
    'beast', 'beasts', 'artifact', 'artifacts', 'rune', 'runes', 'portal', 'portals', 'amulet', 'ritual', 'incantation',
    'girl', 'girls', 'trick', 'tricks', 'staff', 'ability', 'abilities',
  ],
  /** What a picture looks or feels like, rather than a thing in it ("a magical atmosphere", "insane detail"). */
  impression: [
    'atmosphere', 'atmospheres', 'ambiance', 'ambience', 'aura', 'mood', 'vibe', 'vibes', 'feel', 'feeling', 'touch',
    'moment', 'moments', 'quality', 'glow', 'light', 'lighting', 'lights', 'scene', 'scenes', 'view', 'look', 'effect',
    'effects', 'way', 'wonder', 'sense', 'tone', 'experience', 'charm', 'sparkle', 'shimmer', 'spectacle', 'sight',
    'display', 'style', 'aesthetic', 'realism', 'detail', 'details', 'graphics', 'visuals', 'imagery', 'beauty', 'flair',
    'sky', 'skies', 'narrative', 'story', 'journey', 'adventure', 'feat', 'event', 'vista', 'panorama', 'power', 'height',
    'interplay', 'setting', 'backdrop', 'backdrops', 'scenery', 'landscape',
  ],
  /** A mood ("an enchanting atmosphere", "a magical aura"): made by the light and colour, whatever the word. */
  mood: ['atmosphere', 'atmospheres', 'ambiance', 'ambience', 'aura', 'mood', 'vibe', 'vibes'],
  /** Kinds of road, viewpoint or lift named with "scenic" ("a scenic route", "a scenic overlook", "a scenic lift"). */
  road: [
    'route', 'routes', 'road', 'roads', 'drive', 'byway', 'byways', 'overlook', 'overlooks', 'railway', 'railroad', 'highway',
    'lift', 'lifts', 'elevator', 'elevators',
  ],
  /** What a face or a body does: "a welcoming smile" is an expression the camera sees, unlike "a welcoming porch". */
  gesture: ['smile', 'smiles', 'grin', 'expression', 'expressions', 'gesture', 'gestures', 'wave', 'waves', 'embrace', 'hug', 'hugs', 'arms', 'nod', 'eyes', 'face', 'moo', 'moos'],
  /** The picture itself, for PRAISE_ONLY_BEFORE. */
  picture: PICTURE_NOUNS,
  /** How the shot is framed: praise of it ("a dramatic angle", "perfect composition", "an engaging perspective") stands in for the angle and the shot size. */
  framing: ['focus', 'framing', 'composition', 'angle', 'angles', 'perspective', 'perspectives', 'camerawork', 'viewpoint', 'vantage point'],
  /** A time of day or the weather: praise of one ("a beautiful day", "the stunning winter weather") stands in for its light. */
  time: ['day', 'days', 'weather', 'morning', 'mornings', 'afternoon', 'evening', 'evenings', 'night', 'nights', 'season', 'summer', 'winter', 'autumn'],
  /** A change and its size: "a dramatic change", "a dramatic drop-off" is a large, sudden one, which the camera shows. */
  change: [
    'change', 'changes', 'shift', 'shifts', 'transformation', 'transformations', 'transition', 'transitions', 'drop', 'drops',
    'drop-off', 'plunge', 'increase', 'decrease', 'rise', 'decline', 'surge',
  ],
  literature: ['poem', 'poems', 'poetry', 'saga', 'sagas', 'verse', 'ballad', 'ballads', 'tale', 'tales', 'novel', 'novels', 'myth', 'myths'],
};

/** Listed words that are concrete when the noun phrase they open contains a word of these classes. */
export const LITERAL_BEFORE: Readonly<Record<string, readonly string[]>> = {
  cool: ['colour', 'light', 'temperature'],
  perfect: ['shape'],
  epic: ['literature'],
  dramatic: ['light', 'grading', 'change'],
  magical: ['magic'],
  atmospheric: ['air'],
  fantastic: ['magic'],
  extraordinary: ['magic'],
  scenic: ['road'],
  welcoming: ['gesture'],
  inviting: ['gesture'],
};

/**
 * Listed words that describe the thing when joined to another describing word by a comma or
 * "and": "the cool, damp earth", "the air is crisp and cool", "a cool, silvery sheen" (not to
 * another praise word: "a cool, stylish guy").
 */
export const LITERAL_WHEN_COORDINATED: readonly string[] = ['cool'];

/**
 * Listed words that also have a literal sense ("the magical kingdom", "her magical toothbrush",
 * "an insane asylum", "inviting viewers in"): praise only before a noun of these classes ("a
 * magical glow", "insane detail", "an inviting atmosphere"), after a copula ("it looks magical") or as an item of a tag list of their own; before
 * any other noun they name what the thing is.
 */
export const PRAISE_ONLY_BEFORE: Readonly<Record<string, readonly string[]>> = {
  magical: ['impression', 'light'],
  inviting: ['impression', 'light'],
  insane: ['impression'],
  /** "a heartfelt goodbye", "heartfelt words": said with feeling, which an actor plays; "a heartfelt video" is praise. */
  heartfelt: ['impression', 'picture'],
};

/**
 * Genre labels standing in for a scene ("an atmospheric European setting", "a fantasy
 * world", "a cyberpunk aesthetic"): one of these modifiers directly before a scene noun.
 * A concrete place noun ("a European city", "a fantasy castle") is not a label.
 */
export const GENRE_MODIFIERS: readonly string[] = [
  'european', 'asian', 'african', 'american', 'oriental', 'mediterranean', 'nordic', 'scandinavian', 'middle eastern',
  'latin', 'western', 'eastern', 'tropical', 'exotic', 'fantasy', 'sci-fi', 'scifi', 'science fiction',
  'dystopian', 'utopian', 'post-apocalyptic', 'apocalyptic', 'cyberpunk', 'steampunk', 'solarpunk', 'medieval',
  'historical', 'retro', 'vintage', 'magical', 'mystical', 'mysterious', 'dreamy', 'dreamlike',
  'surreal', 'whimsical', 'ethereal', 'otherworldly', 'fairytale', 'fairy-tale', 'idyllic', 'peaceful', 'serene',
  'tranquil', 'cozy', 'cosy', 'moody', 'romantic', 'nostalgic', 'eerie', 'spooky', 'creepy', 'gothic', 'noir', 'epic',
  'cinematic', 'atmospheric', 'picturesque', 'enchanting', 'beautiful', 'stunning', 'dramatic', 'generic', 'typical',
];

/**
 * Nouns that name "some place" without naming it. Mood nouns ("a serene atmosphere", "a cozy
 * vibe") are not here: they add a mood to a scene described elsewhere instead of replacing it.
 */
export const SCENE_NOUNS: readonly string[] = [
  'setting', 'settings', 'scene', 'scenes', 'environment', 'environments', 'world', 'place', 'location', 'locale',
  'backdrop', 'background', 'scenery', 'landscape', 'surroundings', 'realm', 'universe',
];

/**
 * Listed words that are also degree adverbs: before an adjective or adverb that opens no noun
 * phrase they only say "rather" ("pretty fast", "pretty good"), not praise.
 */
export const DEGREE_ADVERBS: readonly string[] = ['pretty'];

/**
 * Listed "-ing" words whose verb takes a bare object: between a noun and a noun they are the verb
 * ("each hoof striking sparks", "pickaxes striking rocks", "vivid hues captivating onlookers").
 * The others ("stunning", "amazing", "breathtaking") stay praise there ("full body stunning woman").
 */
export const OBJECT_TAKING_PARTICIPLES: readonly string[] = ['striking', 'inviting', 'welcoming', 'engaging', 'captivating'];

/** Prepositions after which a listed "-ing" word is the verb: "engaging in conversation", "thrilling with fear". */
export const VERB_PREPOSITIONS: readonly string[] = ['in', 'with'];

/**
 * Deleting a word needs its neighbours to stay grammatical. After these correlative and
 * degree words no deletion is offered ("feels both majestic and vast", "such a lovely day").
 */
export const NO_DELETION_AFTER: readonly string[] = ['both', 'either', 'neither', 'such'];

/**
 * Words that deny the praise after them, directly or across one intensifier ("not so pretty",
 * "never cute", "isn't very stunning"); any word ending in "n't" does too. "Not only stylish" and
 * "not just beautiful" still praise.
 */
export const NEGATORS: readonly string[] = ['not', 'never', 'nor', 'hardly', 'barely'];

/** Degree words deleted with the praise they grade: "the most exquisite features" → "the features". */
export const INTENSIFIERS: readonly string[] = [
  'most', 'more', 'so', 'very', 'too', 'truly', 'really', 'extremely', 'quite', 'rather', 'almost', 'incredibly',
  'absolutely', 'especially', 'particularly', 'utterly', 'super', 'ultra', 'highly', 'visually',
];

/**
 * Participles that make a compound with the word before them: "funny looking", "nice sounding".
 * Not "feeling": after praise it is the noun ("a wonderful feeling"), one of GENERIC_HEADS.
 */
export const COMPOUND_PARTICIPLES: readonly string[] = ['looking', 'sounding', 'smelling', 'tasting'];

/**
 * Nouns that mean nothing without their praise ("cinematic style", "a dramatic effect"): the
 * phrase is deleted whole when it is an item of a list, and no deletion is offered elsewhere.
 */
export const GENERIC_HEADS: readonly string[] = [
  'style', 'styles', 'effect', 'effects', 'look', 'looks', 'feel', 'feeling', 'vibe', 'vibes', 'view', 'quality', 'aesthetic',
  'aesthetics', 'touch', 'appeal', 'flair', 'approach', 'tone', 'mood', 'experience', 'theme', 'themes', 'manner',
];

/**
 * Nouns for what any subject has or wears ("attire", "eyes", "features"). After "in" or "with"
 * with no article and no other modifier, the praise is all the phrase says: "in dazzling attire"
 * would become "in attire", "with beautiful eyes" "with eyes". So no deletion is offered there and
 * the rewrite keeps the word; the report still asks for what the camera would see.
 */
export const OWNED_HEADS: readonly string[] = [
  'attire', 'clothing', 'clothes', 'outfit', 'outfits', 'apparel', 'garments', 'garb', 'wear', 'features', 'eyes', 'face',
  'hair', 'skin', 'body', 'figure', 'curves', 'physique', 'complexion', 'fur', 'plumage',
];

/**
 * A clause that only gives a mood ("…, creating an enchanting atmosphere."): with its praise gone
 * the rewrite drops it whole rather than leave "creating an atmosphere". The verbs that open such
 * a clause, and the nouns that close it.
 */
export const MOOD_VERBS: readonly string[] = ['creating', 'evoking', 'adding', 'giving', 'enhancing', 'conveying', 'setting', 'establishing', 'exuding', 'lending'];
export const MOOD_NOUNS: readonly string[] = ['atmosphere', 'ambiance', 'ambience', 'mood', 'aura', 'vibe', 'feel', 'feeling'];

/**
 * Nouns naming the picture or its parts that say nothing as a tag of their own once their praise
 * is gone ("…, superb details, …", "…, cinematic shot, …", "high quality image"): such a list item
 * is deleted whole. Inside a sentence they still read ("a dramatic scene unfolds" → "a scene
 * unfolds"), unlike GENERIC_HEADS. Media that say something alone ("painting", "portrait",
 * "animation", "photography") are not here.
 */
export const EMPTY_TAG_NOUNS: readonly string[] = [
  'video', 'videos', 'clip', 'clips', 'footage', 'shot', 'shots', 'scene', 'scenes', 'image', 'images', 'picture',
  'pictures', 'photo', 'photos', 'render', 'rendering', 'visuals', 'graphics', 'imagery', 'detail', 'details',
  'composition', 'cinematography', 'frame', 'frames', 'motion', 'movement', 'angle', 'angles', 'perspective', 'framing',
  // The picture's mood: "…, dramatic atmosphere, …" leaves nothing; "adding to the enchanting atmosphere" still reads.
  'atmosphere', 'atmospheres', 'ambiance', 'ambience', 'aura',
];

/**
 * Nouns of light that say nothing once their praise is gone ("…, perfect lighting, …", "magical
 * light"): the rewrite takes such a list item whole and, when no other light is left, asks for
 * the light with its placeholder.
 */
export const EMPTY_LIGHT_NOUNS: readonly string[] = ['lighting', 'light', 'lights', 'illumination'];

/**
 * What a praise word stood in for, by the noun it qualifies (keys of alternatives.ts): "a
 * beautiful woman" needs her appearance, "an amazing backpack" its look and material, "a
 * stunning cavern" the light and look of the place. `person` and `animal` come from the
 * subject lexicon, `place` from the environment lexicon (places and surfaces), `attribute` from
 * the analysis' subject kinds (body parts, clothing, colours, materials), `object` for any other
 * thing. Pictures, light, moods and times keep the word's own dimensions (STANDS_FOR).
 */
export const HEAD_STANDS_FOR: Readonly<Record<'person' | 'animal' | 'creature' | 'tree' | 'flower' | 'food' | 'sound' | 'object' | 'attribute' | 'place' | 'event', readonly string[]>> = {
  person: ['person'],
  animal: ['animal'],
  /** A creature not of human form ("a cute dragon"); one of human form (HUMANOID_NOUNS) has a person's look. */
  creature: ['creature'],
  /** PLANT_NOUNS: a tree or a flower has no finish or material ("majestic oak trees", "gorgeous sakura petals"). */
  tree: ['tree'],
  flower: ['flower'],
  /** FOOD_NOUNS and the food of the environment lexicon: how it looks cooked or served ("a delicious burger"). */
  food: ['food'],
  /** SOUND_NOUNS: praise of a sound stands in for the sound ("a mesmerizing soundtrack"). */
  sound: ['audio'],
  object: ['object', 'material'],
  attribute: ['hue', 'material'],
  place: ['placeLight', 'placeDetail'],
  /** A movement or contest ("a breathtaking ascent", "an epic battle"): its speed, distance and what moves. */
  event: ['event'],
};

/** Trees and flowers, for HEAD_STANDS_FOR.tree and .flower (plurals match through their dictionary form). */
export const PLANT_NOUNS: Readonly<Record<'tree' | 'flower', readonly string[]>> = {
  tree: [
    'tree', 'bush', 'shrub', 'hedge', 'oak', 'pine', 'palm', 'willow', 'birch', 'maple', 'cedar', 'cypress', 'sequoia', 'redwood',
    'baobab', 'bonsai', 'cactus', 'cacti', 'vine', 'bamboo',
  ],
  flower: [
    'flower', 'rose', 'tulip', 'lily', 'orchid', 'sunflower', 'daisy', 'lotus', 'peony', 'blossom', 'bloom', 'petal', 'bouquet',
    'wildflower', 'sakura', 'dandelion',
  ],
};

/** Dishes and drinks besides the food of the environment lexicon (OBJECT_NOUNS.food in rules/data/environment.ts). */
export const FOOD_NOUNS: readonly string[] = [
  'meal', 'dish', 'dessert', 'breakfast', 'brunch', 'lunch', 'dinner', 'feast', 'snack', 'treat', 'pastry', 'croissant',
  'bun', 'fries', 'sushi', 'taco', 'dumpling', 'curry', 'stew', 'pasta', 'ramen', 'noodle', 'rice', 'pancake', 'waffle',
  'muffin', 'cupcake', 'sundae', 'smoothie', 'coffee', 'latte', 'cappuccino', 'tea', 'wine', 'cocktail', 'topping',
  'toppings', 'spread', 'platter', 'roast', 'barbecue', 'kebab', 'hot dog', 'ice cream', 'fruit', 'berry', 'apple',
  'banana', 'strawberry', 'lemon', 'mango', 'watermelon', 'peach', 'cherry', 'grape', 'vegetable', 'tomato',
];

/** Sounds, for HEAD_STANDS_FOR.sound. */
export const SOUND_NOUNS: readonly string[] = [
  'sound', 'soundtrack', 'soundscape', 'music', 'melody', 'song', 'tune', 'voice', 'chorus', 'chime', 'birdsong',
];

/**
 * Nouns naming a movement, a feat or a contest, besides the event nouns of the motion lexicon
 * (rules/data/motion.ts): praise of one stands in for how it moves ("a breathtaking ascent",
 * "a thrilling match").
 */
export const EVENT_NOUNS: readonly string[] = [
  'ascent', 'descent', 'climb', 'dive', 'plunge', 'swoop', 'glide', 'flight', 'landing', 'escape', 'getaway', 'rescue',
  'attack', 'charge', 'assault', 'match', 'bout', 'contest', 'showdown', 'clash', 'confrontation', 'struggle',
  'tussle', 'wrestle', 'performance', 'routine', 'stunt', 'stunts', 'trick', 'tricks', 'move', 'moves', 'manoeuvre',
  'maneuver', 'ride', 'drive', 'throw', 'catch', 'swing', 'slide', 'tackle', 'goal',
  'dunk', 'save', 'ballet', 'waltz', 'tango', 'solo', 'rally', 'sprint', 'lap', 'overtake', 'drift', 'stampede',
  'encounter', 'duel', 'chase', 'strike', 'kick', 'leap', 'jump', 'journey', 'voyage', 'trek', 'expedition', 'adventure', 'quest',
  'odyssey',
];

/**
 * Nouns naming the manner of a movement: praise of one ("with remarkable grace", "with incredible
 * speed", "with impressive agility") stands in for how the thing moves, as praise of an event does,
 * not for an object's finish.
 */
export const MANNER_NOUNS: readonly string[] = [
  'grace', 'gracefulness', 'ease', 'precision', 'elegance', 'agility', 'poise', 'finesse', 'speed', 'dexterity',
  'fluidity', 'velocity', 'swiftness', 'accuracy', 'coordination', 'nimbleness', 'momentum', 'rhythm', 'pace', 'tempo',
];

/**
 * What an adverb of manner stood in for, by the verb it qualifies: "glides elegantly" wants how
 * the motion looks (speed, rhythm, path), "she sits elegantly" the pose. A verb of motion is any
 * action of the analysis (src/analysis/motion.ts) except LOOK_VERBS; a pose verb counts only
 * with a person or an animal doing it ("a vase sits elegantly" keeps its look).
 */
export const VERB_STANDS_FOR: Readonly<Record<'motion' | 'posture', readonly string[]>> = {
  motion: ['manner'],
  posture: ['posture'],
};

/** Verbs of pose: an adverb after one describes how a person or animal holds still ("sits gracefully"). */
export const POSTURE_VERBS: readonly string[] = ['sit', 'stand', 'lie', 'rest', 'pose', 'perch', 'lean', 'kneel', 'crouch', 'recline', 'lounge'];

/**
 * Verbs whose manner is a look or a shape, not a motion: "contrasts beautifully with", "reflecting
 * the light beautifully", "peaks rise majestically", "a bridge arching majestically"; so are verbs
 * of making the picture ("draw it very beautifully", "animate in detail beautifully"): the word
 * keeps the dimensions of the thing, the light or the scale.
 */
export const LOOK_VERBS: readonly string[] = [
  'contrast', 'complement', 'blend', 'harmonize', 'harmonise', 'match', 'pair', 'combine', 'integrate', 'accent',
  'accentuate', 'reflect', 'catch', 'frame', 'glow', 'shine', 'sparkle', 'glisten', 'shimmer', 'gleam', 'glitter',
  'light', 'illuminate', 'highlight', 'capture', 'show', 'showcase', 'display', 'depict', 'portray', 'render', 'paint',
  'decorate', 'adorn', 'arrange', 'present', 'place', 'position', 'style', 'dress', 'drape', 'set', 'craft', 'design',
  'fit', 'suit', 'fill', 'line', 'refract', 'glint', 'rise', 'stretch', 'extend', 'arch', 'arc', 'span', 'tower', 'loom',
  'jut', 'sprawl', 'reach', 'draw', 'sketch', 'illustrate', 'animate', 'film', 'shoot', 'photograph',
];

/** Kinds whose words say how the picture is filmed, whatever they qualify ("a cinematic banana" wants a camera move, not a colour). */
export const OWN_DIMENSIONS: readonly string[] = ['camera'];

/** Endings of nouns that name an idea or an event rather than an object ("a dramatic transformation", "the perfect combination"). */
export const ABSTRACT_NOUN_ENDINGS: readonly string[] = ['tion', 'sion', 'ment', 'ness', 'ity', 'ance', 'ence', 'ism', 'ship', 'dom', 'hood'];

/**
 * Words that bring in what a scene shows, in the same sentence after the scene noun ("a whimsical
 * scene, painted in watercolour, showing an owl", "a serene scene unfolds around a table"): a
 * scene followed by its content is not a label.
 * "of" counts only right after the noun ("a peaceful scene of a heron").
 */
export const SCENE_CONTENT: readonly string[] = ['showing', 'showcasing', 'featuring', 'depicting', 'portraying', 'where', 'unfolds', 'unfolding'];

/** Words that bring in what a scene holds right after its noun: "a romantic scene with flowers", "an eerie landscape filled with twisted trees". */
export const SCENE_CONTENT_AFTER: readonly string[] = ['with', 'filled', 'full', 'dotted', 'covered', 'lined'];

/**
 * Words before "a" whose object is the effect of what the prompt has already described ("… wildflowers, creating a
 * serene environment", "… merge into a mesmerizing realm", "distant dunes create a serene backdrop"): a label after
 * one, once a place is named, adds a mood to it.
 */
export const RESULT_LEADS: readonly string[] = [
  'creating', 'making', 'forming', 'into', 'evoking', 'invoking',
  // Finite, with what was described as their subject: "the snow-draped trees provide a tranquil backdrop".
  'create', 'creates', 'provide', 'provides', 'form', 'forms', 'offer', 'offers',
];
