import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Sound, for models that generate audio: dialogue, effects and ambience. Entries are words that
 * name a sound in any sentence; words that are also common visual nouns ("ring", "horn", "bang",
 * "beat", "score") are left out, since a false cue would hide a prompt that has none.
 */
export default {
  dialogue: [
    'says', 'say', 'said', 'whisper', 'whispers', 'whispering', 'shout', 'shouts', 'shouting', 'yell', 'yells',
    'scream', 'screams', 'screaming', 'call out', 'calls out', 'sing', 'sings', 'singing', 'hum', 'hums', 'humming',
    'speak', 'speaks', 'speaking', 'talk', 'talks', 'talking', 'asks', 'replies', 'murmur', 'murmurs', 'mutter',
    'mutters', 'laugh', 'laughs', 'laughing', 'laughter', 'narrate', 'narrates', 'narration', 'narrator', 'voiceover',
    'voice-over', 'voice', 'voices', 'dialogue', 'dialog', 'monologue', 'lip sync', 'lip-sync', 'conversation',
    'conversations', 'chatting', 'chant', 'chants', 'chanting', 'sob', 'sobs', 'sobbing', 'giggle', 'giggles', 'giggling',
    'sigh', 'sighs', 'sighing', 'moan', 'moans', 'moaning', 'groan', 'groans', 'groaning', 'gasp', 'gasps', 'cough',
    'coughs', 'coughing', 'sneeze', 'sneezes', 'sneezing', 'wail', 'wails', 'wailing', 'shriek', 'shrieks', 'shrieking',
    'argue', 'argues', 'arguing', 'debate', 'debates', 'debating', 'rapping', 'karaoke', 'speech', 'speeches', 'podcast',
    'interview', 'listen to', 'listens to', 'listening to', 'discuss', 'discusses', 'discussing', 'discussion', 'discussions',
    'babbling', 'cry', 'cries', 'crying', 'chat', 'chats',
  ],
  effect: [
    'sound of', 'sound effect', 'sound effects', 'sfx', 'footsteps', 'thunder', 'thunderclap', 'crackle', 'crackling',
    'rumble', 'rumbling', 'roar', 'roars', 'roaring', 'echo', 'echoes', 'echoing', 'buzz', 'buzzing', 'chirp',
    'chirping', 'chirps', 'rustle', 'rustling', 'creak', 'creaking', 'clink', 'clinking', 'clatter', 'thud', 'whoosh',
    'whistle', 'whistling', 'ticking', 'siren', 'sirens', 'applause', 'cheering', 'cheers', 'gunshot', 'gunshots',
    'honk', 'honking', 'bark', 'barking', 'meow', 'howl', 'howling', 'growl', 'growling', 'hiss', 'hissing', 'sizzle',
    'sizzling', 'splashing sound', 'chime', 'chimes', 'knock', 'knocking', 'ringing', 'beep', 'beeping', 'click',
    'clicking', 'patter', 'pattering', 'crunch', 'crunching', 'caw', 'cawing', 'squeak',
    'squeaking', 'thump', 'thumping', 'rattle', 'rattling', 'slam', 'slams', 'clang', 'clanging', 'purr', 'purring',
    'screech', 'screeching', 'yelp', 'yelping', 'crowing', 'quacking', 'hooting', 'asmr', 'clap', 'claps', 'clapping',
    'cheer', 'tick', 'ticks', 'ticked',
    // Animal calls, as "bark" and "meow"
    'squawk', 'squawks', 'squawking', 'croak', 'croaks', 'croaking', 'bleat', 'bleats', 'bleating', 'neigh', 'neighs',
    'neighing', 'mooing', 'oink', 'oinking', 'cluck', 'clucking', 'cooing', 'braying', 'trumpeting', 'warbling', 'tweeting',
  ],
  ambience: [
    'ambience', 'ambiance', 'ambient sound', 'ambient noise', 'ambient audio', 'background noise', 'room tone',
    'birdsong', 'music', 'musical', 'soundtrack', 'melody', 'song', 'tune', 'orchestra', 'orchestral', 'piano music',
    'drumbeat', 'drums', 'chatter', 'crowd noise', 'silence', 'audio', 'sound', 'sounds',
    'noise', 'noises', 'acoustic', 'soundscape', 'anthem', 'hymn', 'serenade', 'concert', 'concerts',
  ],
} satisfies LexiconData;

