import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * Camera vocabulary: what a director of photography would write on a shot list. Inflections
 * come from lemma matching ("pans", "tracking shots"). Words that are also everyday words
 * ("pan", "tilt", "crane", "truck") live in AMBIGUOUS below and count only in a camera context.
 */
export default {
  shot: [
    'close-up', 'closeup', 'close up shot', 'extreme close-up', 'extreme closeup', 'ecu', 'medium close-up', 'medium closeup',
    'tight close-up', 'tight shot', 'close shot', 'face shot', 'medium shot', 'mid shot', 'middle shot', 'far shot', 'distant shot',
    'distance shot', 'shoulder shot', 'underwater shot', 'medium wide shot', 'medium long shot', 'medium full shot',
    'cowboy shot', 'american shot', 'wide shot', 'extreme wide shot', 'very wide shot', 'full shot', 'full body shot', 'long shot',
    'extreme long shot', 'establishing shot', 'master shot', 'two-shot', 'two shot', 'three-shot', 'group shot', 'single shot',
    'aerial shot', 'drone shot', 'helicopter shot', 'overhead shot', 'top shot', 'bird\'s-eye shot', 'high-angle shot',
    'low-angle shot', 'eye-level shot', 'dutch angle shot', 'canted shot', 'over-the-shoulder shot', 'over the shoulder',
    'ots shot', 'point-of-view shot', 'pov shot', 'point of view', 'pov', 'first-person view', 'first-person perspective',
    'third-person view', 'insert shot', 'cutaway shot', 'cutaway', 'reaction shot', 'macro shot', 'detail shot', 'profile shot',
    'side shot', 'side view', 'side profile', 'front view', 'back view', 'reverse shot', 'reverse angle',
    'shot-reverse-shot', 'static shot', 'locked-off shot', 'handheld shot', 'steadicam shot', 'gimbal shot', 'long take',
    'one-take', 'single take', 'oner', 'continuous shot', 'continuous take', 'split diopter shot', 'hero shot', 'beauty shot',
    'product shot', 'establishing view', 'wide establishing shot', 'wide angle shot', 'wide-angle view', 'wide angle', 'wide-angle', 'panoramic shot',
    'panoramic view', 'panorama shot', 'extreme wide', 'medium wide', 'medium close', 'head and shoulders', 'headshot',
    'bust shot', 'waist shot', 'knee shot', 'full-length shot', 'silhouette shot', 'car-mounted shot', 'car mount',
    'vehicle-mounted shot', 'chase cam', 'bodycam', 'body cam', 'body-mounted camera', 'helmet cam', 'dashcam', 'dash cam',
    'gopro', 'gopro footage', 'security camera footage', 'cctv footage', 'surveillance footage', 'found footage',
    'selfie shot', 'selfie view', 'vlog style', 'screen-filling', 'frame-filling', 'shot from above', 'shot from below',
    'shot from behind', 'shot from the side', 'shot on', 'filmed on', 'filmed with',
    // Footage named after the device that films it: "selfie video", "webcam footage".
    'selfie video', 'selfie footage', 'selfie-style', 'selfie camera', 'webcam footage', 'phone footage', 'smartphone footage',
    // A camera under water: "underwater footage of an octopus", "underwater camera footage" (not "holding
    // an underwater camera").
    'underwater footage', 'underwater video', 'underwater camera footage', 'underwater camera shot', 'underwater camera view',
    // Whose eyes the camera takes, with a word for the view or "in" before it: "Ninja fighting in
    // first person", "third-person perspective", "3rd person shot"; not "the first person to fly".
    'first-person shot', 'first-person footage', 'first-person video', 'first-person pov', 'first-person experience',
    'in first-person', 'in first person', 'firstperson', 'first-person prospective', 'first person prospective',
    'third-person perspective', 'third-person shot', 'third-person footage', 'third-person video', 'in third-person',
    'in third person', 'thirdperson', '1st person perspective', '1st person shot', 'in 1st person', '3rd person perspective',
    '3rd person shot', 'in 3rd person',
    // A wide shot in the words of other film languages: "general shot", "plano general" as "general plan".
    'general shot', 'general plan', 'general plane', 'general view',
    // How much of the body the frame shows (a framing only in the sense kept by BODY_FRAMING below).
    'full body', 'full-body', 'fullbody', 'half body', 'half-body', 'upper body', 'from the waist up', 'from the chest up',
    'full height', 'full-height',
  ],
  movement: [
    // Shot types named after a camera move: the shot itself moves.
    'tracking shot', 'follow shot', 'following shot', 'swooping shot', 'dolly shot', 'crane shot', 'jib shot', 'boom shot', 'pan shot', 'tilt shot',
    'zoom shot', 'push-in shot', 'pull-back shot', 'reveal shot', 'orbit shot', 'orbiting shot', 'arc shot', '360 shot',
    'moving shot', 'moving camera shot', 'camera movement', 'camera moves', 'camera move', 'camera motion', 'moving camera', 'camera glides', 'camera drifts',
    'camera rises', 'camera descends', 'camera circles', 'camera follows', 'camera tracks', 'camera pushes in',
    'camera pulls back', 'camera pulls away', 'camera pulls out', 'camera zooms', 'camera pans', 'camera tilts',
    'camera orbits', 'camera sweeps', 'camera swoops', 'camera flies', 'camera travels', 'camera approaches',
    'camera dollies', 'camera cranes', 'camera booms', 'camera rotates', 'camera spins', 'camera shakes', 'camera whips',
    // The same moves as commands: "rotate camera", "pan the camera left".
    'rotate camera', 'rotate the camera', 'pan camera', 'pan the camera', 'tilt camera', 'tilt the camera', 'move camera',
    'move the camera', 'spin camera', 'spin the camera', 'zoom camera', 'zoom the camera', 'orbit camera', 'orbit the camera',
    // A view that turns: "rotating view of a car", "a 360 view of a sneaker".
    'rotating view', 'revolving view', 'spinning view', '360 view', '360-degree view', '360 degree view', 'camera rotation', 'camera trails',
    // The move as a noun, which "pull out" alone is not ("pulled out from his pocket"): "A pull-out from a close-up".
    'a pull-out from', 'a pull-back from', 'a pullback from', 'cinematic pull-out', 'cinematic pull-back',
    'dolly in', 'dolly out', 'dolly forward', 'dolly back', 'dolly left', 'dolly right', 'dolly zoom', 'vertigo effect',
    'push in', 'push-in', 'pull back', 'pull-back', 'pull out', 'slow push', 'slow push in', 'slow zoom', 'slow pan',
    'slow tilt', 'slow dolly', 'slow tracking', 'whip pan', 'swish pan', 'quick pan', 'fast pan', 'pan left', 'pan right',
    'pan up', 'pan down', 'pan across', 'tilt up', 'tilt down', 'truck left', 'truck right', 'crane up', 'crane down',
    'boom up', 'boom down', 'pedestal up', 'pedestal down', 'zoom in', 'zoom out', 'crash zoom', 'snap zoom', 'rack zoom',
    'low pan', 'high pan', 'low tilt', 'low dolly', 'low tracking', 'low flyover', 'low fly-over', 'low fly over',
    'low fly-by', 'low flyby', 'tracking', 'tracking camera', 'follow cam', 'following camera', 'handheld', 'hand-held',
    'handheld camera', 'shaky cam', 'shaky camera', 'shaking camera', 'camera shake', 'steadicam', 'gimbal', 'gimbal shot', 'stabilized',
    'orbit', 'orbiting camera', 'orbital shot', '360-degree', '360 degree', 'circling camera',
    'fly-through', 'flythrough', 'fly-by', 'flyby', 'flyover', 'drone flyover', 'drone flight', 'low flight', 'low-level flight', 'low-altitude flight', 'low fly over', 'fpv',
    'fpv drone', 'drone footage', 'drone video', 'drone videos', 'drone scene', 'drone camera', 'aerial footage', 'aerial tracking', 'sweeping aerial', 'sweeping camera',
    // A bare "reveal" is what a shot shows ("A close-up shot reveals a sandwich"), not a move;
    // "slow reveal", "reveal shot" and a camera revealing by degrees are moves.
    'camera slowly reveal', 'camera gradually reveal',
    'sweeping shot', 'slow reveal', 'parallax', 'parallax movement', 'barrel roll', 'camera roll',
    'dutch roll', 'rotating camera', 'spinning camera', 'tracking left', 'tracking right', 'lateral tracking', 'trucking shot',
    'camera glide', 'gliding camera', 'floating camera', 'drifting camera', 'camera push', 'camera pull', 'dolly',
    'dollying', 'zoom', 'zooming', 'zooms in', 'zooms out', 'pan', 'pans', 'panning', 'tilt', 'tilting', 'rack focus', 'focus pull',
    'pull focus', 'crane', 'jib', 'steady tracking', 'motion control', 'snorricam', 'bullet time',
  ],
  angle: [
    'low angle', 'low-angle', 'high angle', 'high-angle', 'eye level', 'eye-level', 'shoulder level', 'hip level',
    'knee level', 'ground level', 'ground-level', 'low to the ground', 'worm\'s-eye view', 'worms-eye view', 'worm\'s eye',
    'bird\'s-eye view', 'birds-eye view', 'bird\'s eye view', 'bird\'s eye', 'birdseye', 'bird view', 'birds view', 'bird-view', 'top-down', 'top down view',
    'overhead view', 'overhead angle', 'directly overhead', 'from overhead', 'overhead shot', 'god\'s-eye view', 'aerial view',
    'aerial perspective', 'aerial', 'drone view', 'drone perspective', 'helicopter view', 'satellite view', 'dutch angle', 'dutch tilt',
    'canted angle', 'oblique angle', 'three-quarter view', 'three-quarter angle', 'frontal view', 'straight-on',
    'head-on', 'from below', 'from above', 'seen from above', 'seen from below', 'viewed from above', 'viewed from below',
    'looking up at', 'looking down at', 'low perspective', 'high perspective', 'isometric view', 'camera angle',
    'camera at eye level', 'camera low', 'camera placed', 'camera positioned', 'camera height',
    'far view', 'distant view', 'close view', 'close-range view', 'long-distance view', 'medium distance', 'medium-distance',
    'from a medium distance', 'from a close distance', 'from a low vantage point', 'from a high vantage point',
    'bird eye view', 'rear view', 'wide view', 'long view', 'underwater view', 'inside view', 'interior view',
    'microscopic view', 'microscope view', '1st person view', 'third person view', '3rd person view',
    // "aerial" misspelt before a view word ("areal view", "arial view of the coast").
    'areal view', 'ariel view', 'arial view', 'areal shot', 'arial shot',
    // The adverb: "the camera aerially captures a city", "filmed aerially".
    'aerially',
    // A side of the subject before a view word: "top view of a desk", "sideview", "front-facing shot".
    'top view', 'top-view', 'topview', 'sideview', 'side-view', 'frontview', 'front-view', 'bottom view', 'underside view',
    'top angle', 'side angle', 'front angle', 'rear angle', 'back angle', 'front shot', 'front-facing shot', 'frontal shot',
    'frontal angle', 'rear shot', 'top perspective', 'side perspective', 'front perspective', 'shot frontally',
    'filmed frontally', 'from different angles', 'from every angle', 'from all angles', 'from multiple angles',
    'from various angles', 'from many angles', 'from several angles', 'close camera', 'camera close',
    // A camera height before "shot": "low shot, centered", "POV high shot", "low level Shot of a man".
    'low shot', 'high shot', 'low-level shot', 'low level shot',
    // A height or a direction of the camera before a vantage word: "with a slight upward angle",
    // "a slightly elevated perspective".
    'elevated angle', 'elevated perspective', 'elevated viewpoint', 'raised angle', 'lowered angle',
    'upward angle', 'upwards angle', 'upward perspective', 'downward angle', 'downwards angle', 'downward perspective',
    'topdown', 'lower angle', 'higher angle', 'three quarter view', 'third-person camera', 'third person camera', 'first-person camera', 'first person camera',
    // "angle" misspelt: "low angel shot".
    'low angel', 'low-angel', 'high angel', 'high-angel',
    // Where the view is taken from: "view from the bridge", "seen from a passing train".
    'view from', 'views from', 'seen from', 'viewed from', 'filmed from', 'photographed from', 'captured from',
    // What the view is taken through: "seen through the window of a train".
    'view through', 'seen through', 'viewed through', 'filmed through', 'from high',
  ],
  // Where the camera stands: "with the camera behind him", "camera on top". Not a camera in the
  // scene ("a cinema camera behind him", "his camera below the desk"), settled by the analysis.
  placement: [
    'camera behind', 'camera above', 'camera below', 'camera beneath', 'camera under', 'camera underneath', 'camera overhead',
    'camera between', 'camera on top', 'camera on the top', 'camera in front', 'camera from', 'camera is behind', 'camera is above', 'camera is below',
    'camera is between', 'camera is on top', 'camera is in front', 'camera is on the left', 'camera is on the right',
  ],
  // Where the camera looks from, in plain words: a camera term only with a view or filming word
  // in the clause ("seen from the side", "filmed from a distance"), not "a car approaches from the side".
  // So is a drone: the camera in "shot with a drone", "captured by drone", "the perspective of a
  // drone"; a thing in the scene in "a drone hovers over the field".
  viewpoint: [
    'drone', 'drones', 'from the side', 'from the front', 'from the back', 'from behind', 'from a distance', 'from afar', 'from far away',
    'from the left', 'from the right', 'from up close', 'from a low angle', 'from a high angle', 'up close',
    'from top', 'from the top', 'from high above', 'from up high',
    // A view taken on the move: "a view of a building from a moving vehicle" (not "jumps from a moving train").
    'from a moving', 'from the moving',
  ],
  lens: [
    'lens', 'wide-angle lens', 'wide lens', 'ultra-wide lens', 'ultra wide', 'ultrawide', 'telephoto', 'telephoto lens',
    'long lens', 'zoom lens', 'prime lens', 'anamorphic', 'anamorphic lens', 'spherical lens', 'fisheye', 'fish-eye',
    'fisheye lens', 'macro', 'macro lens', 'probe lens', 'tilt-shift', 'tilt shift', 'tiltshift', 'lensbaby', 'mm lens',
    '8mm', '10mm', '12mm', '14mm', '16mm', '18mm', '20mm', '21mm', '24mm', '28mm', '32mm', '35mm', '40mm', '50mm', '65mm',
    '70mm', '75mm', '85mm', '90mm', '100mm', '105mm', '135mm', '200mm', '300mm', '400mm', '600mm', 'focal length',
    'aperture', 'f-stop', 't-stop', 'lens flare', 'anamorphic flare', 'lens distortion', 'barrel distortion',
    'chromatic aberration', 'vignette', 'vignetting', 'split diopter', 'diopter', 'polarizer', 'nd filter', 'pro-mist',
    'black pro-mist', 'diffusion filter', 'star filter', 'shutter angle', '180-degree shutter', 'motion blur', 'iso',
    'long exposure', 'high frame rate', 'high-speed camera', 'phantom camera', 'imax', 'imax camera', 'arri', 'arri alexa',
    'alexa', 'red komodo', 'sony venice', 'blackmagic', 'iphone footage',
    // Film gauges written apart: "black and white, 16 mm".
    '16 mm', '35 mm', '65 mm', '70 mm', 'super 8', 'super 16', '16mm film', '35mm film', '65mm film', '70mm film', 'vhs footage', 'camcorder footage',
  ],
  focus: [
    'depth of field', 'shallow depth of field', 'deep depth of field', 'shallow dof', 'dof', 'bokeh', 'creamy bokeh',
    'in focus', 'out of focus', 'soft focus', 'sharp focus', 'selective focus', 'shallow focus', 'deep focus', 'split focus',
    'focus on the foreground', 'focus on the background', 'focus shifts', 'focus racks', 'racks focus', 'rack-focus',
    'background blur', 'blurred background', 'background out of focus', 'foreground blur', 'defocused', 'tack sharp',
    'camera focus', 'focus the camera',
  ],
  framing: [
    'framing', 'framed', 'frame', 'in frame', 'into frame', 'out of frame', 'fills the frame', 'filling the frame',
    'frame left', 'frame right', 'center frame', 'centre frame', 'centered in frame', 'centred in frame', 'off-center',
    'rule of thirds', 'symmetrical composition', 'symmetrical framing', 'centered composition', 'composition',
    'leading lines', 'negative space', 'headroom', 'foreground framing', 'frame within a frame', 'wide framing',
    'tight framing', 'loose framing', 'medium framing', 'close framing', 'vertical framing', 'widescreen', 'letterbox',
    'cinemascope', 'split screen', 'split-screen',
    // Where in the picture: "crawls from one side of the frame to the other", "a toy in the frame".
    'in the frame', 'into the frame', 'out of the frame', 'side of the frame', 'edge of the frame', 'center of the frame',
    'centre of the frame', 'middle of the frame',
  ],
  staging: [
    'towards the camera', 'toward the camera', 'to camera', 'to the camera', 'at the camera', 'into the camera', 'into camera',
    'into the lens', 'at the lens', 'away from the camera', 'past the camera', 'past camera', 'camera-left', 'camera-right',
    'camera left', 'camera right', 'facing the camera', 'facing camera', 'at camera', 'in camera', 'in the camera', 'for the camera', 'breaking the fourth wall', 'direct address',
    // Written with the verb's lemma, so every form matches: "faces the camera", "turned to face the camera".
    'face the camera', 'face camera', 'approach the camera', 'greet the camera', 'eye contact with the camera',
    // Without the article, as users type it: "walking toward camera", "posing for camera".
    'toward camera', 'towards camera', 'away from camera', 'for camera', 'in front of the camera', 'in front of camera', 'front of camera',
    // The viewer is the camera ("looking at viewer", "walks towards the viewer"); an audience is mostly people in the scene.
    'at the viewer', 'at viewer', 'toward the viewer', 'towards the viewer', 'toward viewer', 'towards viewer', 'away from the viewer',
    'face the viewer', 'facing the viewer',
  ],
  technique: [
    'time-lapse', 'timelapse', 'time lapse', 'hyperlapse', 'hyper-lapse', 'slow motion', 'slow-motion', 'slowmotion', 'slo-mo', 'slowmo',
    'slow-mo', 'slow mo', 'slomo', 'slo mo', 'high-speed footage', 'high speed camera', 'speed ramp', 'bullet time', 'long exposure', 'infrared footage',
    'thermal camera', 'night vision', 'split diopter', 'tilt-shift', 'macro photography', 'macro footage',
  ],
  static: [
    'static camera', 'static shot', 'static frame', 'static wide', 'still camera', 'fixed camera', 'fixed shot',
    'stationary camera', 'locked-off', 'locked off', 'locked-down', 'locked down', 'lock-off', 'tripod shot', 'tripod-mounted',
    'on a tripod', 'camera holds', 'no camera movement', 'camera does not move', 'steady frame', 'steady shot',
    'stationary frame', 'fixed frame', 'camera still',
    // Written with the verb's lemma, so every form matches: "the camera is static", "was still", "remained fixed".
    'camera be still', 'camera be static', 'camera be stationary', 'camera be fixed', 'camera be steady',
    'camera be motionless', 'camera be locked', 'camera remain still', 'camera remain static', 'camera remain stationary',
    'camera remain fixed', 'camera remain steady', 'camera remain motionless', 'camera stay still', 'camera stay static',
    'camera stay stationary', 'camera stay fixed', 'camera stay steady', 'camera stay motionless', 'camera hold still',
    'camera hold steady',
    // The movement said to be none ("the camera movement is static") is no camera movement.
    'camera movement be static', 'camera movement be still', 'camera movement be fixed', 'camera movement be none',
    'camera motion be static', 'camera motion be still', 'camera motion be fixed', 'camera motion be none',
  ],
} satisfies LexiconData;

