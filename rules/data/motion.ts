import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Motion that is not carried by a single verb: time effects, motion idioms and event nouns
 * ("a car chase", "fireworks"). Verbs are recognised by part of speech (src/analysis/motion.ts),
 * not by this list: any dynamic verb is an action unless rules/data/static.ts says otherwise.
 */
export default {
  phrase: [
    'slow motion', 'slow-motion', 'slo-mo', 'slowmo', 'slow-mo', 'slow mo', 'slomo', 'slo mo', 'time-lapse', 'timelapse', 'time lapse', 'timelaps', 'time laps', 'time-laps', 'hyperlapse', 'hyper-lapse',
    'speed ramp', 'speed ramping', 'reverse motion', 'in reverse', 'in motion', 'on the move', 'motion trail',
    'motion trails', 'back and forth', 'to and fro', 'round and round', 'side to side', 'in the wind', 'in the breeze',
    'on the wind', 'mid-air', 'midair', 'mid-flight', 'mid-stride', 'mid-jump', 'mid-leap', 'in flight', 'in mid-air',
    'at full speed', 'at high speed', 'full gallop', 'full sprint', 'fast-paced', 'fast paced', 'action sequence',
    'action scene', 'one continuous motion', 'frame by frame', 'stop motion', 'stop-motion', 'freeze frame',
  ],
  event: [
    'chase', 'car chase', 'pursuit', 'race', 'dance', 'dance routine', 'choreography', 'fight', 'fistfight', 'sword fight',
    'swordfight', 'gunfight', 'shootout', 'dogfight', 'battle', 'duel', 'brawl', 'skirmish', 'explosion', 'explosions',
    'blast', 'detonation', 'eruption', 'avalanche', 'landslide', 'rockslide', 'mudslide', 'stampede', 'parade',
    'procession', 'fireworks', 'firework', 'fireworks display', 'collision', 'crash', 'car crash', 'ripples',
    'takeoff', 'take-off', 'liftoff', 'lift-off', 'rocket launch', 'touchdown',
    'sprint', 'marathon', 'jump', 'leap', 'somersault', 'backflip', 'flip', 'cartwheel', 'spin', 'pirouette', 'twirl',
    'transformation', 'metamorphosis', 'migration', 'flood', 'tsunami', 'whirlpool', 'vortex', 'tornado', 'cyclone',
    'waterspout', 'downpour', 'gust', 'gusts', 'shockwave', 'kick', 'punch', 'workout', 'training session',
    // Sports moves named as nouns: "a basketball dunk", "a skateboard kickflip".
    'dunk', 'slam dunk', 'kickflip', 'ollie', 'uppercut', 'headbutt', 'bicycle kick', 'free kick',
    // Movement named as a noun: a dancer's moves, an animator's looping walk ("a walk cycle of a fox").
    'dance moves', 'walk cycle', 'run cycle',
    // Fire, water and storms that move by themselves: "a shed on fire", "tea splash", "a ship in a storm".
    // Weather alone (rain, snow, fog) is a condition of the place, not an event.
    'fire', 'on fire', 'in flames', 'flames', 'flame', 'blaze', 'wildfire', 'bonfire', 'inferno', 'smoke', 'splash',
    'splashes', 'waterfall', 'waterfalls', 'rapids', 'rainstorm', 'snowstorm', 'blizzard',
    'sandstorm', 'storm', 'thunderstorm', 'hailstorm', 'hurricane', 'typhoon', 'combat', 'melee',
    // Lightning flashes and strikes as a storm moves ("a sky with lightning"); onslaughts and quakes.
    'lightning', 'lightnings', 'meteor shower', 'earthquake',
    'invasion', 'siege', 'showdown',
    // Flying named as a noun: "a flight over the island", "the flight of a bumblebee".
    'flight',
  ],
} satisfies LexiconData;

/**
 * Words before an event noun (a determiner may come between) that leave it still or over: "a
 * frozen waterfall", "after the rain", "a dried-up waterfall", "an extinguished fire".
 */
export const STILL_BEFORE_EVENTS: readonly string[] = ['frozen', 'icy', 'ice', 'dry', 'dried', 'dried-up', 'extinguished', 'after', 'painted', 'fake'];

/**
 * Event nouns that, before "of" and what is no being, measure it: "a flight of stairs" (but "the
 * flight of a bumblebee" flies).
 */
export const MEASURING_EVENTS: readonly string[] = ['flight'];

/**
 * Nouns after an event noun that name a scene or a kind of it, so the event keeps its sense:
 * "battle scenes", "chase sequence", "dance routine"; with the event nouns themselves ("duel
 * combat", "fire storm").
 */
