import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Where and when: places, settings, surfaces, time of day, season and weather. Inflections come
 * from lemma matching ("streets", "forests"). Words that are often something else ("bar", "space")
 * are phrases here ("in a bar", "outer space") rather than single words.
 */
export default {
  place: [
    // Urban
    'street', 'streets', 'road', 'avenue', 'boulevard', 'alley', 'alleyway', 'lane', 'backstreet', 'side street', 'sidewalk',
    'pavement', 'crosswalk', 'intersection', 'crossroads', 'roundabout', 'highway', 'freeway', 'motorway', 'expressway',
    'overpass', 'underpass', 'tunnel', 'bridge', 'city', 'cityscape', 'downtown', 'uptown', 'town', 'village', 'hamlet',
    'suburb', 'suburbs', 'neighborhood', 'neighbourhood', 'district', 'quarter', 'old town', 'city center', 'city centre',
    'metropolis', 'megacity', 'skyline', 'skyscraper', 'skyscrapers', 'rooftop', 'rooftops', 'square', 'plaza', 'piazza',
    'courtyard', 'market', 'marketplace', 'bazaar', 'souk', 'night market', 'harbor', 'harbour', 'port', 'dock', 'docks',
    'pier', 'wharf', 'marina', 'boardwalk', 'promenade', 'waterfront', 'parking lot', 'car park', 'parking garage',
    'gas station', 'petrol station', 'train station', 'subway', 'subway station', 'metro', 'metro station', 'platform',
    'railway', 'railroad', 'train tracks', 'airport', 'runway', 'terminal', 'bus stop', 'construction site', 'factory',
    'warehouse', 'junkyard', 'scrapyard', 'slum', 'favela', 'ghetto', 'campus', 'campsite', 'camp site', 'campground', 'stadium', 'arena', 'racetrack',
    'race track', 'circuit', 'playground', 'schoolyard', 'cemetery', 'graveyard', 'churchyard', 'park', 'city park',
    'garden', 'gardens', 'backyard', 'front yard', 'yard', 'lawn', 'patio', 'terrace', 'balcony', 'porch', 'veranda',
    'driveway', 'garage', 'fire escape', 'battlefield', 'battleground', 'war zone', 'basketball court', 'tennis court',
    // Buildings and rooms
    'room', 'bedroom', 'living room', 'kitchen', 'bathroom', 'dining room', 'hallway', 'corridor', 'staircase', 'stairwell',
    'stairs', 'attic', 'basement', 'cellar', 'loft', 'apartment', 'studio apartment', 'penthouse', 'house', 'home',
    'at home', 'mansion', 'cottage', 'cabin', 'hut', 'shack', 'barn', 'farmhouse', 'farm', 'ranch', 'castle', 'palace',
    'fortress', 'tower', 'lighthouse', 'temple', 'shrine', 'church', 'cathedral', 'chapel', 'mosque', 'monastery',
    'pagoda', 'ruins', 'ruin', 'office', 'cubicle', 'conference room', 'boardroom', 'classroom', 'school', 'library',
    'museum', 'gallery', 'art gallery', 'theater', 'theatre', 'cinema', 'hall', 'halls', 'concert hall', 'ballroom', 'nightclub', 'zoo', 'aquarium',
    'dance floor', 'bar counter', 'at the bar', 'cocktail bar', 'dive bar', 'wine bar', 'sports bar', 'jazz bar', 'hotel bar', 'piano bar',
    'karaoke bar', 'rooftop bar', 'beach bar', 'hookah bar', 'in a bar', 'in the bar', 'into a bar', 'into the bar', 'at a bar',
    'behind the bar', 'at a concert', 'at the concert', 'at concerts', 'in a concert', 'in the concert', 'rock concert', 'pub', 'tavern', 'saloon', 'cafe', 'café', 'coffee shop', 'restaurant', 'diner',
    'bakery', 'shop', 'store', 'storefront', 'boutique', 'supermarket', 'grocery store', 'mall', 'shopping mall',
    'laundromat', 'hospital', 'clinic', 'operating room', 'laboratory', 'lab', 'greenhouse', 'swimming pool', 'workshop', 'garage',
    'studio', 'photo studio', 'film studio', 'recording studio', 'gym', 'locker room', 'sauna', 'spa', 'hotel',
    'hotel room', 'lobby', 'motel', 'hostel', 'inn', 'prison', 'jail', 'prison cell', 'jail cell', 'courtroom', 'bunker', 'hangar',
    'interior', 'exterior', 'indoors', 'outdoors', 'indoor', 'outdoor', 'outside', 'throne room', 'dungeon', 'facility',
    'cave', 'cavern', 'grotto', 'coal mine', 'gold mine', 'mineshaft', 'sewer', 'sewers', 'control room', 'cockpit', 'cabin interior',
    'train car', 'carriage', 'subway car', 'elevator', 'escalator', 'on deck', 'on board',
    // Burial places
    'tomb', 'tombs', 'crypt', 'mausoleum', 'catacomb', 'catacombs', 'sepulchre', 'sepulcher', 'burial chamber',
    // Nature
    'forest', 'woods', 'woodland', 'jungle', 'rainforest', 'rain forest', 'grove', 'orchard', 'vineyard', 'thicket',
    'clearing', 'meadow', 'field', 'fields', 'wheat field', 'rice field', 'rice paddy', 'paddy', 'pasture', 'prairie',
    'grassland', 'savanna', 'savannah', 'steppe', 'tundra', 'taiga', 'plains', 'valley', 'canyon', 'gorge',
    'ravine', 'cliff', 'cliffs', 'cliffside', 'cliff edge', 'hill', 'hills', 'hillside', 'hilltop', 'mountain',
    'mountains', 'mountainside', 'mountaintop', 'mountain range', 'peak', 'summit', 'ridge', 'slope', 'volcano',
    'crater', 'glacier', 'iceberg', 'ice field', 'ice floe', 'desert', 'dunes', 'sand dunes', 'dune', 'oasis', 'badlands',
    'mesa', 'plateau', 'beach', 'shore', 'shoreline', 'seashore', 'coast', 'coastline', 'seaside', 'bay', 'cove',
    'lagoon', 'reef', 'coral reef', 'island', 'islands', 'peninsula', 'ocean', 'sea', 'open sea', 'high seas', 'surf',
    'waves', 'lake', 'lakeside', 'lakeshore', 'pond', 'river', 'riverbank', 'riverside', 'stream', 'creek', 'brook',
    'waterfall', 'waterfalls', 'rapids', 'delta', 'estuary', 'marsh', 'swamp', 'bog', 'wetland', 'wetlands', 'fjord',
    'hot spring', 'hot springs', 'geyser', 'trail', 'path', 'footpath', 'dirt road', 'country road', 'mountain road',
    'mountain pass', 'garden path', 'flower field', 'flower garden', 'sunflower field', 'lavender field', 'tulip field',
    'bamboo forest', 'pine forest', 'countryside', 'farmland', 'wilderness', 'landscape', 'scenery', 'in nature', 'out in nature',
    // A land named by what it is like
    'wonderland', 'wasteland', 'dreamland', 'fairyland', 'neverland', 'fantasy land', 'magical land', 'in a land', 'in the land of',
    'underwater', 'under water', 'underground', 'underwater world', 'seabed', 'sea floor', 'ocean floor', 'seafloor', 'deep sea',
    'in the water', 'on the water', 'in water', 'water surface', 'surface of the water', 'sky', 'skies', 'the sky',
    'in the sky', 'moon in the sky', 'moon in the night sky', 'night sky', 'clouds', 'cloud', 'above the clouds', 'horizon', 'outer space', 'deep space', 'in space', 'into space',
    'space station', 'spaceship interior', 'orbit around earth', 'earth orbit', 'moon surface', 'lunar surface',
    'surface of the moon', 'on the moon', 'on mars', 'alien planet', 'planet surface', 'surface of a planet',
    'surface of the planet', 'surface of mars', 'martian surface', 'planetary surface', 'galaxy', 'nebula', 'cosmos',
    'the universe', 'on stage', 'onstage', 'backstage', 'concert stage', 'theater stage', 'theatre stage', 'on set', 'film set', 'set design',
    'green screen', 'greenscreen', 'tabletop', 'countertop', 'skatepark', 'skate park', 'waterhole', 'watering hole',
    'farmyard', 'barnyard', 'parlor', 'parlour', 'study', 'gutter', 'big top', 'circus ring', 'circus tent', 'tent',
    'boxing ring', 'wrestling ring', 'in the ring', 'into the ring', 'night club', 'jazz club', 'dance club', 'strip club',
    'comedy club', 'in the arctic', 'in the antarctic', 'arctic circle', 'in hell', 'in the hell', 'in heaven', 'hellscape', 'greenery', 'lush vegetation', 'dense foliage',
    'lush foliage', 'ashore', 'starscape', 'seascape', 'terrain', 'wooded area', 'rural area', 'urban area',
    'residential area', 'mountainous area', 'mountainous region',
    'railway station', 'underground station', 'tube station', 'bus station', 'police station', 'fire station',
    // Venues a subject goes to ("goes to the casino", "a day at the fairground")
    'casino', 'fairground', 'funfair', 'amusement park', 'theme park', 'water park', 'ice rink',
    'skating rink', 'golf course', 'bowling alley', 'salon', 'hair salon', 'barbershop', 'pharmacy', 'car wash', 'resort',
    'ski resort', 'courthouse',
    // Place names of two words the name lexicon lacks
    'hong kong', 'machu picchu', 'great wall of china', 'niagara falls', 'kuala lumpur', 'sri lanka', 'costa rica',
    'las vegas', 'los angeles', 'san francisco', 'san diego', 'new zealand', 'south africa',
    'saudi arabia', 'abu dhabi', 'buenos aires', 'tel aviv', 'puerto rico', 'rio de janeiro', 'taj mahal', 'angkor wat',
    'middle earth', 'middle-earth', 'death valley', 'monument valley',
    // Sports grounds ("a badminton court", "a football pitch"; "court" and "pitch" alone are mostly something else)
    'badminton court', 'volleyball court', 'squash court', 'pickleball court', 'handball court', 'football pitch',
    'soccer pitch', 'cricket pitch', 'rugby pitch', 'hockey pitch', 'athletics track',
    'hockey rink', 'bowling green', 'putting green',
    // A stage, unless a phase (PHASE_PLACES)
    'stage',
    // An adjective of place makes "setting" and "environment" a kind of place, as "urban area" is
    'urban setting', 'urban environment', 'rural setting', 'rural environment', 'suburban setting', 'suburban environment',
    'natural setting', 'natural environment', 'outdoor setting', 'outdoor environment', 'indoor setting', 'indoor environment',
    'industrial setting', 'industrial environment', 'coastal setting', 'coastal environment', 'residential setting',
    // Outer space named as a setting ("space" alone is mostly another sense: "negative space", "copy space")
    'space environment', 'space setting', 'space scene',
    // Found by class: corpus nouns seen 3 or more times whose first WordNet sense is a building, a room, a
    // geological formation, a body of water, a land or a tract, each read by hand (words mostly something
    // else left out: "shed", "cape", "pit", "flat", "toilet", "nursery", "camp", "vault", "chamber"; "deli" meats,
    // "birds of paradise", "the African continent")
    'bungalow', 'chalet', 'manor', 'gazebo', 'teahouse', 'cafeteria', 'pizzeria', 'bookstore', 'bathhouse',
    'observatory', 'synagogue', 'basilica', 'embassy', 'high-rise', 'citadel', 'colosseum', 'coliseum', 'foyer',
    'pantry', 'kitchenette', 'restroom', 'washroom', 'closet', 'showroom', 'auditorium', 'workspace', 'workplace',
    'nook', 'venue', 'habitat', 'sanctuary', 'outpost', 'roadside', 'treetop', 'treetops', 'doorway', 'archway',
    'passageway', 'aisle', 'rink', 'arcade', 'ghat', 'ghats', 'glade', 'cornfield', 'flowerbed', 'highland',
    'highlands', 'ledge', 'precipice', 'caldera', 'chasm', 'crevasse', 'abyss', 'tarn', 'rivulet', 'waterway', 'isle',
    'islet', 'archipelago', 'stratosphere',
    // Small structures set apart for one use, where someone stands or sits (WordNet files them as
    // artifacts, not buildings): "a cyberpunk kiosk", "at a newsstand". "booth" is left out: in the
    // corpus a phone booth is mostly the subject, and Booth a name.
    'kiosk', 'newsstand',
  ],
  surface: [
    'cobblestone', 'cobblestones', 'cobbled', 'asphalt', 'tarmac', 'concrete', 'gravel', 'dirt', 'mud', 'sand', 'snow',
    'ice', 'frozen lake', 'grass', 'moss', 'fallen leaves', 'leaf-covered', 'floor', 'wooden floor', 'tiled floor', 'carpet',
    'rug', 'tiles', 'marble floor', 'table', 'wooden table', 'kitchen table', 'dining table', 'dinner table',
    'coffee table', 'picnic table', 'desk', 'counter', 'kitchen counter',
    'workbench', 'bench', 'bed', 'sofa', 'couch', 'armchair', 'windowsill', 'window sill', 'shelf', 'shelves', 'wall',
    'walls', 'brick wall', 'ground', 'on the ground', 'forest floor', 'rocks', 'rock', 'boulder', 'boulders', 'pebbles',
    'stones', 'wet pavement', 'puddle', 'puddles', 'tile', 'linoleum', 'hardwood', 'stone floor', 'dance floor', 'soil',
  ],
  time: [
    'dawn', 'daybreak', 'first light', 'sunrise', 'early morning', 'morning', 'mid-morning', 'noon', 'midday', 'mid-day', 'high noon',
    'afternoon', 'late afternoon', 'evening', 'early evening', 'dusk', 'sunset', 'sundown', 'twilight', 'nightfall',
    'night', 'at night', 'nighttime', 'night-time', 'midnight', 'late night', 'small hours', 'predawn', 'pre-dawn',
    'daytime', 'by day', 'during the day', 'in daylight', 'golden hour', 'blue hour', 'magic hour', 'o\'clock', 'sunny day', 'rainy day', 'cloudy day', 'snowy day', 'winter day', 'summer day', 'autumn day',
    'spring day', 'hot day', 'cold day', 'clear day', 'bright day', 'gray day', 'grey day', 'overcast day', 'summer',
    'winter', 'autumn', 'in the fall', 'fall foliage', 'autumn leaves', 'in spring', 'in the spring', 'springtime',
    'summertime', 'wintertime', 'christmas eve', 'christmas morning', 'halloween night', 'new year\'s eve', 'holiday season',
    'rush hour', 'lunchtime', 'dinnertime',
    // The compounds typed apart ("sun set, red and orange colour sky")
    'sun set', 'sun rise',
  ],
  weather: [
    'rain', 'raining', 'rainy', 'rainfall', 'rain-soaked', 'rain soaked', 'rainstorm', 'downpour', 'drizzle', 'drizzling',
    'rain shower', 'monsoon', 'snow', 'snowing', 'snowy', 'snowfall', 'snowstorm', 'blizzard', 'sleet', 'hail', 'hailstorm',
    'fog', 'foggy', 'mist', 'misty', 'haze', 'hazy', 'smog', 'storm', 'stormy', 'thunderstorm', 'thunder', 'lightning',
    'lightning storm', 'tornado', 'hurricane', 'typhoon', 'cyclone', 'sandstorm', 'dust storm', 'wind', 'windy', 'breeze',
    'gale', 'gusts', 'cloudy', 'overcast', 'clear sky', 'clear skies', 'blue sky', 'blue skies', 'sunny', 'sunshine',
    'heat haze', 'heatwave', 'heat wave', 'extreme heat', 'scorching heat', 'sweltering heat', 'weather conditions',
    'bad weather', 'cold weather', 'hot weather', 'freezing weather', 'frost', 'dew', 'morning dew', 'aurora', 'northern lights', 'wet streets', 'wet street', 'slush', 'puddles',
    // Falling snow or rain named by its flakes or drops ("catching falling snowflakes", "raindrops on the glass")
    'snowflakes', 'raindrops', 'snow flakes', 'rain drops',
  ],
} satisfies LexiconData;