/**
 * Single words that are camera terms only in a camera context ("the camera pans left", "slow
 * pan", "pan across the skyline"), and everyday words elsewhere ("a frying pan", "she tilts her
 * head", "a crane on the shore", "a red truck"). The analysis drops them outside such a context.
 */
export const AMBIGUOUS: readonly string[] = [
  'pan', 'pans', 'panning', 'tilt', 'tilting', 'crane', 'jib', 'truck', 'dolly', 'dollying', 'boom', 'zoom', 'zooming',
  'zooms in', 'zooms out', 'orbit', 'frame', 'framed', 'framing',
  'tracking', 'aerial', 'composition', 'lens', 'iso', 'alexa', 'push in', 'pull back', 'pull out', 'pull-back',
  'push-in', 'vignette',
];

/**
 * Ambiguous terms that are a camera move when they stand alone as a tag of a list ("…, sunset,
 * zoom", "a boat at dawn, pan"): not "crane", "truck" or "boom", which alone are a bird, a vehicle
 * or a sound, nor "orbit" in a list of planets.
 */
export const TAG_MOVES: readonly string[] = [
  'pan', 'pans', 'panning', 'tilt', 'tilting', 'zoom', 'zooming', 'zooms in', 'zooms out', 'dolly', 'dollying',
  'tracking', 'push in', 'push-in', 'pull back', 'pull-back', 'pull out',
];

