import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Light: its source, quality, direction and colour temperature, as a gaffer would say it.
 * Inflections come from lemma matching ("glowing", "lamps"). Words that often mean something
 * else ("light blue", "a sun hat", "neon green") are in MODIFIER_SENSITIVE and COLOUR_SENSITIVE.
 * A light word that starts a longer phrase of another category is listed with that phrase too
 * ("sunny day" is also a time of day): a match inside a longer one is dropped.
 */
export default {
  source: [
    'light', 'lights', 'lighting', 'sunlight', 'sunshine', 'sun', 'the sun', 'sunbeam', 'sunbeams', 'sun rays', 'rays of sun',
    'rays of light', 'light rays', 'light beam', 'beam of light', 'beams of light', 'shaft of light', 'shafts of light',
    'light shafts', 'god rays', 'crepuscular rays', 'daylight', 'natural light', 'available light', 'ambient light',
    'moonlight', 'moonbeam', 'moonbeams', 'under the moon', 'under a full moon', 'under the full moon', 'under a bright moon',
    // The moon in the night sky, by its phase or brightness or where it hangs ("a rocket to the moon" is a body in space)
    'full moon', 'crescent moon', 'half moon', 'blood moon', 'harvest moon', 'bright moon', 'moonrise', 'rising moon', 'moon rises',
    'moon rising', 'moon hangs', 'moon hanging', 'moon shines', 'moon shining', 'moon in the sky', 'moon in the night sky',
    'starlight', 'skylight', 'window light', 'light through the window',
    'light from the window', 'lamplight', 'lamp', 'lamps', 'table lamp', 'desk lamp', 'floor lamp', 'oil lamp',
    'paper lantern', 'lantern', 'lanterns', 'streetlight', 'streetlights', 'street light', 'street lights', 'streetlamp',
    'streetlamps', 'street lamp', 'lamppost', 'lamp post', 'sodium vapor', 'sodium-vapor', 'sodium light', 'neon',
    'neon sign', 'neon signs', 'neon lights', 'neon glow', 'led strip', 'led strips', 'led lights',
    'fluorescent', 'fluorescent light', 'fluorescent tubes', 'tungsten', 'tungsten light', 'incandescent', 'halogen',
    'candle', 'candles', 'candlelight', 'candlelit', 'candle-lit', 'candle flame', 'firelight', 'fire light', 'campfire',
    'bonfire', 'fireplace glow', 'torchlight', 'torch light', 'flashlight', 'flashlights', 'torch beam', 'headlight',
    'headlights', 'headlamp', 'headlamps', 'taillight', 'taillights', 'tail lights', 'brake lights', 'police lights', 'siren lights', 'emergency lights',
    'spotlight', 'spotlights', 'searchlight', 'floodlight', 'floodlights', 'stadium lights', 'stage lights', 'stage lighting',
    'footlights', 'follow spot', 'string lights', 'fairy lights', 'christmas lights', 'holiday lights', 'city lights',
    'light bulb', 'lightbulb', 'bare bulb', 'bulbs', 'chandelier', 'sconce', 'practical light',
    'practical lights', 'practical lamp', 'practicals', 'screen glow', 'screen light', 'monitor glow', 'tv glow',
    'glow of the screen', 'phone screen light', 'bioluminescence', 'bioluminescent', 'aurora', 'northern lights',
    'aurora borealis', 'lightning', 'lightning flash', 'muzzle flash', 'camera flash', 'flash photography', 'strobe',
    'strobes', 'strobe light', 'strobe lights', 'blacklight', 'uv light', 'laser', 'lasers', 'laser beams', 'glowstick',
    'embers', 'glowing embers', 'lava glow', 'light source', 'light sources', 'key light', 'fill light', 'rim light',
    'hair light', 'back light', 'backlight', 'top light', 'side light', 'sidelight', 'underlight',
    'practical source', 'softbox', 'ring light', 'ringlight', 'beauty dish', 'bounce light', 'bounced light',
    'reflected light', 'light reflecting', 'reflections of light', 'light and shadow', 'light and shade',
  ],
  quality: [
    'golden hour', 'golden-hour', 'magic hour', 'blue hour', 'golden light', 'golden sunlight', 'soft light', 'hard light', 'harsh light', 'diffused light', 'diffuse light', 'diffused',
    // Diffusion alone is mostly ink or tea spreading in water, or "stable diffusion"
    'light diffusion', 'soft diffusion', 'diffusion filter',
    'dappled light', 'dappled sunlight', 'dappled', 'sun-dappled', 'bright light', 'dim light', 'low light', 'low-light',
    'dim', 'dimly lit', 'dimly-lit', 'poorly lit', 'brightly lit', 'well-lit', 'well lit', 'softly lit', 'harshly lit',
    'evenly lit', 'lit by', 'lit from', 'lit up', 'lit only by', 'lights up', 'light up', 'illuminated', 'illuminating',
    'illuminates', 'illumination', 'illuminate', 'glow', 'glowing', 'glows', 'afterglow', 'luminous', 'luminescent',
    'radiant light', 'shimmering light', 'flickering light', 'flickering', 'flicker', 'flickers', 'twinkling lights',
    'gleam', 'gleaming', 'glint', 'glinting', 'glare', 'sparkling light', 'specular highlights', 'highlights and shadows', 'lit',
    'sunlit', 'sun-lit', 'sun-drenched', 'sun drenched', 'sunny', 'sunny day', 'overcast day', 'sun-kissed', 'sunbathed', 'moonlit', 'moon-lit',
    'starlit', 'lamplit', 'firelit', 'torchlit', 'neon-lit', 'neon-soaked', 'backlit', 'back-lit', 'side-lit', 'sidelit',
    'top-lit', 'toplit', 'underlit', 'front-lit', 'rim-lit', 'spotlit', 'overcast', 'overcast light', 'cloudy light',
    'flat light', 'even light', 'high-key', 'high key', 'low-key', 'low key lighting', 'chiaroscuro', 'rembrandt lighting',
    'butterfly lighting', 'split lighting', 'loop lighting', 'three-point lighting', 'cinematic lighting',
    'dramatic lighting', 'moody lighting', 'studio lighting', 'natural lighting', 'volumetric light', 'volumetric lighting',
    'volumetric fog', 'volumetric', 'light fog', 'haze and light', 'hazy light', 'misty light', 'atmospheric haze',
    'lens flare', 'light leaks', 'light leak', 'halation', 'silhouette', 'silhouettes', 'silhouetted',
    'shadow', 'shadows', 'shadowy', 'long shadows', 'deep shadows', 'soft shadows', 'hard shadows', 'harsh shadows',
    'cast shadows', 'casting shadows', 'in the shade', 'in shadow', 'darkness', 'in the dark', 'pitch black',
    'pitch-black', 'pitch dark', 'semi-darkness', 'half-light', 'twilight glow', 'gloom', 'gloomy',
    'high contrast', 'high-contrast', 'low contrast', 'low-contrast', 'contrasty', 'overexposed',
    'underexposed', 'blown-out highlights', 'noir lighting', 'neon-noir', 'candlelit dinner', 'bathed in light',
    'bathed in', 'light pours', 'light streams', 'light streaming', 'streaming light', 'light filters', 'light filtering',
    'filtered light', 'light spills', 'pool of light', 'pools of light', 'sunset glow', 'sunrise glow', 'sunset light',
    'sunrise light', 'morning light', 'morning sun', 'afternoon light', 'afternoon sun', 'evening light', 'midday sun',
    'noon sun', 'midday light', 'late afternoon light', 'setting sun', 'rising sun', 'low sun', 'low winter sun',
    'sunset', 'sunrise', 'sundown', 'dawn', 'dusk', 'daybreak', 'first light', 'twilight', 'firefly', 'fireflies',
    'sun set', 'sun rise',
    'fireworks', 'firework', 'lighthouse beam', 'beacon',
  ],
  direction: [
    'backlight', 'backlighting', 'backlit', 'rim light', 'rim lighting', 'edge light', 'side light', 'side lighting',
    'sidelighting', 'cross light', 'crosslight', 'key light', 'top light', 'top lighting', 'overhead light',
    'overhead lights', 'overhead lighting', 'underlighting', 'uplighting', 'uplight', 'downlight', 'front light',
    'front lighting', 'light from above', 'light from below', 'light from behind', 'light from the left',
    'light from the right', 'contre-jour', 'against the light', 'into the sun',
    'sun behind', 'sun flare', 'sunflare', 'motivated light', 'motivated lighting', 'single source', 'single light source',
    'light falloff', 'falloff',
  ],
  temperature: [
    // Warm and cool name the light's colour, as a glow's: "warm lighting", "cold light".
    'warm light', 'cool light', 'cold light',
    'warm tones', 'cool tones', 'warm glow', 'cool glow', 'warm amber', 'amber light', 'amber glow', 'orange glow',
    'red glow', 'blue glow', 'green glow', 'purple glow', 'pink glow', 'teal glow', 'warm white', 'cool white',
    'daylight balanced', 'daylight-balanced', 'tungsten-balanced', 'color temperature', 'colour temperature',
    '3200k', '5600k', '2700k', '4000k', '6500k', 'kelvin', 'warm hue', 'cold blue light', 'blue light', 'red light',
    'green light', 'orange light', 'purple light', 'pink light', 'magenta light', 'cyan light', 'teal light',
    'neon blue', 'neon pink', 'neon purple', 'neon red', 'neon green light', 'colored lights', 'coloured lights',
    'colored lighting', 'coloured lighting', 'rgb lighting', 'colored gels', 'coloured gels',
  ],
} satisfies LexiconData;