/**
 * Single words that are a place only when they are not modifying another word or part of a
 * longer name: "sky blue", "ground beef", "field trip", "park ranger" are not places.
 */
export const MODIFIER_SENSITIVE: readonly string[] = [
  'sky', 'ground', 'field', 'fields', 'park', 'garden', 'street', 'city', 'town', 'mountain', 'sea', 'ocean', 'beach',
  'forest', 'desert', 'jungle', 'snow', 'ice', 'sand', 'rain', 'fog', 'mist', 'storm', 'wind', 'table', 'floor', 'wall',
  'bed', 'bench', 'rock', 'rocks', 'stones', 'dirt', 'mud', 'grass', 'moss', 'home', 'house', 'office', 'room', 'market',
  'store', 'shop', 'lab', 'farm', 'port', 'bay', 'square', 'platform', 'terminal', 'metro', 'bridge', 'tower', 'inn',
  'surf', 'waves', 'path', 'trail', 'yard', 'lane', 'road', 'concrete', 'gravel', 'summer', 'winter', 'autumn', 'night',
  'morning', 'evening', 'afternoon', 'cloud', 'clouds', 'tiles', 'tile', 'counter', 'shelf', 'carpet', 'rug', 'desk',
  'couch', 'sofa', 'island', 'river', 'lake', 'stream', 'pond', 'creek', 'school', 'church', 'castle', 'gallery', 'studio', 'cafe', 'kitchen',
  'space', 'galaxy', 'volcano', 'cave', 'haze', 'dust', 'thunder', 'lightning', 'tornado', 'hurricane', 'frost', 'dew',
  'interior', 'exterior', 'indoor', 'outdoor', 'asphalt', 'marble', 'hardwood', 'landscape', 'hill', 'hills', 'valley',
  'cinema', 'hall', 'facility', 'hospital', 'prison', 'gym', 'twilight', 'soil', 'terrain', 'casino', 'salon',
  'resort', 'pharmacy', 'barbershop', 'stage', 'underground', 'tomb', 'arcade', 'habitat', 'closet',
];