/**
 * Ambiguous terms that in a prompt are nearly always the camera ("cinematic zoom", "Zoom on a
 * wristwatch", "a zoom into the forest"): they count unless something else does them ("cars zoom
 * through the streets"), a preposition takes them, or the word after shows the everyday sense
 * ("a Zoom call").
 */
export const CAMERA_LEANING: readonly string[] = ['zoom', 'zooming', 'zooms in', 'zooms out'];

/**
 * Field names whose value is a camera instruction ("Camera: slow orbit", `"camera": "aerial
 * orbit"`, "Shot: pan left"): an ambiguous move in such a value is the camera's.
 */
export const CAMERA_FIELDS: readonly string[] = ['camera', 'cameras', 'cam', 'shot', 'shots', 'cinematography'];

/** Ways of turning that make the camera before them a move with no verb: "camera clockwise". */
export const HEADINGS: readonly string[] = ['clockwise', 'counterclockwise', 'counter-clockwise', 'anticlockwise', 'anti-clockwise'];

/** Words around an ambiguous term that make it a camera instruction ("slow pan", "pans left"). */
export const CONTEXT: readonly string[] = [
  'camera', 'cameras', 'cam', 'shot', 'shots', 'lens', 'we', 'slow', 'slowly', 'quick', 'quickly', 'fast', 'rapid',
  'smooth', 'smoothly', 'gentle', 'gently', 'gradual', 'gradually', 'subtle', 'subtly', 'steady', 'steadily', 'sweeping',
  'whip', 'continuous', 'handheld', 'drone', 'left', 'right', 'up', 'down', 'in', 'out', 'across', 'around', 'away',
  'toward', 'towards', 'over', 'back', 'past', 'forward', 'backward', 'backwards', 'upward', 'upwards', 'downward',
  'downwards', 'sideways', 'laterally', 'reveal', 'reveals', 'revealing', 'to reveal', 'view', 'angle', 'perspective',
  'footage', 'photography', 'lens', 'focus', 'close-up', 'closeup', 'movement',
];

