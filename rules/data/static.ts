import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Verbs that do not move the picture: states, poses, perception, feelings, and the verbs of
 * description ("depicts", "features"). A prompt whose only verbs are these reads as a still
 * photograph. Matched by lemma, so "sitting", "stands" and "wore" are covered.
 */
export default {
  state: [
    'be', 'is', 'are', 'was', 'were', 'am', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'get', 'become', 'seem', 'appear', 'look like', 'remain', 'stay', 'keep', 'exist', 'belong', 'own', 'maintain',
    'possess', 'contain', 'consist', 'comprise', 'include', 'involve', 'lack', 'need', 'want', 'wish', 'hope', 'deserve',
    'cost', 'weigh', 'measure', 'equal', 'last', 'resemble', 'mean', 'matter', 'depend', 'fit', 'suit', 'let', 'make', 'allow',
    'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'begin', 'start', 'end', 'continue', 'try',
    'use', 'feature', 'base', 'inspire', 'name', 'locate', 'situate', 'nestle', 'dwell', 'reside', 'live',
    'create', 'generate', 'render', 'produce', 'add', 'take place',
    // Standing on a site, not a move: "trending on artstation", "trending shadowbox art"
    'trend',
    // Thriving is a state: "the village flourishes", "a flourishing garden".
    'flourish', 'thrive',
    // Verbs of relation and extent, WordNet's stative class: "a kitchen that occupies the ground
    // floor", "eyes brimming with tears", "prices ranging from $5 to $50", "hope coexisting with fear".
    'occupy', 'house', 'brim', 'abound', 'coexist', 'range', 'require', 'encompass', 'overlap', 'coincide', 'endure',
    'outweigh', 'culminate', 'persist', 'prevail',
  ],
  pose: [
    'sit', 'stand', 'lie', 'lay', 'rest', 'pose', 'model', 'wear', 'hold', 'carry on', 'perch', 'lean', 'kneel', 'crouch',
    'squat', 'lounge', 'recline', 'sprawl', 'slump', 'seat', 'sleep', 'doze', 'nap', 'snooze', 'wait', 'linger', 'meditate',
    'pray', 'smile', 'grin', 'frown', 'pout', 'gaze', 'stare', 'look', 'watch', 'observe', 'face', 'peer', 'glare',
    'hang', 'drape', 'loom', 'tower', 'sprawl', 'overlook', 'surround', 'border', 'line', 'frame', 'span', 'straddle', 'encircle',
    'flank', 'cover', 'coat', 'dot', 'decorate', 'adorn', 'grace', 'await', 'cling', 'cradle',
    'anchor', 'mount', 'display', 'exhibit', 'hold still', 'freeze', 'fill', 'gather', 'wait', 'prop', 'point', 'advertise',
  ],
  mind: [
    'think', 'know', 'believe', 'understand', 'remember', 'forget', 'imagine', 'dream', 'realize', 'realise', 'wonder',
    'consider', 'recognize', 'recognise', 'notice', 'see', 'hear', 'feel', 'sense', 'smell', 'love', 'like', 'hate',
    'dislike', 'prefer', 'enjoy', 'admire', 'adore', 'fear', 'miss', 'envy', 'care', 'concentrate', 'focus', 'contemplate',
    'ponder', 'reflect', 'relax', 'rest', 'yearn', 'decide', 'appreciate', 'listen',
  ],
  psych: [
    'amaze', 'astonish', 'astound', 'stun', 'awe', 'breathtake', 'jaw-drop', 'eye-catch', 'award-win', 'heartwarm', 'mouthwater', 'captivate', 'charm', 'delight', 'enchant', 'fascinate', 'intrigue',
    'interest', 'mesmerize', 'mesmerise', 'bewitch', 'impress', 'overwhelm', 'please', 'soothe', 'calm', 'comfort',
    'refresh', 'excite', 'thrill', 'chill', 'terrify', 'frighten', 'scare', 'horrify', 'haunt', 'disturb', 'unsettle', 'unnerve',
    'intimidate', 'menace', 'impose', 'endear', 'invite', 'welcome', 'appeal', 'entice', 'tempt', 'compel', 'bore', 'tire',
    'satisfy', 'surprise', 'shock', 'inspire', 'dazzle', 'evoke', 'suggest', 'convey', 'induce',
    'motivate', 'encourage', 'uplift', 'empower', 'energize', 'energise', 'invigorate', 'reassure', 'puzzle',
    'confuse', 'amuse', 'depress', 'sadden', 'annoy', 'irritate', 'frustrate', 'humble', 'enlighten', 'discourage', 'influence',
    'disgust', 'exude', 'radiate', 'embody', 'symbolize', 'symbolise', 'signify', 'reflect', 'mirror',
  ],
  describe: [
    'depict', 'show', 'portray', 'represent', 'illustrate', 'showcase', 'highlight', 'emphasize', 'emphasise', 'capture',
    'feature', 'present', 'describe', 'picture', 'document', 'reveal', 'detail', 'accentuate', 'frame',
    'see', 'visualize', 'visualise', 'design', 'style', 'illuminate', 'light', 'glow', 'shine',
    'gleam', 'glisten', 'glitter', 'sparkle', 'glint', 'bathe', 'shade', 'tint', 'color', 'colour', 'blur', 'focus', 'sharpen', 'cast',
    // How the parts of a still scene relate: "enhancing the calm mood", "a matching knife", "hinting at its age".
    'enhance', 'complement', 'contrast', 'match', 'blend', 'hint', 'indicate', 'provide', 'theme', 'ensure', 'establish', 'adopt',
    'harmonize', 'harmonise', 'dominate', 'underscore', 'encapsulate', 'epitomize', 'epitomise', 'resonate', 'connect',
    // What a scene or a design is made of: "a kitchen that combines modern elements with old decor".
    'combine', 'incorporate', 'integrate',
    // Giving off light, as "glow" and "radiate" do: "the microwave emits a soft glow".
    'emit', 'emanate',
  ],
  extent: [
    'rolling hills', 'winding road', 'winding roads', 'winding path', 'winding river', 'winding staircase', 'winding street',
    'winding streets', 'towering', 'sprawling', 'overlooking', 'surrounding', 'leading to', 'leading up to', 'leading into',
    'stretching to the horizon', 'stretching into the distance', 'stretches to the horizon', 'stretches into the distance',
    'extends into the distance', 'dotted with', 'lined with', 'framed by', 'covered in', 'covered with', 'filled with',
    'made of', 'made from', 'dressed in', 'set against', 'set in', 'nestled', 'perched', 'situated', 'located',
    'running water', 'living room', 'dining room', 'dining table', 'waiting room', 'sitting room', 'swimming pool',
    'parking lot', 'walking stick', 'moving company', 'flying saucer', 'rocking chair', 'cutting board', 'frying pan',
    'washing machine', 'sewing machine', 'shopping bag', 'shopping cart', 'running shoe', 'hiking boot', 'dancing shoe',
    'cast shadow', 'cast long shadow',
    'diving board', 'fishing rod', 'landing gear', 'boiling point', 'ray tracing', 'path tracing', 'color grading',
    'colour grading',
    // Things named for what they are used for: "aviator reading glasses", "a silver racing car".
    'reading glasses', 'racing car', 'racing suit', 'racing game', 'mixing bowl', 'chopping board', 'baking sheet',
    'fishing net', 'fishing boat', 'fishing line', 'boxing glove', 'boxing gloves', 'boxing ring', 'spinning wheel',
    'dressing table', 'writing desk', 'knitting needle', 'sleeping bag', 'magnifying glass',
    // Quality tags and shoots that read as a verb after a noun: "hyper detailed", "award winning
    // photography", "fashion photo shoot".
    'hyper detailed', 'award winning', 'photo shoot', 'fashion shoot',
  ],
} satisfies LexiconData;

