/**
 * Nouns that name the medium or the frame rather than what is in it ("video of a city", "a shot
 * of", "the camera"): they are not a subject. Used by the score, the rewrite and `compare`.
 */
export default [
  'video',
  'clip',
  'footage',
  'scene',
  'shot',
  'image',
  'picture',
  'photo',
  'photograph',
  'frame',
  'view',
  'camera',
  'sequence',
  'animation',
  'render',
  'visual',
  'content',
  'quality',
  'style',
  'background',
  'foreground',
  'thing',
  'stuff',
  'something',
  'moment',
] as const satisfies readonly string[];