/**
 * Nouns after which a modifier-sensitive word still names the setting ("street corner",
 * "night sky", "forest fire"): the pair names a setting together. A following place, weather or
 * light word counts too.
 */
export const PLACE_HEADS: readonly string[] = [
  'corner', 'edge', 'scene', 'setting', 'view', 'views', 'background', 'backdrop', 'surface', 'side', 'top', 'bottom',
  'fire', 'bench', 'building', 'buildings', 'formation', 'formations', 'face', 'pool', 'pools', 'entrance', 'gate',
  'window', 'windows', 'canopy', 'clearing', 'bank', 'banks', 'current', 'air', 'setting', 'environment', 'area',
  'interior', 'exterior', 'outskirts', 'outside', 'inside', 'depths', 'floor', 'air', 'sky', 'skyline', 'landscape',
  'panorama', 'vista', 'horizon', 'atmosphere', 'light', 'lights', 'glow', 'sunlight', 'time', 'hours',
  // A space of the place's kind ("an office space", "a studio space")
  'space', 'spaces',
  // A picture of the place, often a tag typed after it ("a monk in his house cartoon", "a beach painting")
  'cartoon', 'painting', 'illustration', 'drawing', 'sketch', 'photo', 'photograph', 'picture', 'image', 'artwork',
  'render', 'wallpaper', 'footage', 'b-roll',
  // A season named with its word ("autumn season")
  'season', 'seasons',
];

/**
 * Events and genres that happen somewhere: before one, or before a compound one heads, a
 * modifier-sensitive place, time or weather word still names the setting ("a jungle adventure",
 * "a dark castle horror theme", "a street riot", "a lightning strike", "a day to night
 * transition", "a garden tea party"). Read by dictionary form.
 */
export const PLACE_EVENTS: readonly string[] = [
  'adventure', 'adventures', 'journey', 'quest', 'expedition', 'horror', 'thriller', 'fight', 'fights', 'battle', 'battles',
  'war', 'riot', 'riots', 'combat', 'duel', 'attack', 'strike', 'strikes', 'chase', 'transition', 'transformation',
  // Gatherings and races: "a street party", "a garden tea party", "a desert race" (not games or matches, which a
  // place word may name: "an arcade game", "a table tennis match")
  'race', 'party', 'festival', 'parade',
];

/** What is made for a client: a place after one and "for" is the client, not the scene ("a poster for a cake cafe"). */
export const ADVERTS: readonly string[] = [
  'logo', 'logos', 'poster', 'posters', 'ad', 'ads', 'advert', 'advertisement', 'commercial', 'banner', 'flyer', 'brochure',
  'billboard', 'jingle', 'slogan', 'mascot', 'website', 'menu', 'signboard', 'promo',
];

/** Words before "market" that make it a trade, not a place one can film: "the stock market", "a niche market". */
export const TRADE_MARKETS: readonly string[] = [
  'stock', 'stocks', 'crypto', 'cryptocurrency', 'forex', 'housing', 'job', 'labor', 'labour', 'financial', 'bond',
  'equity', 'niche', 'commodity', 'commodities', 'currency', 'estate',
];

/**
 * Languages: after a preposition one is how something is said or written, not a place ("text in
 * Spanish", "the interview in japanese"; "hindu" as typed for Hindi). Before a noun the noun is
 * the head ("in a Chinese restaurant").
 */
export const LANGUAGES: readonly string[] = [
  'english', 'spanish', 'french', 'german', 'italian', 'portuguese', 'dutch', 'greek', 'latin', 'russian', 'ukrainian',
  'polish', 'turkish', 'arabic', 'hebrew', 'persian', 'farsi', 'hindi', 'hindu', 'urdu', 'bengali', 'bangla', 'punjabi',
  'gujarati', 'marathi', 'tamil', 'telugu', 'kannada', 'malayalam', 'nepali', 'sinhala', 'chinese', 'mandarin',
  'cantonese', 'japanese', 'korean', 'vietnamese', 'thai', 'indonesian', 'malay', 'tagalog', 'swahili',
];

/**
 * Places that also name an art form: a place after an article, a possessive or a preposition
 * ("in the cinema", "outside a cinema", "in vintage cinema"); bare in a tag, or after "of", the
 * style ("old horror cinema", "black and white cinema", "in the style of professional cinema").
 */
export const ART_FORM_PLACES: readonly string[] = ['cinema'];

/** Nouns of manner: the nouns after one name the manner ("in the style cyberpunk"), not a place. */
export const MANNER_NOUNS: readonly string[] = ['style', 'styles', 'way', 'manner', 'mode', 'genre'];

/** Places whose names end like nouns of process or quality ("-tion", "-sion", "-ity", "-ance", "-ence"): they stay places after a preposition. */
export const PLACE_PROCESSES: readonly string[] = [
  'station', 'location', 'plantation', 'foundation', 'institution', 'destination', 'excavation', 'nation', 'exhibition',
  'mansion', 'position', 'elevation', 'formation', 'vegetation', 'civilization', 'civilisation', 'dimension', 'mission',
  'expedition', 'installation', 'habitation', 'recreation', 'observation',
  'university', 'facility', 'community', 'municipality', 'locality', 'entrance', 'ambulance', 'residence', 'conference',
  'gravity', 'microgravity', 'renaissance',
  // A liquid something lies in, as "in water": "corroding in a solution"
  'solution',
];