/**
 * Words that are light only as a head noun: followed directly by a noun or adjective they
 * modify something else ("light blue shirt", "light rain", "a sun hat", "lamp post" is listed).
 */
export const MODIFIER_SENSITIVE: readonly string[] = [
  'light', 'lights', 'lit', 'sun', 'the sun', 'lamp', 'lamps', 'candle', 'candles', 'laser', 'lasers', 'shadow', 'shadows',
  'strobe', 'flicker', 'glare', 'gleam', 'bulbs', 'lantern', 'lanterns', 'spotlight', 'torch', 'aurora',
];

/** Phrases of light that describe a noun right after them: "a crescent moon pendant", "a full moon party". */
export const PHRASES_BEFORE_NOUNS: readonly string[] = ['full moon', 'crescent moon', 'half moon', 'blood moon', 'harvest moon', 'bright moon'];

/** Light words that are a colour before a colour word ("neon green", "neon pink hair"). */
export const COLOUR_SENSITIVE: readonly string[] = ['neon', 'glowing', 'luminous'];

/**
 * Light words that are a colour or a look before a garment, a body part, a being or a style word
 * ("a neon outfit", "neon teeth", "a neon duck", "neon style"); before a place they still light
 * it ("a neon street").
 */
export const COLOUR_BEFORE_THINGS: readonly string[] = ['neon'];

