import type { LexiconData } from '../../src/analysis/lexicon.js';

/** Where and when: places, settings, surfaces, time of day and weather. */
export default {
  place: ['street', 'city', 'forest', 'beach', 'desert', 'mountain', 'kitchen', 'room', 'alley', 'field', 'ocean', 'river', 'park', 'market', 'studio'],
  surface: ['cobblestone', 'pavement', 'sand', 'snow', 'grass', 'floor', 'table'],
  time: ['dawn', 'dusk', 'sunset', 'sunrise', 'night', 'midnight', 'morning', 'afternoon', 'evening', 'twilight'],
  weather: ['rain', 'rain-soaked', 'fog', 'mist', 'storm', 'snowfall', 'wind'],
} satisfies LexiconData;