/** Words of a light's look before which "lightning" is "lighting" misspelt ("cinematic lightning", "volumetric lightning"). */
export const LIGHTING_TYPO_LEADS: readonly string[] = ['cinematic', 'dramatic', 'volumetric', 'studio', 'soft', 'moody', 'ambient', 'natural', 'dark', 'sunset'];

/**
 * Movements, gestures and sounds: after "in" or "into" the phrase they head says how something
 * moves or sounds, not where ("spins in a slow pirouette", "sings in a long trembling note",
 * "met in a dark, unsettling dance", "bursts into song"). A race, a show or a current is
 * somewhere, and a place word before the head keeps the place ("in a jungle dance").
 */
export const MANNER_EVENTS: readonly string[] = [
  'dance', 'dances', 'ballet', 'waltz', 'tango', 'pirouette', 'pirouettes', 'twirl', 'twirls', 'spin', 'spins',
  'arc', 'arcs', 'spiral', 'spirals', 'swirl', 'swirls', 'burst', 'bursts', 'gesture', 'gestures', 'movement',
  'movements', 'move', 'moves', 'blend', 'cascade', 'flash', 'blink', 'splash', 'stroke', 'strokes', 'leap', 'jump',
  'somersault', 'note', 'notes', 'chorus', 'melody', 'tune', 'song', 'hum', 'whisper', 'whispers', 'voice', 'chant',
  'crescendo', 'embrace', 'hug',
];

/** Words that are not places before "of": "a sea of people", "a cloud of dust", "a wall of water", "in the ring of fire", "the abyss of uncertainty". */
export const NOT_PLACE_BEFORE_OF: readonly string[] = [
  'sea', 'ocean', 'cloud', 'clouds', 'mountain', 'mountains', 'wall', 'storm', 'blizzard', 'haze', 'tunnel', 'galaxy',
  'rain', 'flood', 'shower', 'ring', 'stage', 'abyss',
];

/** Units of time a number after counts, not a time of day: "by Day 2", "on day 14", "by hour 54". */
export const COUNTED_TIMES: readonly string[] = ['day', 'hour', 'week', 'month'];

/** Clock-time suffixes after a number ("11pm", "3 am"): a time of day. */
export const TIME_SUFFIXES: readonly string[] = ['am', 'pm', 'a.m', 'p.m'];

/** Words in a `[placeholder]` that stand for the setting ("[location]", "[time of day]"). */
export const PLACEHOLDER_HINTS: readonly string[] = ['setting', 'location', 'place', 'environment', 'background', 'backdrop', 'scene', 'time', 'weather', 'season', 'room', 'landscape'];

/**
 * Prepositions of place: a concrete noun after one is where the shot happens ("on a branch",
 * "jumps off the couch"). "into" is left out: it mostly names a change ("curls into a knot", "dissolves into mist").
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  'on', 'in', 'at', 'by', 'across', 'along', 'through', 'onto', 'under', 'inside', 'near', 'beside', 'over',
  'around', 'above', 'beneath', 'below', 'underneath', 'within', 'behind', 'atop', 'among', 'amid', 'amidst', 'past',
  'against', 'throughout', 'down', 'up', 'outside', 'upon', 'alongside', 'from', 'beyond', 'between', 'amongst', 'off',
];

/**
 * Field names whose value is the place ("Setting: a dressing table", "## Location" over "an old
 * barn"): the noun the value opens with is where the shot happens, bare as it stands.
 */
export const SETTING_FIELDS: readonly string[] = ['setting', 'location', 'environment', 'place', 'locale', 'backdrop', 'background'];

/**
 * Verbs of moving or turning whose "off" is a particle before their object, not the place left:
 * "turns off the stove", "shakes off the water", "pulls off a trick", "switches off the lamp"
 * ("jumps off the roof", "slides off the edge" leave a place). Matched by lemma.
 */
export const OFF_PARTICLE_VERBS: readonly string[] = ['turn', 'switch', 'shake', 'pull', 'push', 'show', 'take', 'shrug', 'brush', 'wipe', 'peel', 'lead', 'kick', 'set'];

/**
 * Prepositions of place that after a noun relate two things rather than place one ("a fight between
 * two men", "the contrast between light and dark", "a web between two branches"): they open a place
 * only right after a verb ("jumping between buildings", "a hammock strung between two trees").
 */
export const RELATING_PREPOSITIONS: readonly string[] = ['between'];

/**
 * Travel before "into": what it goes into is a place ("flies into uncharted space", "a journey
 * into uncharted space", "dives into deep water"), where after another word "into" names a
 * change ("curls into a knot", "dissolves into mist"). Matched by lemma.
 */
export const TRAVEL_INTO: readonly string[] = [
  'fly', 'dive', 'walk', 'run', 'sail', 'swim', 'plunge', 'venture', 'journey', 'voyage', 'step', 'wander', 'drive',
  'ride', 'head', 'leap', 'jump', 'march', 'travel', 'race', 'rush', 'crawl', 'climb', 'glide', 'soar', 'stride',
  'stroll', 'hike', 'trek', 'expedition', 'descend', 'trip',
];

/**
 * Verbs besides the camera's and LOCOMOTION (rules/data/motion.ts) after which "up" and "down"
 * lead along a place: what flows or falls ("tears stream down the window"), going ("heads down
 * the road") and looking or sounding along it ("looks down the hallway", "echoes down the hall").
 * Matched by lemma.
 */
export const PATH_VERBS: readonly string[] = [
  'go', 'come', 'move', 'head', 'dance', 'accelerate', 'freefall', 'sled', 'flow', 'trickle', 'drip', 'cascade', 'pour',
  'stream', 'gush', 'spill', 'run', 'look', 'peer', 'stare', 'gaze', 'see', 'watch', 'shout', 'echo', 'ring',
];

/**
 * Particles that end a camera or other term ("close up", "zoom in", "zoom out"): there they open
 * no place ("close up footage of a horse", "zoom in clock").
 */
export const TERM_PARTICLES: readonly string[] = ['up', 'in', 'out'];

/**
 * Adjectives that stand only after what they describe, never before a noun ("a city aglow", "the
 * forest ablaze", "a boat adrift"): a place word before one is the place, not a compound's first
 * word as before "green" in "forest green".
 */
export const PREDICATIVE_ADJECTIVES: readonly string[] = [
  'alone', 'asleep', 'awake', 'afloat', 'aglow', 'ablaze', 'alight', 'afire', 'aflame', 'adrift', 'aloft', 'awash', 'astir', 'agleam', 'aglitter', 'abuzz',
];