export const EVENT_HEADS: readonly string[] = ['scene', 'scenes', 'sequence', 'sequences', 'footage', 'shot', 'shots', 'clip', 'video', 'routine', 'routines'];

/** -ing words that, before a scene word, say where in the film it falls: "the closing scene", "an opening shot". */
export const FILM_PARTS: readonly string[] = ['opening', 'closing', 'ending', 'starting', 'concluding', 'following', 'preceding'];

/**
 * -ing words of action verbs that name a place, a thing or an occasion, so that closing a phrase
 * after someone they stay nouns: "a girl in a rural setting", "a guard at the railway crossing"
 * (but "a woman in a red dress dancing" dances).
 */
export const NOUN_GERUNDS: readonly string[] = [
  'setting', 'building', 'clearing', 'crossing', 'landing', 'opening', 'gathering', 'parking', 'dressing', 'training',
  'boarding', 'swing', 'ring', 'offering', 'recording', 'clothing', 'housing', 'filling', 'frosting', 'icing',
  'stitching',
];

/**
 * Gerunds of verbs that need an object, which with none after them name a thing after a word that
 * does not act: "an abandoned building", "a kitchen setting", "gym clothing" (but "a child
 * building a sandcastle", "the sun setting").
 */
export const THING_GERUNDS: readonly string[] = ['building', 'setting', 'clothing', 'housing', 'stitching'];

/**
 * Verbs, besides the action verbs below, that act on a bare object right after a bare subject:
 * "Zoro kills Luffy" (the verbs below cover "cat bites dog", "raccoon plays guitar").
 */
/**
 * Verbs that take no object, so have no passive: their past form after a thing, before a place,
 * is what happened there ("a bomb exploded at sea", "the bridge collapsed in the storm"), not a
 * state it was left in ("a car parked on the street"). Matched by lemma.
 */
export const NO_PASSIVE_VERBS: readonly string[] = [
  'explode', 'erupt', 'collapse', 'crumble', 'vanish', 'disappear', 'emerge', 'arrive', 'depart', 'die', 'evaporate',
  'capsize', 'disintegrate',
  // Light that changes and things that drift on their own: "colorful lights flickered at the party".
  'flicker', 'twinkle', 'glimmer', 'shimmer', 'flare', 'blink', 'pulse', 'flutter', 'drift', 'float', 'swirl',
];

export const OBJECT_VERBS: readonly string[] = ['kill', 'slay', 'beat', 'defeat', 'rescue', 'save', 'marry', 'ride', 'hurt', 'injure'];

/**
 * Action verbs that, right after a bare name or before a bare noun, are more likely a noun in a
 * compound: "Toothopia text", "High-resolution photograph", "men film style", "Kubrick record".
 */
export const NOUNS_AFTER_NAMES: readonly string[] = [
  'text', 'type', 'film', 'photograph', 'record', 'call', 'study', 'work', 'shop', 'park', 'land', 'set', 'point',
  'ring', 'box', 'plant', 'water', 'dust', 'model', 'style', 'design', 'logo', 'sketch', 'paint', 'draw', 'print',
];

/** Verbs that tell what a sign or label says, not what a thing does: "a sign that reads Open". */
export const TEXT_VERBS: readonly string[] = ['read', 'say', 'spell', 'write', 'state', 'display', 'show'];

/** Camera moves, base forms ("the camera pans", "we dolly in"). */
export const CAMERA_VERBS: readonly string[] = [
  'pan', 'tilt', 'dolly', 'track', 'truck', 'crane', 'boom', 'zoom', 'orbit', 'arc', 'push', 'pull', 'glide', 'sweep',
  'swoop', 'circle', 'rack', 'whip', 'shake', 'rotate',
];

/**
 * What a camera does as a device, not a move of the shot: "camera flashes" at a premiere is the
 * photographers' light, "cameras click" their sound.
 */
export const DEVICE_VERBS: readonly string[] = ['flash', 'click', 'snap', 'beep', 'blink', 'flicker', 'whir', 'whirr', 'buzz'];

/**
 * The one who watches the video: what a prompt asks of them ("inviting viewers to explore",
 * "allowing the viewer to absorb the grandeur") happens outside the shot, unless it is a move
 * of the view itself (VIEWER_MOVES: "inviting the viewer to drift through the hall").
 */
export const VIEWER_NOUNS: readonly string[] = ['viewer', 'viewers'];

/**
 * Verbs that move the camera when "we" or "the viewer" is their subject, besides CAMERA_VERBS:
 * "we fly over the rooftops", "we follow her down the stairs". With other verbs "we" are people
 * of the story ("we meet our hero", "we will declare a strike"), not the camera.
 */