/** Style words a colour light word can describe ("neon style", "neon art"). */
export const LOOK_WORDS: readonly string[] = ['style', 'styles', 'styled', 'art', 'artwork', 'aesthetic', 'lineart', 'look', 'design', 'theme'];

/**
 * Light words that, standing alone as a tag ("…, grainy, flicker, old film", "add flicker"), name
 * the film's flicker, an artefact, not a light in the scene ("lights flicker" still lights it).
 */
export const ARTEFACT_TAGS: readonly string[] = ['flicker', 'flickers', 'flickering'];

/** Words before such a tag that add it or name the medium: "add flicker", "film flicker". */
export const ARTEFACT_LEADS: readonly string[] = ['add', 'film', 'vhs', 'analog', 'analogue'];

/** Words that are a colour, not a light, before a colour word ("neon green", "bright pink"). */
export const COLOURS: readonly string[] = [
  'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'violet', 'pink', 'magenta', 'cyan', 'teal', 'turquoise', 'white',
  'black', 'grey', 'gray', 'brown', 'beige', 'gold', 'golden', 'silver', 'amber', 'indigo', 'lilac', 'lavender', 'navy',
  'olive', 'maroon', 'crimson', 'scarlet', 'coral', 'peach', 'mint', 'aqua', 'tan', 'cream', 'ivory', 'khaki', 'colored',
  'coloured', 'colors', 'colours', 'color', 'colour', 'hues', 'tones', 'colorful', 'colourful',
];

/**
 * Words whose noun reading is a place or weather, not light: "light rain", "light snow", "light
 * breeze"; and lightning misspelt ("a lighting storm", "lighting bolts").
 */
export const NOT_LIGHT_AFTER: readonly string[] = [
  'storm', 'storms', 'bolt', 'bolts', 'thunder', 'rain', 'drizzle', 'snow', 'snowfall', 'breeze', 'wind', 'mist', 'fog', 'shower', 'showers', 'jacket', 'dress', 'fabric',
  'footsteps', 'steps', 'touch', 'weight', 'years', 'year', 'speed', 'saber', 'sabers', 'sword', 'swords', 'house',
  'houses', 'switch', 'socket', 'fixture', 'fixtures', 'bulb', 'post', 'pole', 'poles', 'cycle', 'cycles', 'aircraft',
];

/**
 * Words before "light" that make it a signal one looks at, not a light on the scene ("a traffic
 * light on the left of a fire hydrant", "waiting at the stop lights").
 */
export const SIGNAL_LIGHT_MODIFIERS: readonly string[] = ['traffic', 'stop'];

/**
 * Buildings and vessels that carry a lamp. Named alone they are things in the shot ("a
 * lighthouse on a cliff"); in a prompt that also names a beam, the beam is their light ("the
 * lighthouse …, sweeping its beam across the waves").
 */
export const BEAM_BEARERS: readonly string[] = ['lighthouse', 'lightship', 'watchtower'];

/** Measures of which light is only the unit: "the speed of light" names no light in the shot. */
export const NOT_LIGHT_BEFORE_OF: readonly string[] = ['speed', 'speeds', 'velocity'];

/** Words in a `[placeholder]` that stand for the lighting ("[lighting]", "[light source]"). */
export const PLACEHOLDER_HINTS: readonly string[] = ['light', 'lighting', 'illumination', 'lights'];