/** Nouns after a preposition of place that are not places: "in style", "in a hurry", "in front of". */
export const NOT_PLACES: readonly string[] = [
  'style', 'way', 'manner', 'love', 'joy', 'fear', 'time', 'hurry', 'unison', 'silence', 'harmony', 'sync', 'fact',
  'general', 'particular', 'order', 'line', 'place', 'detail', 'details', 'focus', 'view', 'frame', 'shot', 'motion',
  'action', 'front', 'top', 'bottom', 'middle', 'center', 'centre', 'edge', 'side', 'corner', 'background', 'foreground',
  'distance', 'air', 'dream', 'dreams', 'mind', 'thought', 'thoughts', 'memory', 'memories', 'world', 'life', 'story',
  'scene', 'scenario', 'moment', 'slow', 'reverse', 'loop', 'cycle', 'cycles', 'circle', 'circles', 'pair', 'pairs', 'group', 'groups', 'row', 'rows',
  'color', 'colour', 'colors', 'colours', 'black', 'white', 'red', 'blue', 'tone', 'tones', 'shade', 'shades', 'form',
  'shape', 'shapes', 'size', 'quality', 'resolution', 'format', 'type', 'types', 'kind', 'kinds', 'sort', 'sorts', 'variety', 'varieties', 'camera', 'lens', 'screen', 'video', 'film', 'movie',
  'picture', 'image', 'photo', 'painting', 'drawing', 'animation', 'cartoon', 'sketch', 'render', 'art', 'artwork',
  'costume', 'outfit', 'uniform', 'suit', 'dress', 'armor', 'armour', 'gear', 'clothes', 'clothing', 'response',
  'contrast', 'tandem', 'turn', 'turns', 'succession', 'sequence', 'profile', 'silhouette', 'close-up', 'closeup',
  'addition', 'search', 'pursuit', 'preparation', 'celebration', 'anticipation', 'awe', 'wonder', 'peace', 'despair',
  'pain', 'surprise', 'shock', 'slow-motion', 'time-lapse', 'midair', 'mid-air', 'flight', 'hand', 'hands', 'arms',
  'one', 'two', 'half', 'pieces', 'piece', 'lap', 'mouth', 'grip', 'sight', 'view', 'control', 'charge', 'danger',
  'character', 'role', 'period', 'era', 'century', 'decade', 'year', 'years', '1960s', 'future', 'past', 'present',
  'direction', 'directions', 'half', 'sync', 'bloom', 'flame', 'flames', 'fire', 'smoke', 'rhythm', 'beat', 'time', 'void',
  'backdrop', 'emptiness', 'nothingness', 'darkness', 'light', 'sunlight', 'shadow', 'shadows', 'setting', 'settings',
  'environment', 'atmosphere', 'vibe', 'aesthetic', 'mood', 'ambience', 'ambiance',
  'end', 'beginning', 'start', 'speed', 'pace', 'height', 'left', 'right', 'scratch', 'angle', 'angles',
  'pose', 'poses', 'position', 'posture', 'stance', 'perspective', 'hue', 'hues', 'tint', 'tints', 'pattern', 'patterns', 'formation',
  'theme', 'mode', 'version', 'layer', 'layers', 'series', 'process', 'history', 'viewer', 'viewers', 'audience', 'reflection',
  'legend', 'legends', 'myth', 'myths', 'folklore', 'word', 'words', 'letters', 'pixel', 'pixels', 'limit', 'limits',
  'software', 'app', 'program',
  // Spans of time and measures: "over 14 days", "in a few seconds", "a reduction in length", "at room
  // temperature" ("in a snowing day", "from day until night" keep their day)
  'days', 'hour', 'hours', 'minute', 'minutes', 'seconds', 'week', 'weeks', 'month', 'months',
  'length', 'width', 'diameter', 'weight', 'volume', 'temperature', 'number', 'numbers',
  // The end of a thing, like its edge or side: "charring at the tip" (the tip of a branch looks through "of")
  'tip', 'tips',
  // States and idioms: "on the brink of", "on the verge of", "in a pause of work"; a distance: "from afar"
  'loose', 'verge', 'brink', 'pause', 'afar', 'will',
  // Idioms of purpose: "in support of", "in honor of", "in favour of", "in tribute to"
  'support', 'favor', 'favour', 'honor', 'honour', 'tribute', 'protest', 'praise',
  // Forces, amounts, spans and deeds: "under pressure", "upon impact", "against all odds", "by
  // mid-sequence", "in this context", "at gun point", "in a desperate act", "in the Middle Ages"
  'pressure', 'force', 'impact', 'odds', 'coverage', 'mid-sequence', 'midpoint', 'mid-point', 'halfway', 'context',
  'point', 'act', 'deal', 'design', 'designs', 'explosion', 'ages', 'capture', 'scheme',
  // Ideas and states of being: "through imagination", "even in death", "from public knowledge"
  'styles', 'genre', 'imagination', 'death', 'knowledge', 'wisdom', 'truth', 'reality', 'existence', 'eternity', 'infinity', 'stress',
  // Clips and crowds: "sped up footage", "escaping from a horde of zombies"
  'footage', 'clip', 'clips', 'gif', 'trailer', 'horde', 'hordes', 'swarm', 'herd', 'flock', 'cult', 'cults', 'sect',
];

/**
 * Words the tagger can take for nouns that never name a thing: neither a place after a
 * preposition ("the room in which", "in there") nor a noun a place word modifies ("a city where").
 */
export const NOT_NOUNS: readonly string[] = ['which', 'where', 'when', 'what', 'whom', 'whose', 'there', 'here'];

/**
 * A thing's sides, places only where no thing has them: "a car with a glossy black exterior", "a
 * bun with its golden-brown exterior", "a van with a white interior" are the thing's surfaces.
 */
export const THING_SIDES: readonly string[] = ['interior', 'exterior'];

/**
 * A noun of position that names a place after one preposition when no "of" phrase follows: "on a
 * busy corner", "waiting at the corner" is a street corner ("in the corner" is a spot in a room,
 * "the corner of the frame" a spot in the picture).
 */
export const PLACES_AFTER_PREPOSITION: readonly string[] = ['on corner', 'at corner'];

/**
 * Nouns of position whose "of" phrase names the place: "in front of the house", "at the foot of
 * the hill", "in the shade of an oak". After any other noun the "of" phrase is not a place either:
 * "in the style of Monet", "in a game of chess".
 */
export const PLACE_THROUGH_OF: readonly string[] = [
  'front', 'top', 'middle', 'center', 'centre', 'edge', 'edges', 'side', 'sides', 'corner', 'background',
  'foreground', 'end', 'bottom', 'heart', 'midst', 'depths', 'outskirts', 'base', 'foot', 'interior', 'shadow',
  'shadows', 'shade', 'darkness', 'backdrop', 'setting', 'distance', 'tip', 'tips',
];

/**
 * Nouns after a preposition that are not places, with an "of" phrase or without: activities ("in a
 * lively game of jump rope"), picture quality and the devices a picture is on ("in high
 * definition", "on a mobile").
 */
export const NOT_PLACES_WITH_OF: readonly string[] = [
  'game', 'games', 'match', 'contest', 'competition', 'tournament',
  // Sports as activities: "lost a match in soccer", "good at chess" (their grounds are places: "a soccer field")
  'soccer', 'football', 'basketball', 'baseball', 'volleyball', 'tennis', 'cricket', 'rugby', 'hockey', 'golf', 'chess',
  'definition', 'hd', 'mobile', 'phone', 'smartphone', 'cellphone', 'laptop', 'tablet', 'computer', 'keyboard', 'tv',
  'television', 'monitor', 'display', 'internet', 'media', 'instagram', 'tiktok', 'youtube', 'facebook', 'twitter',
];

/**
 * Sports played on a ground of their own. Their game or match after a preposition is held there,
 * so it names the venue: "at a baseball game" is at the ballpark, "in a basketball game" on the
 * court (SPORT_EVENTS). Alone a sport is an activity ("lost a match in soccer"), and so is a
 * game with no such sport ("in a lively game of jump rope", "in a chess tournament").
 */
export const GROUND_SPORTS: readonly string[] = [
  'soccer', 'football', 'basketball', 'baseball', 'volleyball', 'tennis', 'cricket', 'rugby', 'hockey', 'golf',
  'softball', 'handball', 'lacrosse', 'polo',
];

/** Events of a sport that take place on its ground (GROUND_SPORTS). */
export const SPORT_EVENTS: readonly string[] = ['game', 'games', 'match', 'matches', 'tournament'];

/**
 * Feelings, plans, occasions and ideas: nouns that name no thing one can look at. Not a place
 * after a preposition ("in despair", "on a journey"), and never the subject the score credits
 * ("Echoes of History", "a journey through colour").
 */