/** Nouns after a view term that make the two one thing in the scene: "a rear-view mirror", "side view mirrors". */
export const THINGS_AFTER_VIEWS: readonly string[] = ['mirror', 'mirrors'];

/** Words that, after an ambiguous term, show it is the everyday word ("a pan of cookies"). */
export const NOT_CAMERA_AFTER: readonly string[] = ['of', 'with', 'call', 'calls', 'meeting', 'meetings', 'full', 'filled', 'driver', 'bed', 'stop', 'silks', 'acrobat', 'acrobatics', 'hoop'];

/**
 * How steady the camera is, said of the view itself: "a steady and smooth perspective", "smooth,
 * stable footage". A stability word before one of VIEWS (joined by "and" or commas) is a camera
 * instruction.
 */
export const STABILITY: readonly string[] = [
  'steady', 'smooth', 'stable', 'stabilized', 'stabilised', 'fluid', 'shaky', 'jittery', 'static', 'still', 'locked',
];

/** Nouns for what the camera sees or records. */
export const VIEWS: readonly string[] = ['perspective', 'view', 'camera', 'camerawork', 'footage', 'shot', 'shots', 'framing', 'pov'];

/**
 * Shot terms that name how much of the body is in frame ("a dancer, full body", "a full-body
 * shot") and are a framing only on their own or before one of FRAMING_HEADS: not "full-body
 * armour", "a full body of water" or "shaking her full body".
 */