/**
 * Verbs of making and working, listed above for their figurative use ("creates a sense of calm",
 * "sharpen the details"), that are hands-on work when their object is a thing: "sharpening
 * knives", "creating pottery", "produces a loaf of bread", "connecting cables".
 */
export const WORKING_VERBS: readonly string[] = ['create', 'produce', 'sharpen', 'cast', 'connect', 'combine', 'incorporate', 'integrate'];

/**
 * Objects that keep a verb of making figurative: "create an atmosphere", "produces a dreamy
 * effect", "sharpen the focus". The terms of the camera, lighting, style and mood lexicons count
 * as such objects too.
 */
export const ABSTRACT_OBJECTS: readonly string[] = [
  'sense', 'feeling', 'feel', 'atmosphere', 'setup', 'arrangement', 'ambience', 'ambiance', 'mood', 'vibe', 'aura', 'air', 'tone', 'effect',
  'effects', 'impression', 'illusion', 'image', 'picture', 'scene', 'look', 'contrast', 'harmony', 'balance', 'tension',
  'focus', 'detail', 'details', 'composition', 'pattern', 'patterns', 'depth', 'texture', 'textures', 'sound', 'sounds',
  'noise', 'music', 'melody', 'rhythm', 'symphony', 'story', 'narrative', 'moment', 'memory', 'memories', 'experience',
  'world', 'space', 'environment', 'setting', 'backdrop', 'background', 'feast', 'spectacle', 'display',
  'play', 'interplay', 'dance', 'juxtaposition', 'silhouette', 'silhouettes', 'shadow', 'shadows', 'reflection',
  'reflections', 'glow', 'light', 'lights', 'highlights', 'sparkle', 'shimmer', 'halo', 'version', 'video', 'clip',
  'hue', 'hues', 'gleam', 'beam', 'beams', 'ray', 'rays', 'appearance', 'quality', 'presence', 'finish', 'charm',
  'touch', 'dimension', 'warmth', 'angle', 'angles',
  // What parts make together: "creating a blend of nature and technology"
  'blend', 'mix', 'combination', 'fusion', 'element', 'elements',
];