export const IDEA_NOUNS: readonly string[] = [
  // States of mind and feelings
  'doubt', 'disbelief', 'confusion', 'contemplation', 'concentration', 'meditation', 'prayer', 'agony',
  'delight', 'disgust', 'anger', 'rage', 'fury', 'sorrow', 'grief', 'triumph', 'excitement', 'amazement',
  'astonishment', 'bewilderment', 'frustration', 'admiration', 'relief', 'horror', 'terror', 'panic', 'trance',
  'aggression', 'anguish', 'ecstasy', 'bliss', 'fright', 'dismay', 'distress', 'misery', 'desperation', 'jealousy', 'envy',
  'shame', 'pride', 'euphoria', 'chaos', 'destruction', 'generation', 'generations',
  'frenzy', 'solitude', 'secrecy', 'sacrifice', 'bravery', 'courage', 'distaste', 'disdain', 'turmoil', 'sadness',
  'gratitude', 'discomfort', 'dread', 'awe', 'disappointment', 'remorse', 'enjoyment', 'agreement', 'defeat', 'worry', 'unity',
  'deceit', 'betrayal', 'intrigue', 'lies', 'despair', 'emotion', 'emotions', 'feelings',
  // Stages, plans and occasions
  'chapter', 'journey', 'adventure', 'quest', 'mission', 'career', 'phase', 'vacation', 'holiday', 'duty', 'schedule',
  'deadline', 'date', 'diet', 'purpose', 'conversation', 'discussion', 'debate', 'negotiation', 'progress',
  'attempt', 'relationship', 'friendship', 'expedition', 'expeditions', 'voyage', 'trip', 'excursion', 'pilgrimage',
  'odyssey', 'errand',
  // Ideas and stories
  'history', 'dream', 'dreams', 'harmony', 'memory', 'memories', 'idea', 'concept', 'theory', 'legacy', 'destiny',
  'power', 'hope', 'faith', 'fear', 'freedom', 'love', 'success', 'strategy', 'conquest', 'splendor', 'splendour',
  'portrayal', 'testament', 'transition', 'transformation',
  // Processes, arrangements and states ("on human evolution", "in a creation of", "in the presence of")
  'composition', 'creation', 'depiction', 'simulation', 'situation', 'condition',
  'evolution', 'presence', 'influence', 'contentment', 'poverty',
];

/**
 * Words the tagger can take for nouns that never name a thing: neither a place after a
 * preposition ("the room in which", "in there") nor a noun a place word modifies ("a city where").
 * "-ism", "-ness" or "-hood" are abstract too ("in skepticism", "in childhood").
 */
export const ABSTRACT_NOUNS: readonly string[] = [
  ...IDEA_NOUNS,
  // Words that can also name something one sees ("tears", "spirits", "a state", "in disguise")
  'tears', 'state', 'spirit', 'spirits', 'disguise', 'secret', 'trouble', 'vain',
  // Fights and strikes: not a place ("in battle", "on strike"), but a scene one can look at
  'strike', 'battle', 'war', 'fight', 'combat', 'duel', 'attack', 'riot',
  // Ages and decades written as words ("in his early twenties", "in the sixties")
  'teens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
  // Meals, drinks and smokes
  'coffee', 'tea', 'drink', 'drinks', 'beer', 'wine', 'cocktail', 'cocktails', 'breakfast', 'brunch', 'lunch',
  'dinner', 'supper', 'meal', 'meals', 'dessert', 'snack', 'snacks', 'cigarette', 'cigar',
];

/**
 * Things a subject holds, uses, eats, wears or rides, and parts of a body or of a thing: after a
 * preposition they are not where the shot happens ("looking through a telescope", "eating from
 * the bowl", "a sword in his hand", "on a bike", "in a mirror"). They add to the body parts and
 * clothing of the subject lexicon (rules/data/subject.ts), which count the same way.
 */
export const OBJECT_NOUNS: Readonly<Record<string, readonly string[]>> = {
  body: [
    'spine', 'knuckle', 'knuckles', 'palm', 'palms', 'fingertip', 'fingertips', 'fist', 'collarbone', 'abdomen', 'torso',
    'thigh', 'calf', 'shin', 'brow', 'eyelid', 'eyelids', 'pupil', 'pupils', 'iris', 'nostril', 'nostrils', 'lips', 'throat',
    'breast', 'breasts', 'bosom', 'butt', 'buttocks', 'navel', 'bellybutton', 'rib', 'ribs', 'bone', 'bones', 'vein', 'veins',
    'muscle', 'muscles', 'flesh', 'pore', 'pores', 'sole', 'heart', 'brain', 'soul', 'hind', 'hindquarters', 'limb', 'limbs',
    'gills', 'antenna', 'antennae', 'tentacle', 'tentacles', 'plumage', 'talon', 'talons', 'gaze', 'grin', 'groin', 'crotch',
  ],
  garment: [
    'attire', 'wear', 'loungewear', 'sportswear', 'underwear', 'lingerie', 'tracksuit', 'spacesuit', 'wetsuit', 'jersey',
    'sweatshirt', 'sweatpants', 'hoody', 'trenchcoat', 'overall', 'dhoti', 'hanfu', 'toga', 'tunic', 'diaper',
    'regalia', 'garb', 'leather', 'silk', 'velvet', 'denim', 'lace', 'satin', 'bikinis',
  ],
  held: [
    // Tools, weapons, instruments, toys
    'telescope', 'binoculars', 'microscope', 'sword', 'knife', 'dagger', 'blade', 'gun', 'rifle',
    'pistol', 'spear', 'axe', 'hammer', 'wand', 'stick', 'pen', 'pencil', 'brush', 'paintbrush', 'palette', 'needle',
    'key', 'coin', 'card', 'cards', 'piano', 'guitar', 'violin', 'cello', 'drum', 'drums', 'flute', 'trumpet',
    'saxophone', 'microphone', 'mic', 'turntable', 'turntables', 'instrument', 'frisbee', 'toy', 'doll',
    'balloon', 'kite', 'leash', 'remote', 'controller', 'joystick', 'flashlight', 'sponge', 'mirror',
    // Tableware and containers (a plate, a tray or a pan is a surface, like a table)
    'cup', 'mug', 'glass', 'bottle', 'jar', 'can', 'bowl', 'spoon',
    'fork', 'chopsticks', 'teapot', 'kettle', 'basket', 'box', 'suitcase', 'envelope', 'vase', 'bucket', 'net',
    // Parts of a thing one holds: "commencing from the handle", "screws on the lid"
    'handle', 'handles', 'hilt', 'lid', 'lids', 'knob', 'strap', 'straps',
  ],
  media: [
    'app', 'website', 'webpage', 'iphone', 'ipad', 'pc', 'console', 'book', 'magazine', 'newspaper', 'notebook',
    'diary', 'letter', 'page', 'pages', 'comic', 'paper', 'parchment', 'scroll', 'canvas', 'map', 'chart', 'poster',
    'postcard', 'photograph', 'typewriter', 'font', 'text', 'blender', 'vhs', 'tape', 'dvd', 'cassette', 'script',
    // Texts one reads or sings: "in this powerful Psalm", "in the song"
    'psalm', 'psalms', 'verse', 'verses', 'poem', 'poems', 'song', 'songs', 'novel', 'article', 'essay', 'speech', 'lyrics', 'code',
  ],
  food: [
    'sauce', 'soup', 'popsicle', 'cake', 'pizza', 'burger', 'sandwich', 'bread', 'cheese', 'chocolate',
    'candy', 'lollipop', 'fruit', 'cereal', 'noodles', 'spaghetti', 'salad', 'milk', 'juice', 'honey', 'syrup', 'jam',
    'cream', 'yogurt', 'cookie', 'donut', 'doughnut', 'pie', 'steak', 'slice', 'slices', 'sushi', 'pasta', 'fries',
    'dough', 'batter',
  ],
  // Ridden, not sat in: "on a bike" says how the subject moves, not where.
  ridden: [
    'bike', 'bicycle', 'motorcycle', 'motorbike', 'dirtbike', 'scooter', 'moped', 'skateboard', 'longboard',
    'hoverboard', 'surfboard', 'snowboard', 'ski', 'skis', 'unicycle', 'tricycle', 'broom', 'broomstick', 'horseback',
    'segway',
  ],
};