export const BODY_FRAMING: readonly string[] = ['full body', 'full-body', 'fullbody', 'half body', 'half-body', 'upper body', 'head and shoulders', 'full height', 'full-height'];

/** Nouns after a BODY_FRAMING term that keep it a framing: "full body portrait", "half-body view". */
export const FRAMING_HEADS: readonly string[] = [
  'shot', 'shots', 'view', 'perspective', 'framing', 'frame', 'portrait', 'photo', 'photograph', 'picture', 'image',
  'composition', 'angle', 'pov',
];

/** Words in a clause that make a viewpoint phrase ("from the side") about the camera. */
export const VIEWING: readonly string[] = [
  'view', 'viewed', 'seen', 'shot', 'taken', 'filmed', 'captured', 'captures', 'capture', 'capturing', 'photographed', 'recorded',
  'camera', 'cam', 'lens', 'perspective', 'angle', 'footage', 'pov', 'drone', 'framed', 'filming', 'shooting',
  // Showing a picture: "both shown from the front", "depicted from behind".
  'shown', 'depicted', 'pictured', 'portrayed', 'presented',
];

/**
 * Words for where the camera looks from, a camera instruction after "from" and its modifiers:
 * "from a slightly tilted angle", "from the perspective of the cockpit", "from the cat's viewpoint".
 */