/**
 * Words of the lexicon above that name a sound in one sense only; `require-audio-cues` reads
 * each in its context. Every list is a default of one of the rule's options.
 */

/** Mood as often as sound: a sound only after a noun ("forest ambience") or as a label ("Ambience: rain"). */
export const MOOD_WORDS: readonly string[] = ['ambience', 'ambiance', 'ambiences', 'ambiances'];

/** Verbs of saying that a thing with writing on it turns into on-screen text ("a logo that says CAFE"). */
export const SAYING_WORDS: readonly string[] = ['say', 'says', 'said', 'saying'];

/** Things that carry writing: what they "say" is read, not heard. */
export const TEXT_BEARERS: readonly string[] = [
  'sign', 'signs', 'signboard', 'logo', 'logos', 'label', 'labels', 'banner', 'banners', 'shirt', 'shirts', 't-shirt',
  't-shirts', 'tshirt', 'cap', 'caps', 'hat', 'hats', 'poster', 'posters', 'billboard', 'billboards', 'text', 'caption',
  'captions', 'title', 'headline', 'plaque', 'placard', 'sticker', 'tag', 'note', 'letter', 'card', 'screen', 'display',
  'board', 'inscription', 'tattoo', 'mug', 'jersey', 'hoodie', 'sweater', 'cover', 'graffiti', 'neon', 'writing',
  'lettering', 'font', 'typography', 'message', 'page', 'book', 'box', 'package', 'packaging', 'can', 'bottle', 'menu',
  'letters', 'plaques', 'placards', 'stickers', 'tags', 'notes', 'cards', 'screens', 'displays', 'boards', 'inscriptions',
  'tattoos', 'mugs', 'jerseys', 'hoodies', 'covers', 'messages', 'pages', 'books', 'boxes', 'bottles', 'menus', 'titles',
  'headlines',
];

/**
 * Heard on their own ("a rock concert", "gives a speech") or before one of HEARD_MUSIC_NOUNS ("a musical number");
 * before other nouns they name a kind of thing ("musical instruments", "a concert hall", "a speech bubble").
 */
export const MUSICAL_WORDS: readonly string[] = ['musical', 'concert', 'concerts', 'speech', 'speeches', 'podcast', 'podcasts', 'interview', 'interviews'];
export const HEARD_MUSIC_NOUNS: readonly string[] = [
  'score', 'number', 'numbers', 'performance', 'performances', 'piece', 'accompaniment', 'theme',
  'interlude', 'cue', 'cues', 'sting', 'background', 'backdrop', 'soundtrack', 'rhythm', 'chord', 'chords', 'phrase',
];

/**
 * Nouns that turn the sound word before them into a thing or a format, nothing heard: "a music video" (a genre),
 * "a sound system", "audio equipment", "musical notes" floating on screen, "voice assistants", "a music room"; also
 * before "of" and the sound word ("a sheet of music"); "a buzz cut" is a haircut.
 */
export const THING_HEADS: readonly string[] = [
  'video', 'videos', 'clip', 'clips', 'system', 'systems', 'barrier', 'equipment', 'gear', 'mixer', 'mixers', 'engineering',
  'engineer', 'engineers', 'interface', 'tape', 'tapes', 'cassette', 'player', 'players', 'desk', 'console', 'jack', 'cable',
  'wave', 'waves', 'note', 'notes', 'notation', 'sheet', 'sheets', 'stand', 'bubble', 'bubbles', 'assistant', 'assistants',
  'recognition', 'logo', 'icon', 'poster', 'posters', 'room', 'rooms', 'studio', 'studios', 'store', 'stores', 'shop', 'shops',
  'producer', 'producers', 'industry', 'cut',
];