export const VIEWER_MOVES: readonly string[] = [
  'move', 'fly', 'follow', 'travel', 'approach', 'descend', 'ascend', 'rise', 'drift', 'float', 'enter', 'pass', 'soar',
  'dive', 'plunge', 'go', 'head', 'turn', 'spin', 'race', 'rush', 'speed', 'climb', 'sink', 'emerge', 'hover', 'cruise',
  'weave', 'sail', 'back', 'retreat', 'recede', 'cross', 'slide', 'skim', 'zip', 'fall', 'drop', 'lift', 'pull away', 'move in', 'close in',
];

/**
 * Where a drone is seen going from outside, not the camera flying: across the frame ("a drone
 * flies rightwards") or toward one of SEEN_ENDS ("ascending towards the clouds", "descending to
 * the ground"), after one of SEEN_PATHS.
 */
/**
 * Pictures of something: after one of these and "of", someone or something (named or not) is
 * what the picture shows, so an action verb after it is theirs ("a closeup of Lord Krishna
 * talking", "footage of a couple kissing").
 */
export const DEPICTIONS: readonly string[] = [
  'image', 'images', 'picture', 'pictures', 'photo', 'photos', 'photograph', 'video', 'videos', 'clip', 'footage', 'shot',
  'shots', 'closeup', 'close-up', 'view', 'pov', 'scene', 'scenes', 'caricature', 'animation', 'gif', 'film', 'movie',
];

/** Verbs of filming: with a drone as their subject, the drone is the camera ("a drone captures the coast", "drone shoot"). */
export const FILMING_VERBS: readonly string[] = ['capture', 'film', 'shoot', 'record', 'photograph', 'video', 'view'];
export const SCREEN_DIRECTIONS: readonly string[] = ['leftward', 'leftwards', 'rightward', 'rightwards'];
export const SEEN_PATHS: readonly string[] = ['in', 'into', 'to', 'toward', 'towards'];
export const SEEN_ENDS: readonly string[] = ['sky', 'skies', 'clouds', 'air', 'ground'];

/**
 * Verbs of going from place to place and of moving the body, base forms: after them "up" and
 * "down" may lead along a place ("walks down the aisle", "a cat climbing up a tree"); after a verb
 * that does not travel they are its particle, and its object is no place ("rolling up a yoga
 * mat", "cut down a tree"). More such verbs: PATH_VERBS in rules/data/environment.ts.
 */
/**
 * Verbs of going that also set things in order, in time or in a list: "a close-up followed by a
 * wide shot", "the code followed by a new version". Their passive after a noun moves only when
 * the noun or the doer can go ("a man followed by a dog").
 */
export const ORDER_VERBS: readonly string[] = ['follow', 'precede', 'lead', 'trail'];

export const LOCOMOTION: readonly string[] = [
  'walk', 'stroll', 'amble', 'saunter', 'stride', 'march', 'trudge', 'plod', 'stomp', 'tiptoe', 'pace', 'wander', 'roam',
  'hike', 'trek', 'run', 'jog', 'sprint', 'dash', 'race', 'rush', 'hurry', 'scurry', 'scamper', 'scuttle', 'trot', 'canter',
  'gallop', 'lope', 'bound', 'hop', 'skip', 'jump', 'leap', 'vault', 'pounce', 'lunge', 'dive', 'plunge', 'climb', 'clamber',
  'scramble', 'crawl', 'creep', 'slither', 'wriggle', 'squirm', 'swim', 'paddle', 'wade', 'splash', 'float', 'drift', 'glide',
  'soar', 'fly', 'flutter', 'flap', 'hover', 'swoop', 'dart', 'zip', 'zoom', 'whiz', 'whizz', 'speed', 'cruise', 'sail',
  'row', 'surf', 'skate', 'ski', 'snowboard', 'skateboard', 'cycle', 'bike', 'ride', 'drive', 'steer', 'pedal', 'commute',
  'travel', 'journey', 'venture', 'migrate', 'flee', 'escape', 'chase', 'pursue', 'follow', 'lead', 'approach', 'advance', 'retreat',
  'recede', 'enter', 'exit', 'leave', 'arrive', 'depart', 'emerge', 'vanish', 'disappear', 'cross', 'pass',
  'circle', 'orbit', 'loop', 'weave', 'zigzag', 'meander', 'snake', 'swerve', 'veer', 'turn', 'rotate', 'spin', 'twirl',
  'whirl', 'swirl', 'spiral', 'twist', 'roll', 'tumble', 'topple', 'fall', 'drop', 'plummet', 'descend', 'sink', 'rise',
  'ascend', 'lift', 'climb', 'soar', 'bounce', 'rebound', 'slide', 'slip', 'skid', 'stumble', 'trip', 'stagger', 'lurch',
  'totter', 'wobble', 'sway', 'rock', 'swing', 'dangle', 'bob', 'shake', 'shiver', 'tremble', 'quiver', 'vibrate',
  'shudder', 'jolt', 'jerk', 'twitch', 'flinch', 'wiggle', 'waggle', 'wag', 'nod', 'bow', 'wave', 'gesture', 'point',
  'beckon', 'shrug', 'blink', 'wink', 'glance', 'turn', 'bend', 'stretch', 'reach', 'duck', 'dodge', 'get up', 'wake', 'awaken', 'stand up', 'sit down', 'lie down',
];