/**
 * Words for a dish besides the foods of OBJECT_NOUNS: a place name right before one of them, or
 * before a food, names a kind of dish, not the scene ("a chicago pizza", "montreal recipes", "texas
 * cuisine"); before a food and a place word the place stays ("a new york pizza shop").
 */
export const DISH_WORDS: readonly string[] = ['recipe', 'recipes', 'dish', 'dishes', 'cuisine', 'food', 'foods', 'bagel', 'bagels', 'cheesecake', 'barbecue', 'bbq'];

/**
 * Homes, dens and seats that stay places when a possessive says whose they are: "in her nest",
 * "in its burrow", "on his throne". Other possessed nouns are mostly parts, belongings, people or
 * ideas ("over her knuckles", "at its owner", "in their orbits"). Listed places count either way
 * ("in his garage", "at their kitchen table"), and so does a vehicle the subject is in ("in her car").
 */
export const DWELLINGS: readonly string[] = [
  'nest', 'den', 'lair', 'burrow', 'hive', 'kennel', 'cage', 'coop', 'hutch', 'crib', 'cradle', 'hideout', 'hideaway',
  'headquarters', 'hometown', 'homeland', 'igloo', 'treehouse', 'dorm', 'quarters', 'cell', 'throne', 'chair', 'seat',
];

/**
 * A word and preposition whose object is a target, a source, a material, a topic or an author, not
 * a place (lemmas): "looks at the viewer", "made from clay", "drinking from a fountain", "based on
 * a legend", "dressed in tweed", "art by Moebius". A listed place after them still counts ("looks
 * at the sea").
 */
export const NOT_PLACE_AFTER_WORDS: readonly string[] = [
  'look at', 'stare at', 'gaze at', 'glance at', 'peer at', 'point at', 'aim at', 'shoot at', 'fire at', 'throw at',
  'smile at', 'grin at', 'wink at', 'laugh at', 'wave at', 'nod at', 'bark at', 'growl at', 'yell at', 'shout at',
  'scream at', 'hint at', 'pick up', 'lift up', 'scoop up', 'gather up', 'clean up', 'sweep up', 'eat up', 'look through', 'peer through', 'base on', 'focus on', 'concentrate on', 'work on', 'feed on',
  'chew on', 'suck on', 'munch on', 'nibble on', 'puff on', 'sip on', 'pull on', 'tug on', 'yank on', 'knock on', 'tap on', 'type on', 'write on', 'scroll on', 'cast on',
  'make from', 'craft from', 'carve from', 'build from', 'form from', 'sculpt from', 'drink from', 'eat from',
  'sip from', 'pour from', 'dress in', 'clothe in', 'clad in', 'wrap in', 'cover in', 'coat in', 'drench in',
  'engage in', 'render in', 'draw in', 'paint in', 'animate in', 'write in', 'hit by', 'hurt by',
  // An opponent: "wrestlers that fight against TigerMan" ("leaning against a wall" is a place)
  'fight against', 'battle against', 'compete against', 'play against', 'race against', 'struggle against',
  'rebel against', 'protest against',
  // A picture and its author
  'art by', 'artwork by', 'render by', 'painting by', 'illustration by', 'drawing by', 'sketch by', 'photo by',
  'photograph by', 'film by', 'movie by', 'song by', 'music by',
  // A topic, or the site a picture is shared on: "guidance on cleaning tools", "trending on pinterest"
  'guidance on', 'advice on', 'tips on', 'tutorial on', 'lecture on', 'trend on', 'trending on',
  // What is read page by page: "browsing through digital files", "flipping through a magazine"
  'browse through', 'flip through', 'leaf through', 'thumb through', 'page through', 'read through', 'scroll through',
];

/** Lights in the sky that, after "under", place the shot outdoors at a time of day: "under the stars", "under a full moon". */
export const SKY_LIGHTS: readonly string[] = ['sun', 'moon', 'stars', 'moonlight', 'starlight', 'sunlight'];

/**
 * Makers and models of cameras, phones and lenses, and film stocks: after a filming verb and a
 * preposition, a phrase naming one is the equipment, not a place ("shot on canon eos r5", "taken
 * on agfa vista 200"). The render engines and makers of PRODUCTION_NAMES (rules/data/subject.ts)
 * count too; names that are everyday words elsewhere (fuji, olympus, red) are safe here only
 * after a filming verb.
 */
export const CAMERA_MAKES: readonly string[] = [
  'canon', 'nikon', 'sony', 'fujifilm', 'fuji', 'leica', 'hasselblad', 'panasonic', 'lumix', 'arri', 'alexa', 'blackmagic',
  'gopro', 'dji', 'kodak', 'olympus', 'pentax', 'bmpcc', 'iphone', 'samsung', 'mamiya', 'polaroid', 'zeiss', 'cooke',
  'sigma', 'panavision', 'bolex', 'arriflex', 'phantom', 'handycam', 'camcorder',
  // Film stocks
  'cinestill', 'portra', 'ektar', 'ektachrome', 'kodachrome', 'agfa', 'agfacolor', 'ilford', 'velvia', 'provia', 'superia',
  'fujicolor', 'lomography', 'tri-x', 'vision3',
];

/**
 * Well-known places of one word the name lexicon lacks (regions, landmarks, places of fiction):
 * read as its place names are, so "Lawrence of Arabia" is a title and a lowercase "yosemite" a place.
 */
export const PLACE_NAMES: readonly string[] = [
  'yosemite', 'arabia', 'sahara', 'himalayas', 'himalaya', 'patagonia', 'serengeti', 'mesopotamia', 'piccadilly', 'stonehenge',
  'santorini', 'bali', 'transylvania', 'andes', 'alps', 'outback', 'atlantis', 'narnia', 'mordor', 'hogwarts', 'wakanda',
  'asgard', 'westeros', 'timbuktu', 'shibuya', 'chernobyl', 'pompeii', 'babylon', 'sparta', 'amazonia',
];

/**
 * Endings of a town's or a realm's name: a word the lexicon does not list that ends in one is a
 * place name ("whoville", "Sparkleshire", "a megapolis", "Nuketown"), read as the others are.
 * "burg" is left out: typed in lower case it is mostly a surname ("ginsburg").
 */
export const PLACE_NAME_ENDINGS: readonly string[] = ['ville', 'burgh', 'shire', 'polis', 'grad', 'town'];

/**
 * WordNet place names (scripts/generate.ts reads them into PLACE_WORDS and PLACE_PHRASES) that
 * are mostly something else in prompts. Run `npm run generate` after a change.
 */
export const NOT_PLACE_NAMES: readonly string[] = [
  // Names of people and characters ("Florence Pugh", "Moana and Maui", "Jane Eyre", "Simon Belmont")
  'florence', 'maui', 'eyre', 'augusta', 'olympia', 'belmont', 'elam', 'saba',
  // A dog breed: "a golden labrador running"
  'labrador',
  // Words of other languages and typos: "primer plano", "fuego", "qui marche", "um pasto", "vida urbana", "brest"
  'plano', 'fuego', 'marche', 'pasto', 'urbana', 'vila', 'hilo', 'culebra', 'nacimiento', 'brest',
  // A species' name: "Posidonia oceanica"
  'oceanica',
  // A style more than a place: "old world charm"
  'old world', 'new world',
  // A people or a faith more than the realm WordNet files it as: "the word 'Zion' as a tattoo"
  'zion', 'sion',
];

/**
 * Place words that also name a phase: a place only in the singular and not after a word that
 * orders or counts phases ("the final stage", "each stage", "stages of growth", "at this stage").
 */
export const PHASE_PLACES: readonly string[] = ['stage'];
export const PHASE_ORDERS: readonly string[] = [
  'final', 'each', 'every', 'next', 'early', 'earlier', 'late', 'later', 'last', 'first', 'second', 'third', 'initial',
  'intermediate', 'advanced', 'critical', 'this', 'that', 'various', 'different', 'mature', 'center', 'centre',
];