/**
 * Before "noise" these make it the grain of a picture, not a sound ("film noise", "glitch noise", "ISO noise"); before
 * "tune", the picture's grading ("animation colour tune", "golden colors tune").
 */
export const VISUAL_NOISE_LEADS: readonly string[] = [
  'film', 'glitch', 'fractal', 'perlin', 'digital', 'image', 'visual', 'sensor', 'iso', 'grain', 'color', 'colour',
  'colors', 'colours', 'luminance', 'chroma', 'jpeg', 'compression', 'video', 'gaussian', 'simplex', 'pixel', 'vhs',
];
export const NOISE_WORDS: readonly string[] = ['noise', 'noises', 'tune'];

/**
 * Sound words that are also nouns for things seen or felt ("the rough bark" of a tree, "Christmas cheer", a tick on a
 * dog, "chat bots"): a sound as a verb ("the crowd cheer", "the clock ticks", "neighbours chat") or after an animal
 * that makes it.
 */
export const VERB_ONLY_WORDS: readonly string[] = ['bark', 'barks', 'cheer', 'tick', 'ticks', 'ticked', 'chat', 'chats'];
export const BARKING_ANIMALS: readonly string[] = [
  'dog', 'dogs', 'puppy', 'puppies', 'pup', 'pups', 'hound', 'hounds', 'fox', 'foxes', 'seal', 'seals', 'wolf', 'wolves',
  'coyote', 'coyotes', 'sea lion', 'terrier', 'terriers', 'retriever', 'shepherd', 'husky', 'corgi', 'chihuahua', 'poodle',
];

/** Crying is heard, unless what is shed follows: "crying blood", "she cries black tears" (an image, no sob). */
export const CRY_WORDS: readonly string[] = ['cry', 'cries', 'cried', 'crying'];
export const SHED_OBJECTS: readonly string[] = ['tear', 'tears', 'blood', 'ink', 'oil', 'gold', 'diamonds', 'rain', 'stars', 'petals'];

/**
 * Titles whose domain is named by a sound word after "of": "the god of thunder", "the queen of music" is a name, nothing
 * heard.
 */
export const EPITHET_HEADS: readonly string[] = [
  'god', 'gods', 'goddess', 'goddesses', 'lord', 'lords', 'king', 'kings', 'queen', 'queens', 'deity', 'spirit',
  'spirits', 'prince', 'princess', 'master', 'emperor',
];

/** Playing an instrument is music: one of these verbs with an instrument or a band. */
export const PLAYING_VERBS: readonly string[] = [
  'play', 'plays', 'playing', 'played', 'perform', 'performs', 'performing', 'performed', 'strum', 'strums', 'strumming',
  'pluck', 'plucks', 'plucking', 'blow', 'blows', 'blowing', 'beat', 'beats', 'beating',
];
/**
 * A DJ's playing, music only with a performer just before ("a DJ spinning records", "the DJ mixes", "alien dj
 * scratching vinyl"): alone they are motion or work ("a record spinning", "mixing paint").
 */
