/**
 * What an unfilled template slot looks like inside `[…]`. Curly and angle brackets around a name
 * (`{subject}`, `<location>`) are slots already; square brackets are also used for labels
 * ("[Verse]", "[Shot 1]") and for filled-in values ("[blue fire]"), so a square bracket counts as
 * a slot only when it names a slot or asks to be filled.
 */

/** Generic names of template slots. */
export const SLOT_WORDS: readonly string[] = [
  'product', 'subject', 'character', 'characters', 'location', 'place', 'setting', 'brand', 'name', 'object',
  'color', 'colour', 'style', 'action', 'animal', 'item', 'texture', 'material', 'time of day', 'weather', 'mood',
  'camera movement', 'camera move', 'lighting', 'environment', 'person', 'company', 'logo', 'slogan', 'tagline',
  'feature', 'benefit', 'outfit', 'wardrobe', 'emotion', 'activity', 'era', 'genre', 'city', 'country', 'season',
  'prop', 'vehicle', 'food', 'dish', 'drink', 'landmark', 'keyword', 'topic', 'theme', 'description', 'adjective',
  'noun', 'verb', 'x', 'y', 'xxx', 'tbd', 'todo', 'placeholder', 'blank',
];

/** Words that ask for something to be filled in: "[insert product]", "[your brand]". */
export const FILL_MARKERS: readonly string[] = [
  'insert', 'your', 'add', 'describe', 'enter', 'choose', 'specify', 'fill', 'replace', 'type', 'pick', 'select', 'put',
];

/**
 * Labels of a slot written as `[label: hint, e.g. example]`, the form shotlint's own rewrite and
 * templates use: such a bracket is a slot whatever its length.
 */
export const SLOT_LABELS: readonly string[] = [
  'subject', 'subject and action', 'action', 'motion', 'environment', 'setting', 'location', 'camera', 'lighting', 'light',
  'audio', 'sound', 'style', 'product', 'character', 'time of day', 'weather', 'mood', 'colour', 'color', 'lens', 'shot',
];

/**
 * What makes the text after a slot's label a hint rather than a value: an example offered
 * ("e.g. golden hour"), or a question word opening it ("who or what the shot is about"). A
 * labelled bracket filled with a value ("[Camera: slow dolly in]") is content.
 */
export const EXAMPLE_MARKERS: readonly string[] = ['e.g.', 'eg.', 'e.g', 'for example', 'such as', 'for instance'];
export const QUESTION_WORDS: readonly string[] = ['who', 'what', 'where', 'when', 'which', 'how', 'whose'];
/** Words a hint that only names what to fill holds besides slot names ("place and time", "type of shot"). */
export const HINT_WORDS: readonly string[] = ['and', 'of', 'the', 'a', 'an', 'here', 'time', 'type', 'kind', 'details', 'value', 'shot', 'movement'];