export const VANTAGES: readonly string[] = ['angle', 'perspective', 'viewpoint', 'vantage'];

/** What the camera cannot be pointed at: "focusing on the moment when…", "Focus on visual storytelling". */
export const UNSEEN_FOCUS: readonly string[] = [
  'moment', 'moments', 'breath', 'breathing', 'balance', 'contrast', 'contrasts', 'rustle', 'sound', 'sounds', 'story',
  'storytelling', 'journey', 'theme', 'themes', 'message', 'importance', 'relationship', 'relationships', 'interplay',
  'emotion', 'emotions', 'feeling', 'feelings', 'mood', 'atmosphere', 'essence', 'process', 'impact', 'role', 'history',
  'visual', 'visuals',
];

/**
 * Verbs that point the camera at a thing when they open a clause with no subject of their own:
 * "Focus on the teacher's face", "a stormy coast, focusing on a lone lighthouse".
 */
export const POINTING: readonly string[] = ['focus', 'focusing'];

/**
 * Verbs that aim or hold the camera when it is their subject, in any voice: "the camera faces the
 * harbour", "the lens points up", "the camera is focused on his face", "the camera lingers on her hands".
 */
export const AIM_VERBS: readonly string[] = ['face', 'point', 'aim', 'look', 'peer', 'gaze', 'stare', 'focus', 'linger', 'dwell', 'trail'];