export const PERFORMER_VERBS: readonly string[] = [
  'spin', 'spins', 'spinning', 'mix', 'mixes', 'mixing', 'scratch', 'scratches', 'scratching', 'rehearse', 'rehearses',
  'rehearsing', 'rehearsed', 'jam', 'jams', 'jamming',
];
export const INSTRUMENTS: readonly string[] = [
  'instrument', 'instruments', 'violin', 'violins', 'fiddle', 'viola', 'cello', 'cellos', 'double bass', 'bass', 'guitar',
  'guitars', 'piano', 'pianos', 'keyboard', 'keyboards', 'organ', 'harp', 'harps', 'flute', 'flutes', 'clarinet',
  'oboe', 'bassoon', 'saxophone', 'sax', 'trumpet', 'trumpets', 'trombone', 'tuba', 'horn', 'french horn', 'bugle',
  'harmonica', 'accordion', 'bagpipes', 'banjo', 'ukulele', 'mandolin', 'sitar', 'lute', 'lyre', 'drum', 'drums',
  'drum kit', 'bongos', 'tambourine', 'xylophone', 'marimba', 'cymbals', 'synth', 'synthesizer', 'didgeridoo', 'erhu',
  'guzheng', 'koto', 'shamisen', 'pipa', 'kalimba', 'recorder', 'melodica', 'triangle', 'gong', 'chords', 'tune',
  'tunes', 'anthem', 'song', 'songs', 'music', 'concert', 'solo', 'duet', 'records', 'vinyl', 'vinyls', 'turntable',
  'turntables',
];
/** Who makes music: "a band playing", "the choir performs". */
export const PERFORMERS: readonly string[] = [
  'band', 'bands', 'orchestra', 'orchestras', 'choir', 'choirs', 'quartet', 'trio', 'ensemble', 'musician', 'musicians',
  'guitarist', 'guitarists', 'pianist', 'violinist', 'cellist', 'drummer', 'drummers', 'trumpeter', 'saxophonist',
  'fiddler', 'busker', 'buskers', 'dj', 'rapper', 'singer', 'singers', 'organist', 'harpist', 'flautist', 'mariachi',
];

/**
 * Performances heard by nature, and the groups that exist to give them: "a rap battle", "a drum solo", "at a rock
 * concert", "a choir". Read in the prompt's words, so that a place holding one ("at a concert") leaves it heard; before
 * another noun they name a kind of thing ("a concert hall", "a karaoke bar", "choir robes").
 */
export const HEARD_EVENTS: readonly string[] = [
  'concert', 'concerts', 'recital', 'recitals', 'rap battle', 'rap battles', 'drum solo', 'drum solos', 'guitar solo',
  'guitar solos', 'jam session', 'jam sessions', 'karaoke', 'choir', 'choirs',
];

/**
 * Sound verbs that also say a place is full of something ("the air buzzes with energy", "the city hums with
 * activity", "crackling with tension"): heard only when what follows "with" can be heard.
 */
export const FULL_OF_VERBS: readonly string[] = ['buzz', 'hum', 'crackle', 'echo', 'resonate', 'ring', 'rumble', 'thrum'];
/** What a place buzzes or hums with that no one hears: a force, a feeling, a quality ("buzzes with life", "hums with anticipation"). */
export const UNHEARD_FILLS: readonly string[] = [
  'energy', 'life', 'heat', 'magic', 'power', 'activity', 'anticipation', 'tension', 'excitement', 'electricity', 'emotion',
  'possibility', 'possibilities', 'promise', 'potential', 'wonder', 'mystery', 'history', 'vitality', 'intensity', 'joy',
  'passion', 'purpose', 'hope', 'wisdom', 'enchantment', 'expectation', 'suspense', 'menace', 'danger', 'creativity',
];

/**
 * A quoted run after one of these is written or excluded, not spoken: a negative prompt
 * (`-neg "blurry"`), a name or title (`named "Gus"`, `Title: "Dawn"`), text on a thing
 * (`a logo with text "Aspen"`).
 */
export const UNSPOKEN_QUOTE_LEADS: readonly string[] = [
  'neg', 'negative', 'negative_prompt', 'avoid', 'exclude', 'named', 'called', 'titled', 'entitled', 'title', 'labeled',
  'labelled', 'label', 'text', 'phrase', 'logo', 'acronym', 'written', 'wrriten', 'slogan', 'caption', 'brand', 'font',
  'message', 'film', 'movie', 'song', 'book', 'show', 'series', 'album', 'word', 'letters', 'lettering', 'inscription',
];

/**
 * Field names whose value is what is heard ("Audio: a clock ticking", `"sfx": "waves crashing"`):
 * a verb there makes a sound, not a movement in the picture.
 */
export const SOUND_FIELDS: readonly string[] = ['audio', 'sound', 'sounds', 'sfx', 'music', 'ambient', 'ambience', 'ambiance', 'soundtrack', 'soundscape'];
