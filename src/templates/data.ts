/**
 * The built-in templates, as data. Each follows the formula — subject and action, environment,
 * camera, lighting — and stays well under 80 words once filled.
 */
export default [
  {
    name: 'product',
    description: 'Product showcase: one product, one slow movement, clean surface and controlled light (6–10 s).',
    text: '[product] [product-motion] on [surface] in [setting], [camera], [lighting], [background].',
    placeholders: [
      { name: 'product', description: 'The product, with its colour and material', example: 'a matte black ceramic coffee mug' },
      { name: 'product-motion', description: 'How the product or something on it moves', example: 'slowly rotating with steam rising from it' },
      { name: 'surface', description: 'What it stands on', example: 'a worn oak table' },
      { name: 'setting', description: 'Where, and when', example: 'a quiet kitchen at dawn' },
      { name: 'camera', description: 'Shot type and movement or lens', example: 'slow dolly in, close-up, 85mm lens' },
      { name: 'lighting', description: 'Light source, quality and direction', example: 'soft window light from the left' },
      { name: 'background', description: 'What stays behind the product', example: 'blurred shelves of jars in the background' },
    ],
  },
  {
    name: 'establishing',
    description: 'Establishing shot: a place at a time of day, one thing moving in it, a wide camera move (6–10 s).',
    text: '[place] at [time], [movement-in-scene], [camera], [lighting], [weather].',
    placeholders: [
      { name: 'place', description: 'The place, as the camera would see it', example: 'a fishing village on a rocky coast' },
      { name: 'time', description: 'Time of day', example: 'dawn' },
      { name: 'movement-in-scene', description: 'What moves in the place', example: 'boats slowly leaving the harbour' },
      { name: 'camera', description: 'A wide shot and its movement', example: 'wide aerial shot slowly pushing in' },
      { name: 'lighting', description: 'Light source, quality and direction', example: 'golden hour backlight' },
      { name: 'weather', description: 'Weather or air', example: 'thin morning mist over the water' },
    ],
  },
  {
    name: 'character',
    description: 'Character: one person or creature doing one thing in one place (3–10 s).',
    text: '[character] [action] [setting], [camera], [lighting].',
    placeholders: [
      { name: 'character', description: 'Who, with one or two visible details', example: 'a woman in a red coat' },
      { name: 'action', description: 'One action, with its speed or direction', example: 'walking briskly toward the camera' },
      { name: 'setting', description: 'Where, and when, with its preposition', example: 'along a rain-soaked cobblestone street at dusk' },
      { name: 'camera', description: 'Shot type and movement', example: 'handheld close follow shot, shallow depth of field' },
      { name: 'lighting', description: 'Light source, quality and direction', example: 'warm streetlamp glow' },
    ],
  },
  {
    name: 'abstract-motion',
    description: 'Abstract motion: a material or shape in motion, for loops and backgrounds (3–5 s).',
    text: '[material] [motion] against [backdrop], [camera], [lighting], [palette].',
    placeholders: [
      { name: 'material', description: 'What moves, and what it is made of', example: 'a ribbon of liquid gold' },
      { name: 'motion', description: 'How it moves', example: 'slowly twisting and folding over itself' },
      { name: 'backdrop', description: 'What is behind them', example: 'a white studio backdrop' },
      { name: 'camera', description: 'Shot type, movement or lens', example: 'macro lens, static shot' },
      { name: 'lighting', description: 'Light source, quality and direction', example: 'soft diffused light from above' },
      { name: 'palette', description: 'The colours', example: 'deep blue and gold tones' },
    ],
  },
  {
    name: 'dialogue',
    description: 'Dialogue: one character saying one line, for models that generate sound (5–10 s).',
    text: '[character] [action] [setting], [camera], [lighting]. [character-ref] says: "[line]" Sound: [ambience].',
    placeholders: [
      { name: 'character', description: 'Who speaks, with one or two visible details', example: 'an old fisherman in a yellow raincoat' },
      { name: 'action', description: 'What they do while speaking', example: 'leaning on a railing' },
      { name: 'setting', description: 'Where, and when, with its preposition', example: 'on a wooden pier at dusk' },
      { name: 'camera', description: 'Shot type and movement', example: 'medium close-up, slow push in' },
      { name: 'lighting', description: 'Light source, quality and direction', example: 'warm lantern light from the side' },
      { name: 'character-ref', description: 'How to refer to the speaker', example: 'He' },
      { name: 'line', description: 'The line, short enough to say in the clip', example: 'The tide waits for no one.' },
      { name: 'ambience', description: 'Background sound', example: 'waves and distant gulls' },
    ],
  },
] as const satisfies readonly {
  name: string;
  description: string;
  text: string;
  placeholders: readonly { name: string; description: string; example: string }[];
}[];