/**
 * The camera that films, named by its kind: a camera term after a filming word and "with", "on",
 * "by" or "using" ("shot with a mobile phone camera", "recorded on a digital camera"), or, with one
 * of CAMERA_BODIES before it, standing alone as a tag ("…, film camera"). Not a camera someone
 * holds ("a tourist with a film camera").
 */
export const DEVICE_NOUNS: readonly string[] = ['camera', 'cameras', 'cam', 'camcorder', 'webcam'];
export const DEVICE_PREPOSITIONS: readonly string[] = ['with', 'on', 'by', 'using', 'through'];
export const CAMERA_BODIES: readonly string[] = [
  'film', 'vhs', 'dslr', 'slr', 'digital', 'disposable', 'phone', 'cinema', 'movie', 'sony', 'canon', 'nikon', 'fujifilm',
  'leica', 'hasselblad', 'polaroid', 'imax', 'action', 'trail', 'security', 'cctv', 'surveillance', 'mobile', 'smartphone',
  'analog', 'analogue', 'mirrorless', 'handycam', 'gopro', 'super8',
];

/** Words after a fraction "3/4" that make it the three-quarter angle: "3/4 view", "3/4 portrait". */
export const THREE_QUARTER_HEADS: readonly string[] = ['view', 'angle', 'perspective', 'portrait', 'shot', 'profile', 'closeup', 'close-up'];

/** Heights that are a floor of a building after a determiner: "shops on the ground level". */
export const FLOOR_LEVELS: readonly string[] = ['ground level', 'ground-level'];

/**
 * Words before "shot" that name no size, angle or movement ("cinematic shot", "opening shot"): a
 * prompt whose only camera word is such a shot is told so in the report, since its writer thinks
 * the shot is given. Not "tequila shot" or "jump shot", which are no camera shot at all.
 */
export const VAGUE_SHOT_WORDS: readonly string[] = [
  'cinematic', 'opening', 'closing', 'final', 'first', 'last', 'epic', 'dramatic', 'dynamic', 'action', 'film', 'movie',
  'camera', 'cinema', 'realistic', 'photorealistic', 'beautiful', 'stunning', 'amazing', 'breathtaking', 'moody', 'whimsical',
  'professional', 'commercial', 'artistic', 'powerful', 'serene', 'majestic', 'perfect', 'great', 'nice', 'cool', 'good',
];

/** Words in a `[placeholder]` that stand for a camera instruction ("[camera movement]", "[shot type]"). */
export const PLACEHOLDER_HINTS: readonly string[] = ['camera', 'shot', 'angle', 'lens', 'framing', 'movement', 'move', 'cinematography'];