/**
 * Action verbs, base forms. Parts of speech come from the lexicon generated from compromise;
 * these are folded into it by scripts/generate.ts so every form is known as a verb ("flickers",
 * "stumbling", "spiralled") even where compromise does not list it. Not a closed list: any
 * verb the lexicon knows that is not stative counts as an action.
 */
export const VERBS: readonly string[] = [
  // Locomotion
  ...LOCOMOTION,
  // Hands and bodies at work
  'grab', 'grasp', 'seize', 'catch', 'throw', 'toss', 'hurl', 'fling', 'pitch', 'lob', 'kick', 'punch', 'hit', 'strike',
  'slap', 'smack', 'tap', 'knock', 'pound', 'hammer', 'push', 'pull', 'drag', 'haul', 'tug', 'yank', 'carry', 'lift',
  'raise', 'lower', 'place', 'set down', 'put', 'pick', 'pour', 'spill', 'sprinkle', 'scatter', 'spray', 'squirt',
  'stir', 'whisk', 'mix', 'knead', 'chop', 'slice', 'dice', 'cut', 'peel', 'grate', 'fry', 'saute', 'flip', 'cook',
  'bake', 'grill', 'roast', 'boil', 'simmer', 'sizzle', 'eat', 'bite', 'chew', 'sip', 'drink', 'gulp', 'lick', 'taste',
  'feed', 'write', 'draw', 'paint', 'sketch', 'type', 'play', 'strum', 'pluck', 'drum', 'sing', 'dance', 'perform',
  'juggle', 'wrestle', 'fight', 'box', 'fence', 'spar', 'attack', 'defend', 'shoot', 'fire', 'aim', 'swing', 'slash',
  'stab', 'parry', 'block', 'tackle', 'dribble', 'pass', 'score', 'serve', 'volley', 'bat', 'bowl', 'putt', 'swim',
  'open', 'close', 'shut', 'slam', 'unlock', 'unfold', 'fold', 'unwrap', 'wrap', 'tie', 'untie', 'button', 'zip',
  'dress', 'undress', 'brush', 'comb', 'wash', 'scrub', 'wipe', 'clean', 'sweep', 'mop', 'dust', 'polish', 'build',
  'assemble', 'construct', 'dig', 'shovel', 'plant', 'water', 'harvest', 'sew', 'knit', 'weave', 'hammer', 'saw',
  'drill', 'weld', 'carve', 'sculpt', 'mold', 'shape', 'craft', 'fix', 'repair', 'adjust', 'operate', 'press', 'squeeze',
  'crush', 'break', 'smash', 'shatter', 'crack', 'split', 'tear', 'rip', 'burst', 'pop', 'explode', 'erupt', 'collapse',
  'crumble', 'melt', 'thaw', 'burn', 'ignite', 'blaze', 'smoke', 'steam', 'boil', 'bubble', 'fizz', 'foam',
  'froth', 'drip', 'trickle', 'flow', 'stream', 'gush', 'spurt', 'pour', 'cascade', 'ripple', 'lap', 'crash', 'surge',
  'swell', 'churn', 'roil', 'billow', 'rustle', 'flutter', 'flap', 'flicker', 'twinkle', 'sparkle', 'shimmer', 'flash',
  'blink', 'pulse', 'pulsate', 'throb', 'beat', 'tick', 'grow', 'shrink', 'expand', 'contract', 'inflate', 'deflate',
  'bloom', 'blossom', 'unfurl', 'sprout', 'wilt', 'wither', 'fade', 'dissolve', 'morph', 'transform', 'change', 'shift',
  'evolve', 'mutate', 'merge', 'split', 'scatter', 'gather', 'swarm', 'flock', 'herd', 'crowd', 'spread', 'disperse',
  'converge', 'collide', 'bump', 'nudge', 'jostle', 'shove', 'nuzzle', 'scrape', 'graze', 'brush', 'sweep', 'blow', 'gust', 'howl', 'whip', 'lash', 'pelt',
  'rain', 'snow', 'hail', 'drizzle', 'pour', 'settle', 'land', 'touch down', 'take off', 'launch', 'blast off', 'hover',
  // People together
  'hug', 'embrace', 'kiss', 'cuddle', 'hold hands', 'shake hands', 'high-five', 'greet', 'wave goodbye', 'argue',
  'talk', 'chat', 'speak', 'shout', 'yell', 'scream', 'laugh', 'giggle', 'cry', 'weep', 'sob', 'cheer', 'clap',
  'applaud', 'celebrate', 'toast', 'play', 'tease', 'tickle', 'chase', 'wrestle', 'cook', 'serve', 'pour', 'deliver',
  'hand', 'give', 'offer', 'receive', 'take', 'steal', 'hide', 'search', 'explore', 'investigate', 'inspect', 'examine',
  'check', 'study', 'read', 'browse', 'scroll', 'text', 'call', 'film', 'photograph', 'record', 'demonstrate',
  'teach', 'train', 'exercise', 'lift weights', 'stretch', 'practice', 'rehearse', 'work', 'labor', 'toil', 'struggle',
  'shop', 'pay', 'sell', 'buy', 'bargain', 'pack', 'unpack', 'load', 'unload', 'move', 'relocate', 'rearrange',
  // Vehicles, machines and the world
  'accelerate', 'brake', 'decelerate', 'overtake', 'park', 'reverse', 'honk', 'rev', 'drift', 'skid', 'crash', 'derail',
  'taxi', 'dock', 'moor', 'capsize', 'sink', 'orbit', 'rotate', 'revolve', 'spin', 'whirr', 'whir', 'hum', 'roar',
  'rumble', 'clatter', 'rattle', 'clank', 'whistle', 'ring', 'buzz', 'beep', 'rise', 'set', 'dawn', 'break', 'roll in',
  'sweep', 'engulf', 'consume', 'envelop', 'swallow', 'flood', 'overflow', 'rain down', 'shower', 'sprinkle', 'dust',
  'pile', 'accumulate', 'drift', 'swirl', 'eddy', 'whip', 'buffet', 'sway', 'bend', 'snap', 'creak', 'groan', 'wobble',
  'emerge', 'surface', 'breach', 'dive', 'hatch', 'crack open', 'peck', 'nibble', 'gnaw', 'graze', 'forage', 'hunt',
  'stalk', 'prowl', 'pounce', 'preen', 'groom', 'lick', 'paw', 'sniff', 'scratch', 'dig', 'burrow', 'nest', 'perch on',
  'bark', 'howl', 'growl', 'roar', 'purr', 'meow', 'chirp', 'tweet', 'sing', 'croak', 'hiss', 'neigh', 'moo', 'bleat',
  'squawk', 'quack', 'hoot', 'caw', 'coo', 'cluck', 'oink', 'bray', 'whinny', 'squeal', 'squeak', 'snort', 'grunt',
  'bellow', 'chatter', 'warble',
  // Verbs compromise does not list, so their forms were read as nouns ("Godzilla destroys the city")
  'destroy', 'annihilate', 'obliterate', 'devour', 'rescue', 'shred', 'swat', 'choke', 'streak', 'splatter',
  'glitch', 'propel', 'disintegrate', 'traverse', 'brew', 'scoop', 'ruffle', 'plow', 'brandish', 'gasp', 'peek', 'chug',
  'flick', 'puff', 'rocket', 'flit', 'maneuver', 'caress', 'loll', 'sigh',
  // Slow or small movement: "fog seeps through the cracks", "a penguin waddles", "steam wafts up"
  'seep', 'waft', 'waddle', 'toddle', 'hobble', 'trundle', 'scoot', 'sidle', 'slink', 'skulk', 'skitter', 'sashay',
  'levitate', 'writhe', 'undulate', 'droop', 'sag', 'teeter', 'jiggle', 'flail', 'thrash', 'slosh', 'sputter',
  'dissipate', 'evaporate', 'glint', 'glimmer',
  // The camera
  ...CAMERA_VERBS,
];

/** Words in a `[placeholder]` that stand for the action ("[action]", "[subject movement]"). */
export const PLACEHOLDER_HINTS: readonly string[] = ['action', 'actions', 'motion', 'movement', 'move', 'activity', 'verb', 'doing'];

/** Field names whose value is what the subject does ("Action: claps", `"action": "waves"`): a word there that can be a verb is one. */
export const ACTION_FIELDS: readonly string[] = ['action', 'actions'];