/** Nouns of position that, after a noun, name a facility: "in a data center", "at the shopping centre" ("in the center" is a position). */
export const FACILITY_HEADS: readonly string[] = ['center', 'centre', 'centers', 'centres'];

/**
 * Verbs of change: after one, "from … to …" names the states it passes between, not a place
 * ("transitioning from blooming flowers to seed heads", "ranging from pale buds to deep red
 * petals"); a listed place or time inside stays ("shifting from day to night").
 */
export const CHANGE_FROM_VERBS: readonly string[] = [
  'transition', 'transform', 'change', 'evolve', 'morph', 'progress', 'shift', 'turn', 'range', 'mature', 'develop', 'grow', 'metamorphose',
];

/** Places a thing is seen from, after "from" and a noun: "the Earth from space", "a city from orbit". */
export const SEEN_FROM: readonly string[] = ['space', 'orbit'];

/** Endings of unlisted abstract nouns (see ABSTRACT_NOUNS). */
export const ABSTRACT_SUFFIXES: readonly string[] = ['ism', 'ness', 'hood'];

/** Endings of unlisted garments, which are worn, not a place: "in swimwear", "in beachwear". */
export const GARMENT_SUFFIXES: readonly string[] = ['wear'];

/**
 * A background or backdrop is the environment when the prompt says what it looks like: "a
 * black background", "on a white seamless backdrop", "the background is grey". Bare, it is
 * only a position ("people in the background").
 */
export const BACKDROPS: readonly string[] = ['background', 'backgrounds', 'backdrop', 'backdrops'];

/**
 * Positions that put what comes just before them in the scenery: "burning steelworks in the
 * background", "a lighthouse in the distance", "ships on the horizon". A thing there is part of
 * the setting; a person or an animal there is not ("people in the background").
 */
export const SCENERY_POSITIONS: readonly string[] = [
  'in the background', 'in background', 'in the far background', 'in the distant background', 'in the backdrop',
  'in the distance', 'in distance', 'in the far distance', 'far in the distance', 'on the horizon', 'along the horizon',
];

/** Words that describe a backdrop's look, besides the colour words (rules/data/lighting.ts COLOURS). */
export const BACKDROP_LOOKS: readonly string[] = [
  'plain', 'seamless', 'solid', 'neutral', 'studio', 'gradient', 'blank', 'empty', 'dark', 'bright', 'pastel', 'monochrome',
  'monochromatic', 'textured', 'paper', 'velvet', 'fabric', 'canvas', 'concrete', 'wooden', 'marble', 'pure', 'light',
  // A backdrop that is a place: "the background is space", "a starry background"
  'space', 'starry',
  // A backdrop lit by signs ("a blurred neon background"; "a blurred background" alone is optics)
  'neon',
];

/** Verbs that link a backdrop to its look: "the background is black". */
export const BACKDROP_LINKS: readonly string[] = ['is', 'was', 'are', 'remains', 'stays', 'becomes', 'turns'];

/**
 * Verbs (as lemmas) by which a backdrop shows what it holds: "the background features a vibrant
 * carnival", "the backdrop shows tall pine trees". What they show is the setting, as after "a
 * backdrop of"; people and animals there are not ("the background shows a dog").
 */
export const BACKDROP_SHOWS: readonly string[] = ['feature', 'show', 'depict', 'display', 'reveal', 'include', 'contain'];

/** Hues a time of day names as a colour right before them ("midnight blue", "a twilight blue sky"). */
export const TIME_HUES: readonly string[] = [
  'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'violet', 'pink', 'magenta', 'cyan', 'teal', 'turquoise', 'white',
  'black', 'grey', 'gray', 'brown', 'indigo', 'lilac', 'lavender', 'navy',
];

/**
 * Words that introduce a name: a light, place, time or weather word capitalised after one (or in
 * a quotation after one) names a character or a work, not the scene ("a horse named Thunder", "a
 * film called Midnight Sun", a song titled "Summer Rain").
 */
export const NAME_LEADS: readonly string[] = ['named', 'called', 'titled', 'entitled', 'dubbed', 'nicknamed', 'christened'];

/**
 * Place names that are first words of longer place names: after one of these a place name is
 * not a first name ("New York Hot-Dog Cart" is a cart, "Paris Hilton" a person).
 */
export const PLACE_NAME_PREFIXES: readonly string[] = [
  'new', 'old', 'san', 'santa', 'los', 'las', 'st', 'saint', 'fort', 'port', 'mount', 'lake', 'north', 'south', 'east',
  'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'downtown',
];

/** Verbs whose "of" or "from" names a material, not a place: "made of sand", "carved from ice". */
export const MATERIAL_VERBS: readonly string[] = [
  'made', 'built', 'carved', 'formed', 'sculpted', 'sculptured', 'composed', 'crafted', 'constructed', 'woven', 'molded',
  'moulded', 'shaped', 'fashioned', 'assembled',
];

/**
 * Words that, capitalised after a capitalised name, end a place's name though they are verbs too:
 * "Victoria Falls", "Angel Falls", "Palm Springs" ("the leaf falls", "he springs up" stay verbs).
 */
export const PLACE_NAME_SUFFIXES: readonly string[] = ['falls', 'springs'];

/** Words before a mountain's name: "Mount Fuji", "Mt Everest", "Mt. Kilimanjaro". */
export const MOUNTAIN_PREFIXES: readonly string[] = ['mount', 'mt'];

/**
 * Place words that, capitalised after a first name, are mostly a surname: "Nick Cave", "Lauryn
 * Hill", "Shirley Temple". Words that head the names of streets, parks and rivers stay places
 * ("Lincoln Park", "Abbey Road", "Jordan River").
 */
export const SURNAME_PLACES: readonly string[] = [
  'cave', 'hill', 'hills', 'wood', 'woods', 'field', 'fields', 'brook', 'brooks', 'marsh', 'temple', 'church', 'castle',
  'forest', 'rivers', 'banks', 'shore', 'lake', 'moor', 'ford',
];

/**
 * Place names that written in lower case are mostly a common word ("a roast turkey", "a china
 * cup", "a phoenix rising"); other lower-case place names count ("mumbai marine drive").
 */
export const LOWERCASE_NOT_PLACES: readonly string[] = [
  'turkey', 'china', 'jersey', 'cork', 'chile', 'guinea', 'phoenix', 'cologne', 'oxford', 'panama', 'manila', 'lima',
  'mecca', 'havana', 'java',
];

/**
 * Buildings, landmarks and storms one can watch that are what the shot looks at when a phrase
 * places them or they act: "an old barn in a field", "a lighthouse on a cliff", "drone shot of a
 * castle on a hill", "a volcano erupts", "a tornado spins across the plains". Elsewhere they are the
 * setting ("inside the barn", "caught in a tornado").
 */
export const LANDMARKS: readonly string[] = [
  'house', 'home', 'mansion', 'cottage', 'cabin', 'hut', 'shack', 'barn', 'farmhouse', 'castle', 'palace', 'fortress',
  'tower', 'lighthouse', 'temple', 'shrine', 'church', 'cathedral', 'chapel', 'mosque', 'monastery', 'pagoda', 'ruins',
  'ruin', 'skyscraper', 'skyscrapers', 'hotel', 'motel', 'inn', 'bridge', 'windmill', 'tent', 'volcano', 'waterfall',
  'iceberg', 'glacier', 'stadium', 'arena', 'factory', 'warehouse', 'school', 'museum', 'hospital', 'prison', 'bunker',
  'space station', 'treehouse', 'igloo', 'pyramid', 'statue', 'monument', 'fountain', 'bungalow', 'chalet', 'manor',
  'gazebo', 'observatory', 'synagogue', 'basilica', 'embassy', 'high-rise', 'citadel', 'colosseum', 'coliseum',
  'tornado', 'tornadoes', 'hurricane', 'typhoon', 'cyclone', 'waterspout', 'sandstorm', 'dust storm', 'avalanche', 'tsunami',
];
