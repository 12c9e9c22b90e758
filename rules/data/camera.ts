import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Camera vocabulary: what a director of photography would write on a shot list. */
export default {
  shot: ['close-up', 'closeup', 'extreme close-up', 'medium shot', 'wide shot', 'establishing shot', 'tracking shot', 'follow shot', 'over-the-shoulder shot', 'point of view', 'pov', 'two-shot', 'full shot', 'long shot', 'aerial shot', 'drone shot', 'insert shot', 'macro shot'],
  movement: ['pan', 'tilt', 'dolly', 'dolly in', 'dolly out', 'truck', 'crane shot', 'handheld', 'steadicam', 'tracking', 'zoom in', 'zoom out', 'push in', 'pull back', 'orbit', 'whip pan', 'dolly zoom', 'camera moves', 'camera follows'],
  angle: ['low-angle', 'high-angle', "bird's-eye view", "worm's-eye view", 'dutch angle', 'overhead', 'top-down', 'eye level', 'aerial view', 'drone view'],
  lens: ['wide-angle lens', 'telephoto', 'anamorphic', '35mm', '50mm', '85mm', 'fisheye', 'macro lens', 'shallow depth of field', 'depth of field', 'bokeh', 'rack focus', 'focus pull'],
} satisfies LexiconData;
