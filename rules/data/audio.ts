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
    'voice-over', 'voice', 'voices', 'dialogue', 'dialog', 'monologue', 'lip sync', 'lip-sync',
  ],
  effect: [
    'sound of', 'sound effect', 'sound effects', 'sfx', 'footsteps', 'thunder', 'thunderclap', 'crackle', 'crackling',
    'rumble', 'rumbling', 'roar', 'roars', 'roaring', 'echo', 'echoes', 'echoing', 'buzz', 'buzzing', 'chirp',
    'chirping', 'chirps', 'rustle', 'rustling', 'creak', 'creaking', 'clink', 'clinking', 'clatter', 'thud', 'whoosh',
    'whistle', 'whistling', 'ticking', 'siren', 'sirens', 'applause', 'cheering', 'cheers', 'gunshot', 'gunshots',
    'honk', 'honking', 'bark', 'barking', 'meow', 'howl', 'howling', 'growl', 'growling', 'hiss', 'hissing', 'sizzle',
    'sizzling', 'splashing sound', 'chime', 'chimes', 'knock', 'knocking', 'ringing', 'beep', 'beeping', 'click',
    'clicking', 'drip', 'dripping', 'patter', 'pattering', 'crunch', 'crunching', 'caw', 'cawing', 'squeak',
    'squeaking', 'thump', 'thumping', 'rattle', 'rattling', 'slam', 'slams', 'clang', 'clanging', 'purr', 'purring',
  ],
  ambience: [
    'ambience', 'ambiance', 'ambient sound', 'ambient noise', 'ambient audio', 'background noise', 'room tone',
    'birdsong', 'music', 'musical', 'soundtrack', 'melody', 'song', 'tune', 'orchestra', 'orchestral', 'piano music',
    'drumbeat', 'drums', 'chatter', 'crowd noise', 'silence', 'audio', 'sound', 'sounds',
    'noise', 'noises', 'acoustic', 'soundscape',
  ],
} satisfies LexiconData;