/**
 * Verbs that lend a quality when their object is one ("giving it a cozy feel", "lending the room
 * an air of calm", "giving a sense of height", "sets the scene", "catching the light":
 * `ABSTRACT_OBJECTS` and the terms of light, style and mood); with a thing or an act for object
 * they act ("giving a speech", "gives her a flower", "sets the table", "catches the ball").
 */
export const GIVING_VERBS: readonly string[] = ['give', 'lend', 'set', 'catch', 'offer'];

/**
 * -ing forms of action verbs that before a noun or an adjective say how something strikes the
 * eye, not what it does: "striking blue eyes", "a piercing gaze", "a commanding presence" (but
 * "a golfer striking the ball", "an arrow piercing the armour").
 */
export const IMPRESSION_PARTICIPLES: readonly string[] = [
  'striking', 'piercing', 'commanding', 'riveting', 'ravishing', 'dashing', 'engaging',
];

/**
 * Verbs that, opening a sentence, ask the video model for a work rather than tell what someone
 * does: "Compose a scene of…", "Craft a short clip…", "Write a story about…", "Draw a picture
 * of…", "Introduce the housewife…", "Animate a forest…", or address the viewer: "Prepare to be
 * amazed", "Experience the thrill of…" (after their subject they act: "a girl draws a cat").
 */
export const INSTRUCTION_VERBS: readonly string[] = ['compose', 'craft', 'write', 'draw', 'paint', 'sketch', 'envision', 'introduce', 'build', 'design', 'animate', 'change', 'adjust', 'edit', 'modify', 'convert', 'prepare', 'experience', 'behold'];

/**
 * What is told when something tells its past: "crumbled walls tell a story of devastation",
 * "weathered stones telling tales of centuries past". A thing that tells one shows it; a person
 * or an animal telling one acts ("grandma telling stories to her grandson", "…, telling stories
 * at a camp fire").
 */
export const STORIES: readonly string[] = ['story', 'stories', 'tale', 'tales'];

/**
 * Verbs that lead the eye, and what they lead: "drawing attention to the bird's plumage", "draws
 * the viewer's eye to the centre", "catching the eye". The picture guides a look; nothing moves.
 */
export const ATTENTION_VERBS: readonly string[] = ['draw', 'catch', 'attract', 'grab', 'pull'];
export const ATTENTION_OBJECTS: readonly string[] = ['attention', 'eye', 'eyes', 'gaze'];

/** Forms of stative verbs that name an activity: "doing yoga", "making pasta", "having lunch". */
export const ACTIVE_FORMS: readonly string[] = ['doing', 'making', 'having', 'getting', 'taking', 'keeping', 'holding up'];

/** Forms of "do" that name an activity before its noun: "does push-ups", "did a backflip", "do makeup". */
export const DOING_FORMS: readonly string[] = ['do', 'does', 'did'];

/** Stative verbs that move someone before a direction: "gets into a taxi", "got up from the chair". */
export const MOVING_BEFORE_DIRECTIONS: readonly string[] = ['get'];

/**
 * Verbs of posture or state that act before their particle, except as an -ing form (a pose:
 * "a man lying down", "sitting down by the river") or, before "around", a past form ("gathered
 * around the table"): "the student stands up", "she sits down", "the dragon lies down", "guy fills
 * up a bucket", "a family gathers around the television".
 */
export const POSTURE_CHANGES: Readonly<Record<string, string>> = { stand: 'up', sit: 'down', lie: 'down', lay: 'down', fill: 'up', gather: 'around' };

/**
 * Verbs whose past participle leaves its noun in a place or state, even after a person, animal
 * or vehicle: "a car parked on the street", "a man dressed in black", "a child wrapped in a
 * blanket". After such a noun any other past form followed by a place is the verb of the clause:
 * "the bird landed on a branch", "a woman waved at the camera".
 */
