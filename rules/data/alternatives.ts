/**
 * Concrete alternatives by dimension, offered in suggestions and rewrite placeholders as
 * examples ("e.g. …"). They are never applied automatically: the user picks what fits the shot.
 */
export default {
  lightDirection: ['backlight from the left', 'side light through a window', 'top light from a skylight', 'rim light behind the subject'],
  lightQuality: ['golden hour backlight', 'overcast diffused daylight', 'single practical lamp source', 'hard noon sun', 'soft window light', 'neon signs reflecting on wet pavement'],
  colour: ['muted desaturated tones', 'warm amber and teal palette', 'high-contrast black and white', 'pastel colours', 'deep saturated reds'],
  shotType: ['close-up', 'medium shot', 'wide establishing shot', 'over-the-shoulder shot', 'extreme close-up'],
  movement: ['slow dolly in', 'handheld follow shot', 'static tripod shot', 'slow pan left', 'crane up', 'orbit around the subject'],
  lens: ['35mm lens', '85mm lens, shallow depth of field', 'wide-angle lens', 'anamorphic lens', 'macro lens'],
  angle: ['low-angle shot', 'high-angle shot', 'eye-level shot', 'overhead top-down shot'],
  setting: ['a narrow Paris alley at 11pm', 'a rain-soaked cobblestone street', 'a sunlit wheat field', 'a cluttered kitchen at dawn'],
  timeOfDay: ['at dawn', 'at dusk', 'at noon', 'at night'],
  weather: ['light rain', 'morning fog', 'falling snow', 'clear sky'],
  // Any thing, person or picture: the fallback when the praised noun is unknown ("elegant frames", "a cute video").
  appearance: ['soft-edged, pastel-coloured', 'round amber eyes and fluffy grey fur', 'a long black silk gown', 'polished brass and dark walnut panels'],
  // Written to stand before a noun, where the praise word stood: "a [appearance: …] woman".
  person: ['freckled, red-haired', 'grey-bearded, weathered', 'tall, broad-shouldered'],
  animal: ['shaggy, grey-muzzled', 'sleek black-furred', 'spotted, long-legged'],
  creature: ['glowing-eyed, long-limbed', 'small, round-eyed', 'towering, moss-green'],
  tree: ['gnarled, moss-covered', 'tall, leafless', 'wind-bent'],
  flower: ['half-open, dew-covered', 'wilting', 'deep red'],
  food: ['golden-brown, glistening', 'steaming, freshly sliced', 'charred at the edges'],
  object: ['weathered, chipped', 'polished', 'dented and scratched'],
  material: ['brushed steel', 'weathered oak', 'hand-painted porcelain'],
  hue: ['deep green', 'faded red', 'matte black'],
  placeLight: ['sunlit', 'moonlit', 'fog-bound'],
  placeDetail: ['empty, windswept', 'crowded, rain-soaked', 'overgrown'],
  // Written to stand after a verb, where an adverb of manner stood: "glides [manner: …] across the lake".
  manner: ['slowly, in long smooth arcs', 'with small precise steps', 'in one quick fluid motion'],
  posture: ['upright and still, head raised', 'leaning back on one elbow', 'with a straight back, legs crossed'],
  // Written to stand before an event noun: "a [motion: …] ascent", "a [motion: …] battle".
  event: ['slow, sweeping', 'fast, close-quarters', 'two-second, head-high'],
  action: ['walking briskly', 'slowly turning toward the camera', 'running', 'pouring coffee'],
  audio: ['distant traffic hum', 'footsteps on gravel', 'soft rain on a window', 'a quiet line of dialogue'],
} satisfies Readonly<Record<string, readonly string[]>>;

/** How suggestions name each dimension: `what` in a description, `tag` in a `[placeholder]`. */
export const LABELS: Readonly<Record<string, { what: string; tag: string }>> = {
  lightDirection: { what: 'the direction of the light', tag: 'light direction' },
  lightQuality: { what: 'the light the camera sees', tag: 'lighting' },
  colour: { what: 'the colours the camera sees', tag: 'colour' },
  shotType: { what: 'a shot size', tag: 'shot' },
  movement: { what: 'a camera movement', tag: 'camera movement' },
  lens: { what: 'a lens', tag: 'lens' },
  angle: { what: 'a camera angle', tag: 'camera angle' },
  setting: { what: 'a specific place', tag: 'setting' },
  timeOfDay: { what: 'a time of day', tag: 'time of day' },
  weather: { what: 'the weather', tag: 'weather' },
  appearance: { what: 'what the camera sees of it', tag: 'appearance' },
  person: { what: 'what the camera sees of the person', tag: 'appearance' },
  animal: { what: 'what the camera sees of the animal', tag: 'appearance' },
  creature: { what: 'what the camera sees of the creature', tag: 'appearance' },
  tree: { what: 'what the camera sees of the tree', tag: 'appearance' },
  flower: { what: 'what the camera sees of the flower', tag: 'appearance' },
  food: { what: 'what the camera sees of the food', tag: 'appearance' },
  object: { what: 'what the camera sees of it (shape, wear, finish)', tag: 'appearance' },
  material: { what: 'what it is made of', tag: 'material' },
  hue: { what: 'its colour', tag: 'colour' },
  placeLight: { what: 'the light on the place', tag: 'lighting' },
  placeDetail: { what: 'what the place looks like', tag: 'setting' },
  manner: { what: 'how it moves (speed, rhythm, path)', tag: 'manner' },
  posture: { what: 'the pose the camera sees', tag: 'posture' },
  event: { what: 'how it moves (speed, distance, what moves)', tag: 'motion' },
  action: { what: 'an action', tag: 'action' },
  audio: { what: 'a sound', tag: 'audio' },
};