export const RESULT_STATES: readonly string[] = [
  // Putting and positioning
  'park', 'place', 'put', 'set', 'position', 'station', 'seat', 'plant', 'install', 'arrange', 'stack', 'pile', 'store',
  'leave', 'abandon', 'strand', 'bury', 'hide', 'tuck', 'wedge', 'lodge', 'embed', 'nest', 'house', 'shelter', 'moor',
  'isolate', 'tilt',
  // Dressing and wrapping
  'dress', 'clothe', 'clad', 'cloak', 'robe', 'garb', 'wrap', 'drape', 'swaddle', 'bundle', 'shroud', 'veil', 'mask',
  'armor', 'armour', 'equip', 'costume',
  // Binding and confining
  'tie', 'bind', 'chain', 'strap', 'pin', 'nail', 'tape', 'glue', 'attach', 'fasten', 'lock', 'trap', 'cage', 'confine',
  'imprison', 'tangle', 'entangle', 'harness', 'leash', 'stick', 'jam',
  // Marking, soaking and shaping
  'paint', 'dye', 'stain', 'splatter', 'smear', 'soak', 'drench', 'submerge', 'immerse', 'curl', 'hunch', 'huddle',
  'silhouette', 'cast', 'carve', 'build', 'make', 'print', 'stamp', 'engrave', 'etch', 'inscribe', 'write', 'draw',
  // Held in a state of mind or attention
  'engage', 'absorb', 'lose', 'occupy', 'preoccupy', 'direct', 'fix', 'rivet', 'glue',
];

/**
 * Verbs that trace a shape when their subject is laid out in place: "a road winds through the
 * forest", "the path leads to a cottage", "a wall runs along the river". Said of something that
 * travels they still move: "a dog runs", "a snake winds around a branch".
 */
export const EXTENT_VERBS: readonly string[] = [
  'wind', 'run', 'lead', 'stretch', 'extend', 'meander', 'snake', 'curve', 'bend', 'twist', 'zigzag', 'reach',
  'descend', 'rise', 'slope', 'cross', 'cut', 'pass', 'go', 'head', 'continue', 'loop', 'spiral', 'weave',
];

/**
 * Verbs that say where light falls when light is their subject: "sunlight streams through the
 * blinds", "light filtering through the leaves", "moonlight spills across the floor", "the first
 * light touches the peaks", "the light catches the rim". The light is lighting, not motion;
 * "the light flickers" and "a beam sweeps the bay" still move.
 */
export const LIGHT_PATHS: readonly string[] = [
  'come', 'stream', 'filter', 'pour', 'spill', 'fall', 'flood', 'seep', 'enter', 'pierce', 'peek', 'peep', 'slant',
  'break', 'wash', 'reach', 'land', 'shine', 'beam', 'glow', 'dapple', 'play', 'refract', 'scatter', 'spread', 'leave',
  'touch', 'kiss', 'catch',
];

/**
 * Verbs that trace the shape a climbing plant makes where it grows (`CLIMBING_PLANTS`): "ivy
 * climbs the chapel walls", "vines curling around the rim", "roots coil around the stones". Said
 * of anything else they move: "a boy climbs a tree", "smoke curls upward".
 */
export const GROWING_SHAPES: readonly string[] = ['climb', 'creep', 'crawl', 'curl', 'twine', 'tangle', 'trail', 'wrap', 'coil', 'spiral'];

/** Climbing and trailing plants and their parts, whose growing-shape verbs describe a shape (see GROWING_SHAPES). */
export const CLIMBING_PLANTS: readonly string[] = [
  'vine', 'vines', 'ivy', 'creeper', 'creepers', 'tendril', 'tendrils', 'root', 'roots', 'wisteria', 'bougainvillea',
];

/** Things laid out in place, whose extent verbs describe a shape (see EXTENT_VERBS). */
export const LAID_OUT: readonly string[] = [
  'road', 'roadway', 'street', 'highway', 'freeway', 'motorway', 'lane', 'avenue', 'boulevard', 'alley', 'alleyway',
  'path', 'pathway', 'footpath', 'trail', 'track', 'tracks', 'railway', 'railroad', 'rail', 'rails', 'walkway',
  'boardwalk', 'promenade', 'corridor', 'hallway', 'passage', 'tunnel', 'bridge', 'staircase', 'stairway', 'stairs',
  'steps', 'driveway', 'route', 'river', 'stream', 'creek', 'brook', 'canal', 'riverbed', 'valley', 'canyon', 'gorge',
  'ridge', 'range', 'coastline', 'coast', 'shoreline', 'shore', 'beach', 'wall', 'fence', 'hedge', 'border', 'line',
  'row', 'pipeline', 'cable', 'vine', 'vines', 'terrace', 'terraces', 'slope', 'hillside', 'field', 'fields',
];

/**
 * Still works of art: what one depicts does not move ("an oil painting of a lighthouse in a
 * storm", "a poster of a car chase"), so an event noun in its "of" phrase is no motion.
 */
export const STILL_WORKS: readonly string[] = [
  'painting', 'paintings', 'portrait', 'portraits', 'drawing', 'drawings', 'sketch', 'sketches', 'illustration',
  'illustrations', 'poster', 'posters', 'mural', 'murals', 'tapestry', 'engraving', 'etching', 'woodcut', 'sculpture',
  'statue', 'watercolor', 'watercolour', 'canvas', 'fresco', 'mosaic', 'cover',
];
