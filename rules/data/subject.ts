import type { LexiconData } from '../../src/analysis/lexicon.js';

/**
 * What a noun phrase's head names, for telling focal subjects from everything else.
 * `person`, `animal`, `creature` and `vehicle` act on their own (animate: they compete for
 * attention); a `crowd` (spectators, passers-by) is animate but extras by nature; `part` and `clothing` belong to a subject (a list of them describes one subject).
 * Singular forms suffice: plurals match through their dictionary form ("horses" → horse);
 * irregular plurals the lemmatiser does not know are listed.
 */
export default {
  person: [
    'person', 'people', 'persons', 'man', 'men', 'woman', 'women', 'child', 'children', 'kid', 'boy', 'girl', 'baby', 'infant',
    'toddler', 'teenager', 'teen', 'adolescent', 'youth', 'adult', 'elder', 'grandmother', 'grandfather', 'grandma', 'grandpa',
    'granny', 'mother', 'father', 'mom', 'mum', 'dad', 'parent', 'son', 'daughter', 'brother', 'sister', 'sibling', 'twin',
    'husband', 'wife', 'bride', 'groom', 'couple', 'family', 'friend', 'lover', 'gentleman', 'lady', 'guy', 'gal', 'dude',
    'individual', 'figure', 'stranger', 'tourist', 'traveler', 'traveller', 'hiker', 'climber', 'runner', 'jogger', 'cyclist', 'biker', 'rider',
    'driver', 'pilot', 'passenger', 'sailor', 'captain', 'fisherman', 'farmer', 'gardener', 'shepherd', 'hunter', 'worker',
    'builder', 'carpenter', 'mechanic', 'engineer', 'scientist', 'researcher', 'doctor', 'surgeon', 'nurse', 'patient',
    'teacher', 'student', 'pupil', 'professor', 'chef', 'cook', 'baker', 'butcher', 'barista', 'bartender', 'waiter',
    'waitress', 'server', 'vendor', 'seller', 'merchant', 'shopkeeper', 'customer', 'clerk', 'cashier',
    'businessman', 'businesswoman', 'executive', 'officer', 'policeman', 'policewoman', 'cop', 'detective', 'guard',
    'soldier', 'enemy', 'opponent', 'rival', 'courtier', 'warrior', 'knight', 'samurai', 'ninja', 'viking', 'pirate', 'cowboy', 'cowgirl', 'sheriff', 'firefighter',
    'fireman', 'astronaut', 'cosmonaut', 'explorer', 'adventurer', 'diver', 'swimmer', 'surfer', 'skier', 'snowboarder',
    'skater', 'skateboarder', 'athlete', 'player', 'footballer', 'boxer', 'wrestler', 'fighter', 'gymnast', 'dancer',
    'ballerina', 'singer', 'musician', 'guitarist', 'pianist', 'violinist', 'drummer', 'band', 'orchestra', 'choir',
    'performer', 'actor', 'actress', 'artist', 'painter', 'sculptor', 'photographer', 'model', 'magician', 'juggler',
    'clown', 'acrobat', 'monk', 'nun', 'priest', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'lord',
    'villager', 'peasant', 'beggar', 'nomad', 'refugee', 'protester', 'player', 'gamer', 'hacker', 'programmer', 'reporter',
    'journalist', 'presenter', 'host', 'influencer', 'vlogger', 'youtuber', 'streamer', 'blogger', 'narrator',
    'speaker', 'politician', 'president', 'judge', 'lawyer', 'student', 'graduate', 'scholar', 'librarian', 'reader',
    'writer', 'poet', 'monarch', 'citizen', 'resident', 'neighbor', 'neighbour', 'guest', 'host', 'visitor',
    'team', 'squad', 'army', 'troop', 'gang', 'group', 'mob', 'protagonist', 'hero', 'heroine', 'villain', 'character',
    'superhero', 'mannequin', 'janitor', 'cleaner', 'dishwasher', 'housekeeper', 'maid', 'butler', 'nanny', 'minstrel',
    'fortune teller', 'teller', 'dj', 'mc', 'rapper', 'comedian', 'conductor', 'referee', 'coach', 'goalkeeper', 'jockey',
    'matador', 'gladiator', 'archer', 'hunter', 'lumberjack', 'miner', 'welder', 'plumber', 'electrician', 'painter',
    'sculptor', 'tailor', 'seamstress', 'florist', 'vendor', 'hawker', 'peddler', 'porter', 'courier', 'postman',
    'mailman', 'delivery man', 'paramedic', 'lifeguard', 'ranger', 'scout', 'spy', 'thief', 'burglar', 'prisoner',
    'inmate', 'monk', 'shaman', 'geisha', 'sumo wrestler', 'jester', 'servant', 'maiden', 'widow', 'orphan', 'newborn',
    'schoolgirl', 'schoolboy', 'cheerleader', 'dancer', 'bartender', 'sommelier', 'diver',
    // Frequent heads of corpus phrases no class knew
    'employee', 'owner', 'colleague', 'coworker', 'client', 'golfer', 'skydiver', 'survivor', 'boyfriend',
    'girlfriend', 'archaeologist', 'artisan', 'bodybuilder', 'spaceman', 'historian', 'apprentice', 'gangster', 'assistant',
    'architect', 'teammate', 'blacksmith', 'robber', 'assassin', 'killer', 'racer', 'interviewer', 'brunette', 'celebrity',
    'pharaoh', 'barbarian', 'stormtrooper', 'santa claus', 'leader', 'victim', 'inhabitant', 'disciple', 'prophet', 'saint',
    'minister', 'technician', 'fencer', 'kayaker', 'sniper', 'trooper', 'commander', 'male', 'female', 'lesbian', 'redhead',
    // Offices, trades and roles the corpus names people by
    'pope', 'imam', 'rabbi', 'guru', 'mentor', 'chairman', 'chairwoman', 'ceo', 'boss', 'manager', 'mayor', 'senator',
    'dentist', 'pharmacist', 'veterinarian', 'landscaper', 'caretaker', 'goalie', 'umpire',
    // Roles and trades whose first WordNet noun sense is a person, three or more times in the corpus
    'potter', 'supermodel', 'psychiatrist', 'contestant', 'invader', 'aviator', 'vocalist', 'priestess', 'motorcyclist', 'inventor',
    'craftsman', 'clockmaker', 'woodcutter', 'pilgrim', 'messenger', 'intruder', 'champion', 'attendant',
    'wanderer', 'volunteer', 'vaulter', 'strongman', 'salesperson', 'salespeople', 'prospector', 'paddler', 'jeweler',
    'settler', 'secretary', 'locksmith', 'laborer', 'keyboardist', 'bassist', 'hobo', 'bishop', 'beautician',
    'barman', 'cricketer', 'commando', 'counselor', 'boatman', 'padre', 'helper', 'hermit', 'caveman', 'centurion', 'swordsman', 'swordsmen',
    'criminal', 'slayer', 'sentinel', 'guardian', 'collector', 'classmate', 'grandparent',
    'apostle', 'trader', 'stepmother', 'murderer', 'granddaughter', 'grandson', 'uncle', 'entrepreneur', 'thug', 'inquisitor',
    'archeologist', 'investigator', 'heir', 'dictator', 'yogi', 'hostage', 'landlord', 'mobster', 'astronomer', 'activist',
    'attacker', 'paladin', 'storyteller', 'sultan', 'outlaw', 'housewife', 'housewives', 'hostess', 'gunslinger', 'conqueror',
    'combatant', 'alchemist', 'bard', 'hipster',
  ],
  crowd: [
    'crowd', 'audience', 'spectator', 'onlooker', 'bystander', 'passerby', 'passer-by', 'passersby', 'pedestrian', 'commuter',
    'extra', 'throng', 'masses', 'shopper', 'diner', 'patron', 'crowds', 'fan', 'sunbather', 'civilian',
  ],
  animal: [
    'animal', 'pet', 'creature', 'dog', 'puppy', 'pup', 'hound', 'retriever', 'labrador', 'poodle', 'terrier', 'bulldog',
    'husky', 'corgi', 'dachshund', 'beagle', 'shepherd dog', 'german shepherd', 'cat', 'kitten', 'kitty', 'tabby', 'horse',
    'pony', 'ponies', 'foal', 'stallion', 'mare', 'donkey', 'mule', 'cow', 'calf', 'bull', 'ox', 'cattle', 'sheep', 'lamb',
    'goat', 'pig', 'piglet', 'chicken', 'hen', 'rooster', 'chick', 'duck', 'duckling', 'goose', 'swan', 'turkey', 'rabbit',
    'bunny', 'hare', 'hamster', 'guinea pig', 'mouse', 'rat', 'squirrel', 'chipmunk', 'hedgehog', 'raccoon', 'fox', 'wolf',
    'wolves', 'coyote', 'bear', 'panda', 'koala', 'kangaroo', 'lion', 'lioness', 'tiger', 'leopard', 'cheetah', 'jaguar',
    'panther', 'lynx', 'cougar', 'elephant', 'giraffe', 'zebra', 'rhino', 'rhinoceros', 'hippo', 'hippopotamus', 'camel',
    'llama', 'alpaca', 'deer', 'stag', 'fawn', 'moose', 'elk', 'reindeer', 'antelope', 'gazelle', 'bison', 'buffalo',
    'monkey', 'ape', 'gorilla', 'chimpanzee', 'orangutan', 'lemur', 'sloth', 'otter', 'beaver', 'badger', 'bat', 'seal',
    'sea lion', 'walrus', 'whale', 'dolphin', 'orca', 'shark', 'fish', 'goldfish', 'salmon', 'trout', 'koi', 'octopus',
    'squid', 'jellyfish', 'crab', 'lobster', 'shrimp', 'turtle', 'tortoise', 'frog', 'toad', 'lizard', 'gecko', 'iguana',
    'chameleon', 'snake', 'python', 'cobra', 'crocodile', 'alligator', 'bird', 'parrot', 'macaw', 'eagle', 'hawk', 'falcon',
    'owl', 'crow', 'raven', 'pigeon', 'dove', 'sparrow', 'robin', 'finch', 'hummingbird', 'seagull', 'gull', 'pelican',
    'flamingo', 'heron', 'stork', 'penguin', 'ostrich', 'peacock', 'woodpecker', 'kingfisher', 'vulture',
    'insect', 'butterfly', 'moth', 'bee', 'bumblebee', 'wasp', 'ant', 'beetle', 'ladybug', 'dragonfly', 'firefly',
    'grasshopper', 'spider', 'caterpillar', 'snail', 'worm', 'scorpion', 'herd', 'flock', 'pack', 'swarm', 'school of fish',
    'wildlife', 'livestock',
    // Frequent heads of corpus phrases no class knew, and common spellings ('dalmation')
    'dalmatian', 'dalmation', 'doe', 'cub', 'predator', 'hyena', 'mosquito', 'cockroach', 'porcupine', 'wildebeest', 'seahorse',
    'clownfish', 'mammoth', 'feline', 'pug', 'seabird', 'mealworm', 'bug', 'ferret', 'opossum', 'possum', 'armadillo', 'anteater',
    'platypus', 'meerkat', 'mongoose', 'jackal', 'yak', 'capybara', 'parakeet', 'budgie', 'canary', 'magpie', 'bluebird', 'egret',
    'ibis', 'albatross', 'quail', 'toucan', 'emu', 'eel', 'tuna', 'carp', 'piranha', 'starfish', 'oyster', 'newt', 'tadpole',
    'viper', 'rattlesnake', 'anaconda', 'tarantula', 'centipede', 'cicada', 'mantis', 'larva', 'hornet', 'chihuahua',
    'pomeranian', 'collie', 'rottweiler', 'pitbull', 'spaniel', 'manatee', 'mammal', 'reptile', 'amphibian', 'rodent',
    'songbird', 'hatchling', 'critter', 'boar', 'warthog', 'skunk', 'weasel', 'puffin', 'pheasant', 'cockatoo', 'stingray', 'catfish',
    // Animals by their first WordNet noun sense, three or more times in the corpus
    'pika', 'maggot', 'chimp', 'bullock', 'racoon', 'baboon', 'steed', 'honeybee', 'angelfish', 'raptor', 'racehorse',
    'buzzard',
    // Animals by their first WordNet noun sense (an animal, under "animal"), each read by hand:
    // those spoken English uses (SUBTLEX-US) and those the corpus names ('stoat', 'marmot', 'pangolin'); not
    // those the corpus uses mostly as names of places, people or cars ('cayman', 'loach', 'mustang')
    'aardvark', 'abalone', 'affenpinscher', 'angleworm', 'anuran', 'aphid', 'archaeopteryx', 'arthropod', 'asp', 'auk',
    'bandicoot', 'bantam', 'barbet', 'barracuda', 'basset', 'bedbug', 'beefalo', 'beluga', 'bittern', 'blackbuck', 'blackfish',
    'blacksnake', 'blacktail', 'blindworm', 'bloodhound', 'blowfly', 'bluefish', 'bluetick', 'bobcat', 'bobolink', 'bobwhite',
    'bonobo', 'borzoi', 'botfly', 'bottlenose', 'briard', 'broadbill', 'bronc', 'brontosaurus', 'bulbul', 'bullfrog', 'burro',
    'bustard', 'butcherbird', 'capibara', 'carabao', 'caracal', 'caribou', 'catamount', 'catbird', 'cavy', 'cayuse',
    'cephalopod', 'chickadee', 'chigger', 'chinch', 'civet', 'clam', 'cockatiel', 'cocker', 'cockerel', 'coelacanth',
    'constrictor', 'cony', 'coot', 'copperhead', 'cormorant', 'cottonmouth', 'cottontail', 'crinoid', 'crustacean', 'cur',
    'cuttle', 'cuttlefish', 'darter', 'decapod', 'diamondback', 'dingo', 'dobbin', 'doberman', 'dogfish', 'doggie', 'doggy',
    'dogie', 'dormouse', 'dromedary', 'drosophila', 'earthworm', 'earwig', 'eider', 'eland', 'eohippus', 'filly', 'flatworm',
    'flea', 'flycatcher', 'fowl', 'foxhound', 'frogfish', 'garfish', 'gator', 'gelding', 'gerbil', 'glowworm', 'gnat', 'goby',
    'gosling', 'grackle', 'grampus', 'grizzly', 'groundhog', 'gudgeon', 'guppy', 'heifer', 'helminth', 'herbivore', 'hogfish',
    'hookworm', 'hoopoe', 'hornbill', 'horsefly', 'housefly', 'hyrax', 'ibex', 'impala', 'inchworm', 'insectivore',
    'invertebrate', 'jackdaw', 'jackrabbit', 'jaguarundi', 'jaybird', 'kine', 'kookaburra', 'krill', 'kudu', 'ladybird',
    'lambkin', 'lanternfish', 'lapdog', 'lapwing', 'largemouth', 'leech', 'liger', 'linnet', 'lionfish', 'lipizzan',
    'locust', 'louse', 'lovebird', 'macaque', 'mako', 'malamute', 'mallard', 'mandrill', 'marmoset', 'marmot', 'marsupial',
    'mastiff', 'mastodon', 'mayfly', 'megalosaur', 'midge', 'minnow', 'mollusc', 'mollusk', 'moorhen', 'moray', 'mouser',
    'mudskipper', 'mutt', 'mynah', 'narwhal', 'natterjack', 'nightingale', 'nudibranch', 'nuthatch', 'oarfish',
    'ocelot', 'oriole', 'oryx', 'owlet', 'oxen', 'pachyderm', 'packhorse', 'palfrey', 'pangolin', 'parrotfish', 'peahen',
    'peregrine', 'pinniped', 'pinscher', 'pipistrelle', 'plesiosaur', 'plesiosaurus', 'polecat', 'polliwog', 'pollywog',
    'pomfret', 'pooch', 'porker', 'porpoise', 'potto', 'pterodactyl', 'puma', 'quadruped', 'quagga', 'ratel', 'rattler',
    'razorback', 'redbreast', 'rhesus', 'ringtail', 'ruminant', 'sabertooth', 'salamander', 'sandpiper', 'sapsucker', 'scarab',
    'schnauzer', 'shearwater', 'sheepdog', 'shoat', 'silkworm', 'silverback', 'silverfish', 'skipjack', 'spoonbill',
    'springbok', 'stegosaurus', 'stoat', 'stonefish', 'sturgeon', 'suckerfish', 'swine', 'taipan', 'takin', 'tamarin',
    'tanager', 'tapeworm', 'tapir', 'tarpon', 'tarsier', 'termite', 'tern', 'theropod', 'tigress', 'titmouse', 'tomcat',
    'tomtit', 'triceratops', 'trilobite', 'turtledove', 'tyrannosaur', 'vertebrate', 'vireo', 'vizsla', 'waterbird',
    'waterfowl', 'waxwing', 'wether', 'whelp', 'whippet', 'whippoorwill', 'whitetail', 'wirehair', 'wolfhound', 'wombat',
    'woodcock', 'woodworm', 'zebu'
  ],
  creature: [
    'robot', 'android', 'cyborg', 'droid', 'mech', 'alien', 'monster', 'dragon', 'dinosaur', 't-rex', 'unicorn', 'pegasus',
    'phoenix', 'griffin', 'mermaid', 'merman', 'fairy', 'elf', 'elves', 'dwarf', 'goblin', 'orc', 'troll', 'ogre', 'giant',
    'wizard', 'witch', 'sorcerer', 'ghost', 'spirit', 'zombie', 'vampire', 'werewolf', 'demon', 'angel', 'god', 'goddess',
    'yeti', 'kraken', 'golem', 'gnome', 'skeleton', 'puppet', 'teddy bear', 'mascot', 'avatar',
    'beast', 'serpent', 'humanoid', 'mutant', 'gremlin', 'muppet', 'minion', 'scarecrow', 'snowman', 'devil', 'titan', 'druid',
    'mage', 'warlock', 'deity', 'kobold',
    'sorceress', 'necromancer', 'tyrannosaurus', 'velociraptor',
  ],
  vehicle: [
    'vehicle', 'car', 'taxi', 'cab', 'bus', 'truck', 'lorry', 'van', 'jeep', 'suv', 'pickup', 'limousine', 'convertible',
    'sports car', 'race car', 'motorcycle', 'motorbike', 'scooter', 'moped', 'bicycle', 'bike', 'tricycle', 'tractor',
    'bulldozer', 'excavator', 'forklift', 'ambulance', 'fire truck', 'fire engine', 'police car', 'tram', 'streetcar',
    'train', 'locomotive', 'subway', 'airplane', 'aeroplane', 'plane', 'jet', 'airliner', 'helicopter', 'glider',
    'hot air balloon', 'blimp', 'airship', 'spaceship', 'spacecraft', 'rocket', 'satellite', 'ufo', 'boat', 'ship',
    'sailboat', 'yacht', 'canoe', 'kayak', 'ferry', 'submarine', 'raft', 'gondola', 'carriage', 'wagon', 'cart', 'sled',
    'sleigh', 'skateboard', 'traffic', 'drone', 'quadcopter', 'hoverboard', 'jet ski', 'snowmobile', 'rickshaw', 'tuk-tuk',
    'aircraft', 'sedan', 'shuttle', 'starship', 'chariot', 'rowboat', 'rover', 'supercar', 'stroller', 'speedboat', 'motorboat',
    'steamboat', 'warship', 'battleship', 'biplane', 'zeppelin', 'catamaran', 'hatchback', 'coupe', 'minivan', 'wheelchair',
    // Conveyances and craft by their first WordNet noun sense, three or more times in the corpus
    'automobile', 'bomber', 'destroyer', 'unicycle', 'cabriolet',
  ],
  part: [
    'hair', 'head', 'face', 'eye', 'eyes', 'eyebrow', 'eyelash', 'nose', 'mouth', 'lip', 'tooth', 'teeth', 'tongue', 'ear',
    'cheek', 'chin', 'jaw', 'forehead', 'beard', 'mustache', 'moustache', 'freckle', 'skin', 'neck', 'shoulder', 'arm',
    'elbow', 'wrist', 'hand', 'finger', 'fingernail', 'nail', 'thumb', 'chest', 'back', 'belly', 'stomach', 'waist', 'hip',
    'leg', 'knee', 'ankle', 'foot', 'feet', 'toe', 'body', 'fur', 'feather', 'wing', 'tail', 'paw', 'claw', 'hoof', 'hooves',
    'horn', 'antler', 'mane', 'whisker', 'scale', 'fin', 'beak', 'tusk', 'trunk', 'muzzle', 'snout', 'smile', 'expression',
    'tattoo', 'scar', 'wrinkle', 'curl', 'braid', 'ponytail', 'bun',
    'limb', 'muscle', 'brow', 'vein', 'tentacle', 'fist', 'thigh', 'physique', 'eyeball', 'fang', 'talon', 'buttock',
    'hairstyle', 'haircut', 'dreadlock', 'pigtail', 'plumage', 'torso', 'fingertip', 'knuckle', 'eyelid', 'nostril', 'forearm',
    'bicep', 'biceps', 'complexion', 'antenna', 'antennae',
  ],
  clothing: [
    'clothes', 'clothing', 'outfit', 'costume', 'uniform', 'suit', 'tuxedo', 'dress', 'gown', 'skirt', 'shirt', 't-shirt',
    'blouse', 'top', 'sweater', 'jumper', 'hoodie', 'cardigan', 'jacket', 'coat', 'raincoat', 'trench coat', 'overcoat',
    'vest', 'waistcoat', 'blazer', 'cape', 'cloak', 'robe', 'kimono', 'sari', 'poncho', 'pants', 'trousers', 'jeans',
    'shorts', 'leggings', 'tights', 'stockings', 'socks', 'shoe', 'boot', 'sneaker', 'sandal', 'heel',
    'slipper', 'hat', 'cap', 'beanie', 'helmet', 'hood', 'crown', 'tiara', 'veil', 'headband', 'bandana', 'turban',
    'scarf', 'shawl', 'glove', 'mitten', 'tie', 'bow tie', 'belt', 'apron', 'armor', 'armour', 'mask', 'glasses',
    'sunglasses', 'goggles', 'spectacles', 'monocle', 'earring', 'necklace', 'bracelet', 'ring', 'watch', 'wristwatch',
    'jewelry', 'jewellery', 'pendant', 'brooch', 'backpack', 'handbag', 'purse', 'bag', 'satchel', 'briefcase', 'umbrella',
    'lipstick', 'makeup', 'garment', 'fabric', 'textile', 'sequin', 'uniforms', 'pajamas', 'pyjamas', 'swimsuit', 'bikini', 'overalls', 'scrubs', 'lab coat',
    'bikinis', 'attire', 'jersey', 'visor', 'spacesuit', 'accessory', 'beret', 'sundress', 'collar', 'tracksuit', 'jumpsuit',
    'turtleneck', 'tshirt', 'underwear', 'sweatpants', 'bodysuit', 'wetsuit', 'saree', 'headset', 'headphone', 'headphones',
    'harness', 'tunic', 'fedora', 'sombrero', 'hijab', 'kilt', 'corset', 'tutu', 'leotard', 'sweatshirt', 'parka', 'hoody', 'choker',
  ],
  // Compounds whose first word names an animal, a person or a creature but which name a thing or a
  // place ("down the rabbit hole", "a spider web"): matched whole, that word names no one.
  compound: [
    'rabbit hole', 'spider web', "spider's web", 'fish tank', 'fish bowl', 'fishbowl', 'bird feeder', 'bird bath', 'bird cage',
    'bird nest', "bird's nest", 'ant hill', 'ant nest', 'bee hive', 'dog bed', 'dog bowl', 'dog house', 'cat tree', 'chicken coop',
    'fairy tale', 'dragon fruit', 'baby shower', 'baby bottle', 'fox hole',
  ],
} satisfies LexiconData;

/** Sub-kinds of the lexicon above that act on their own and so compete for attention. */
export const ANIMATE_KINDS: readonly string[] = ['person', 'animal', 'creature', 'vehicle', 'crowd'];

/** Animate kinds that are extras by nature (a crowd, passers-by): background unless alone. */
export const EXTRA_KINDS: readonly string[] = ['crowd'];

/**
 * Nouns that name a kind of subject rather than a subject: "Two people, a man and a woman",
 * "both animals", "a bear and a rabbit, a loving couple" rename subjects already counted.
 */
export const GENERIC_NOUNS: readonly string[] = [
  'person', 'people', 'persons', 'individual', 'character', 'animal', 'creature', 'being', 'couple', 'pair', 'duo', 'trio',
  'group', 'friend', 'figure', 'subject', 'member', 'companion', 'partner', 'team', 'family', 'both', 'everyone', 'other',
];

/**
 * Nouns that count or gather what follows "of": "a pod of dolphins", "a crowd of people", "a row
 * of shops" name dolphins, people, shops; the phrase takes the kind of what it gathers.
 */
export const GROUP_NOUNS: readonly string[] = [
  'group', 'crowd', 'crowds', 'herd', 'flock', 'pack', 'pod', 'school', 'swarm', 'colony', 'troop', 'gaggle', 'litter',
  'pride', 'family', 'team', 'squad', 'band', 'army', 'pair', 'couple', 'trio', 'bunch', 'handful', 'dozen', 'hundreds',
  'thousands', 'dozens', 'lots', 'lot', 'number', 'line', 'row', 'rows', 'cluster', 'fleet', 'convoy', 'stream', 'sea',
  'mass', 'horde', 'throng', 'mob', 'gang', 'parade', 'procession', 'queue', 'circle', 'set', 'collection', 'variety',
  'mix', 'array', 'assortment', 'few', 'couple', 'troupe', 'crew', 'ensemble', 'caravan', 'entourage', 'delegation',
  'orchestra', 'choir', 'legion', 'platoon', 'battalion', 'regiment', 'brigade', 'tribe', 'clan',
];

/**
 * Lights that are objects one can look at, not the light they give: "a lantern floating over a
 * pond", "candles on a cake", "a modern traffic light" (two words match the phrase's last
 * two). At the head of their clause they are the subject; after "by" or "with" they light the scene.
 */
export const LIGHT_OBJECTS: readonly string[] = [
  'lantern', 'lamp', 'candle', 'chandelier', 'torch', 'lightbulb', 'bulb', 'sconce', 'streetlamp', 'streetlight', 'lamppost',
  'flashlight', 'candelabra', 'jack-o-lantern', 'neon sign', 'traffic light', 'stop light',
];

/**
 * Words the part-of-speech lexicon calls nouns, or does not know, that never head a subject
 * ("butterflies everywhere", "there lived a girl", "how does a crew…", "a laptop that is running",
 * "our cake").
 */
export const NOT_HEADS: readonly string[] = [
  'everywhere', 'anywhere', 'somewhere', 'nowhere', 'downstairs', 'upstairs', 'home', 'today', 'tonight', 'meanwhile', 'afterwards',
  'there', 'here', 'how', 'why', 'what', 'whatever', 'is', 'are', 'was', 'were', 'am', 'our', 'my', 'your',
  // Adverbs of direction ("sliding forward", "gazing skyward")
  'forward', 'forwards', 'backward', 'backwards', 'upward', 'upwards', 'downward', 'downwards', 'skyward', 'skywards',
  'onward', 'onwards', 'sideways', 'leftward', 'leftwards', 'rightward', 'rightwards', 'clockwise', 'anticlockwise',
  'counterclockwise', 'outward', 'outwards', 'inward', 'inwards', 'homeward', 'homewards', 'seaward', 'seawards',
  // Words said to the tool ("please make it move", "thanks")
  'please', 'thanks', 'thank',
  // A pronoun with its verb ("it's snowing", "they're hiding")
  "it's", "he's", "she's", "they're", "we're", "you're", "i'm", "let's", "that's", "there's", "what's", "who's",
];

/** Sub-kinds that belong to a subject rather than being one. */
export const ATTRIBUTE_KINDS: readonly string[] = ['part', 'clothing'];

/**
 * Words that introduce a list describing ONE subject: what it wears, holds, is made of or
 * contains ("wearing a hat, a scarf and gloves", "a salad of tomatoes, cucumbers and olives").
 * Multi-word entries are matched word by word, ending at the list.
 */
export const ATTRIBUTE_INTROS: readonly string[] = [
  'of', 'wearing', 'wears', 'wore', 'worn', 'dressed in', 'clad in', 'clothed in', 'holding', 'holds', 'carrying', 'carries',
  'made of', 'made from', 'consisting of', 'composed of', 'built from', 'topped with', 'garnished with', 'decorated with',
  'adorned with', 'covered in', 'covered with', 'including', 'such as', 'like', 'featuring', 'has', 'have', 'had', 'sporting',
];

/**
 * Nouns of position whose "of" names who stands there, not what they are made of: a list after
 * "in front of" or "in the middle of" ("a mouse sings in front of a turtle, a squirrel and a
 * rabbit") names subjects in the shot, as after "near" or "next to".
 */
export const POSITION_OF_NOUNS: readonly string[] = ['front', 'infront', 'middle', 'center', 'centre', 'midst'];

/**
 * Nouns that name the picture itself, not a thing in it: after "a video of" the list names
 * what is filmed, so "of" does not make it an attribute list.
 */
export const FRAME_NOUNS: readonly string[] = [
  'video', 'clip', 'footage', 'film', 'movie', 'shot', 'scene', 'sequence', 'image', 'picture', 'photo', 'photograph',
  'view', 'animation', 'montage', 'timelapse', 'time-lapse', 'render', 'rendering', 'illustration', 'painting', 'drawing',
  'frame', 'close-up', 'closeup', 'portrait', 'shots', 'polaroid', 'tableau',
];

/**
 * Words that name a colour or a material: as a list item they describe a subject ("red, blue
 * and green"; "wood, glass and steel"), they are not subjects of their own.
 */
export const ATTRIBUTE_WORDS: readonly string[] = [
  'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'violet', 'pink', 'magenta', 'cyan', 'teal', 'turquoise', 'brown',
  'beige', 'tan', 'black', 'white', 'grey', 'gray', 'silver', 'gold', 'golden', 'bronze', 'copper', 'crimson', 'scarlet',
  'amber', 'ivory', 'navy', 'maroon', 'indigo', 'lavender', 'emerald', 'cream', 'pastel', 'color', 'colour', 'hue', 'shade',
  'tone', 'wood', 'glass', 'steel', 'metal', 'iron', 'stone', 'marble', 'concrete', 'brick', 'leather', 'silk', 'cotton',
  'wool', 'velvet', 'denim', 'linen', 'lace', 'plastic', 'paper', 'cardboard', 'ceramic', 'porcelain', 'clay', 'rubber',
  'texture', 'pattern', 'stripe', 'dot', 'detail', 'shape', 'size', 'feature',
];

/**
 * Broad nouns that can rename a subject already named more precisely: after "a golden
 * retriever", "the dog" is the retriever; after "an SUV", "the vehicle" is the SUV. Each broad
 * noun lists what it covers: sub-kinds of the lexicon above (`person`, `animal`, `creature`,
 * `vehicle`) or narrower words. Only a definite phrase ("the dog", "this animal") renames; in a
 * tag list without "and" a bare tag does too ("motor vehicle, car").
 */
export const BROAD_NOUNS: Readonly<Record<string, readonly string[]>> = {
  animal: ['animal', 'creature'],
  creature: ['animal', 'creature'],
  beast: ['animal', 'creature'],
  pet: ['animal'],
  person: ['person'],
  human: ['person'],
  individual: ['person'],
  figure: ['person', 'creature'],
  character: ['person', 'creature', 'animal'],
  man: ['person'],
  woman: ['person'],
  guy: ['person'],
  lady: ['person'],
  gentleman: ['person'],
  stranger: ['person'],
  child: ['boy', 'girl', 'kid', 'toddler', 'schoolboy', 'schoolgirl'],
  kid: ['boy', 'girl', 'child', 'toddler', 'schoolboy', 'schoolgirl'],
  vehicle: ['vehicle'],
  machine: ['vehicle', 'creature'],
  car: ['suv', 'jeep', 'taxi', 'cab', 'limousine', 'convertible', 'sports car', 'race car', 'police car', 'pickup', 'van', 'sedan', 'hatchback', 'coupe', 'roadster'],
  craft: ['airplane', 'aeroplane', 'plane', 'jet', 'airliner', 'helicopter', 'spaceship', 'spacecraft', 'boat', 'ship'],
  aircraft: ['airplane', 'aeroplane', 'plane', 'jet', 'airliner', 'helicopter', 'glider', 'drone', 'blimp', 'airship'],
  boat: ['sailboat', 'yacht', 'canoe', 'kayak', 'ferry', 'raft', 'gondola'],
  ship: ['sailboat', 'yacht', 'ferry', 'submarine', 'spaceship'],
  dog: ['puppy', 'pup', 'hound', 'retriever', 'labrador', 'poodle', 'terrier', 'bulldog', 'husky', 'corgi', 'dachshund', 'beagle', 'shepherd dog', 'german shepherd', 'collie', 'spaniel', 'rottweiler', 'pitbull', 'pug', 'chihuahua', 'pomeranian', 'dalmatian', 'dalmation'],
  cat: ['kitten', 'kitty', 'tabby'],
  horse: ['pony', 'foal', 'stallion', 'mare'],
  bird: ['parrot', 'macaw', 'eagle', 'hawk', 'falcon', 'owl', 'crow', 'raven', 'pigeon', 'dove', 'sparrow', 'robin', 'finch', 'hummingbird', 'seagull', 'gull', 'pelican', 'flamingo', 'heron', 'stork', 'penguin', 'ostrich', 'peacock', 'woodpecker', 'kingfisher', 'vulture', 'hen', 'rooster', 'chick', 'duck', 'duckling', 'goose', 'swan', 'chicken', 'turkey', 'parakeet', 'budgie', 'canary', 'cockatoo', 'magpie', 'bluebird', 'egret', 'ibis', 'albatross', 'quail', 'pheasant', 'toucan', 'emu', 'puffin', 'seabird', 'songbird'],
  fish: ['goldfish', 'salmon', 'trout', 'koi', 'shark', 'tuna', 'carp', 'catfish', 'clownfish', 'piranha', 'eel', 'stingray', 'seahorse'],
  insect: ['butterfly', 'moth', 'bee', 'bumblebee', 'wasp', 'ant', 'beetle', 'ladybug', 'dragonfly', 'firefly', 'grasshopper', 'hornet', 'mosquito', 'cockroach', 'cicada', 'mantis'],
  bug: ['butterfly', 'moth', 'bee', 'bumblebee', 'wasp', 'ant', 'beetle', 'ladybug', 'dragonfly', 'firefly', 'grasshopper', 'spider', 'hornet', 'mosquito', 'cockroach', 'cicada', 'mantis'],
  bike: ['motorcycle', 'motorbike', 'bicycle', 'scooter', 'moped'],
  motorcycle: ['motorbike', 'bike'],
  motorbike: ['motorcycle', 'bike'],
  bicycle: ['bike'],
  // "the girl" after "a young woman": the younger word names the same person again.
  girl: ['woman', 'lady'],
  boy: ['man', 'guy'],
};

/** Modifiers that make a definite phrase pick out another one ("the second warrior", "the other dog"). */
export const OTHER_REFERENT_WORDS: readonly string[] = [
  'other', 'another', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'next', 'last', 'different', 'new', 'younger', 'older',
];

/**
 * Nouns that credit who made a style rather than put someone in the shot: as a bare tag
 * ("…, flemish painter", "digital artist") they are style references, not subjects.
 */
export const STYLE_CREDIT_NOUNS: readonly string[] = [
  'painter', 'artist', 'illustrator', 'photographer', 'sculptor', 'animator', 'cartoonist', 'filmmaker', 'director',
  'cinematographer', 'designer', 'engraver', 'printmaker',
];

/**
 * Render engines and 3D software, camera and film-stock makers: a phrase naming one ("Unreal
 * Engine 5", "octane render", "Sony A7 III", "Kodak Portra 400") says how the picture is made,
 * not what is in it. Two-word entries match as a pair of words; after "high", "octane" is the
 * adjective ("high octane chase"). Names that are also everyday
 * words or people (Maya, Unity, Blender, Arnold, Fuji, Olympus, RED, Eevee) are left out.
 */
export const PRODUCTION_NAMES: readonly string[] = [
  'unreal engine', 'unreal render', 'unreal 5', 'octane', 'redshift', 'vray', 'v-ray', 'keyshot', 'lumion', 'zbrush', 'cryengine', 'corona render', 'arnold render',
  'sony', 'canon', 'nikon', 'fujifilm', 'leica', 'hasselblad', 'arri', 'panavision', 'blackmagic', 'gopro', 'lumix',
  'kodak', 'portra', 'ektar', 'ektachrome', 'kodachrome', 'cinestill', 'velvia', 'fujicolor', 'ilford',
];

/**
 * Words that finish a production name ("octane render", "redshift rendering", "cryengine
 * engine"): with the name they are the style of the picture, not an action ("render" is no verb
 * there). A version number after "engine" joins them ("unreal engine 5").
 */
export const PRODUCTION_FOLLOWERS: readonly string[] = ['render', 'renders', 'rendering', 'renderer', 'engine'];

/**
 * Words that borrow a style from someone or something ("in the style of Moebius", "inspired by
 * Hannah Hoch and Francis Bacon"): the phrase after them, and the bare items of its list, name a
 * style reference, not something in the shot.
 */
export const STYLE_REFERENCE_INTROS: readonly string[] = [
  'style of', 'manner of', 'inspired by', 'influenced by', 'directed by', 'painted by', 'drawn by', 'illustrated by', 'photographed by',
  // A picture credited to who made it ("art by Greg Rutkowski", "a film by David Lynch"), or the
  // credit as a tag of its own ("…, highly detailed, by Greg Rutkowski")
  'art by', 'artwork by', 'painting by', 'illustration by', 'drawing by', 'film by', 'movie by', 'photo by', 'photograph by',
  'photography by', 'poster by', 'sculpture by', ', by',
  // Whose work the look draws on ("the works of Tim Burton", "drawing inspiration from Edward Hopper")
  'works of', 'inspiration from',
];

/**
 * Nouns of what is heard: after them and "of" ("the sounds of birds calling", "the voice of a
 * child") someone is heard, and is background to what the shot shows.
 */
export const HEARD_NOUNS: readonly string[] = ['sound', 'noise', 'voice', 'echo', 'chirping', 'song', 'cry', 'call'];

/** Nouns that name the camera as the one moving: a sentence where it moves shows a new view. */
export const VIEWPOINT_NOUNS: readonly string[] = ['camera', 'lens', 'viewpoint', 'pov', 'cam'];

/**
 * Collective nouns and the roles of their members: after "a family of three", "the father"
 * and "his child" are that family, and a list made only of one group's roles ("a mother,
 * father, and two children" in a family scene) is that one group. Entries are member words or
 * lexicon sub-kinds (`animal`: any animal of a herd).
 */
export const GROUP_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  family: ['mother', 'father', 'mom', 'mum', 'dad', 'parent', 'child', 'children', 'kid', 'son', 'daughter', 'brother', 'sister', 'sibling', 'twin', 'baby', 'infant', 'toddler', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'granny', 'husband', 'wife', 'boy', 'girl', 'man', 'woman', 'teenager'],
  couple: ['man', 'woman', 'husband', 'wife', 'boyfriend', 'girlfriend', 'bride', 'groom', 'partner', 'lover', 'boy', 'girl', 'guy', 'lady', 'gentleman'],
  pair: ['person'],
  duo: ['person'],
  trio: ['person'],
  group: ['person'],
  crowd: ['person'],
  team: ['player', 'captain', 'coach', 'teammate', 'member', 'athlete', 'goalkeeper', 'runner', 'worker', 'engineer', 'scientist'],
  squad: ['soldier', 'officer', 'player', 'captain', 'member'],
  crew: ['captain', 'sailor', 'pilot', 'engineer', 'worker', 'member', 'pirate'],
  band: ['singer', 'guitarist', 'drummer', 'bassist', 'pianist', 'violinist', 'musician', 'player', 'rapper', 'member'],
  orchestra: ['conductor', 'violinist', 'pianist', 'musician', 'player', 'drummer'],
  choir: ['singer', 'conductor', 'child', 'children'],
  herd: ['animal'],
  flock: ['animal'],
  pack: ['animal'],
  pride: ['animal'],
  pod: ['animal'],
};

/**
 * Kind words that gather the members a list then names ("a group of animals … a rabbit, a
 * squirrel and a fox"; "people running, women, men and children"): the word → the sub-kinds of
 * the members it gathers.
 */
export const KIND_GROUPS: Readonly<Record<string, readonly string[]>> = {
  animal: ['animal', 'creature'],
  creature: ['animal', 'creature'],
  beast: ['animal', 'creature'],
  critter: ['animal', 'creature'],
  people: ['person'],
  person: ['person'],
  human: ['person'],
  individual: ['person'],
  character: ['person', 'animal', 'creature'],
  friend: ['person', 'animal', 'creature'],
  companion: ['person', 'animal', 'creature'],
  hero: ['person', 'creature'],
  being: ['person', 'animal', 'creature'],
};

/**
 * Words that name someone by their place in a family: a list made only of family roles with one
 * of them ("a mother, father and two children feed the ducks") is one family, like a list opened
 * by a possessive ("his wife, daughter and son").
 */
export const KIN_WORDS: readonly string[] = [
  'mother', 'father', 'mom', 'mum', 'dad', 'parent', 'son', 'daughter', 'brother', 'sister', 'sibling', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'granny', 'husband', 'wife',
];

/**
 * Modifier + head pairs that name something other than the animate head: "hot dogs" are food,
 * a "rocking horse" is a toy. Keyed by the head's dictionary form.
 */
export const NON_ANIMATE_COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  dog: ['hot', 'corn', 'chili', 'chilli', 'prairie'],
  bear: ['gummy', 'gummi', 'teddy'],
  horse: ['rocking', 'hobby', 'carousel', 'saw', 'clothes', 'trojan'],
  plane: ['paper'],
  fish: ['sword'],
  bat: ['baseball', 'cricket', 'softball'],
  ship: ['model'],
  car: ['model', 'cable'],
};

/** Modifiers that make an animal or vehicle a dish, a toy or an image ("grilled fish", "a toy car"). */
export const THING_MODIFIERS: readonly string[] = [
  'grilled', 'fried', 'roast', 'roasted', 'smoked', 'baked', 'steamed', 'braised', 'barbecued', 'poached', 'stewed', 'sliced',
  'minced', 'cooked', 'toy', 'plush', 'stuffed', 'origami', 'gummy', 'candy', 'inflatable', 'rubber', 'plastic',
];

/** Vehicles that can carry the camera: when their sentence films ("capturing footage"), they are the camera. */
export const CAMERA_CARRIERS: readonly string[] = ['drone', 'quadcopter', 'helicopter', 'camera'];

/** Words that say a sentence is filming: with a camera carrier, the carrier is the viewpoint. */
export const FILMING_WORDS: readonly string[] = ['capture', 'capturing', 'film', 'filming', 'record', 'recording', 'footage', 'shoot', 'shooting', 'photograph', 'photographing'];

/** Labels that number separate shots ("Shot 1:", "Frame 2:", "Scene 3 -"): each starts a new scene. */
export const SHOT_LABELS: readonly string[] = ['shot', 'frame', 'scene', 'panel', 'clip', 'part', 'cut', 'sequence', 'segment', 'act'];

/**
 * Words that, before a colon, say the list after it is what a place shows ("Street life is
 * evident: children playing, vendors, and people walking"; "capturing the city life: people
 * walking, cars honking, and street vendors selling"): set dressing, not the focus.
 */
export const PRESENCE_WORDS: readonly string[] = ['evident', 'visible', 'apparent', 'abundant', 'everywhere', 'life'];

/**
 * What someone holds, carries or wears is a prop, not a second subject: "a woman holding an
 * animal puppet", "a man carrying a lamb".
 */
export const HOLDING_VERBS: readonly string[] = ['hold', 'carry', 'wear', 'cradle', 'clutch', 'grip', 'ride'];

/**
 * Verbs of becoming: what a subject turns into ("mice transformed into horses", "the boy turns
 * into a wolf") is that subject again, not a second one.
 */
export const CHANGE_VERBS: readonly string[] = ['transform', 'turn', 'morph', 'change', 'shapeshift', 'shift', 'evolve', 'metamorphose', 'mutate', 'become'];

/** Verbs of a costume: what a subject is dressed as ("a kitten dressed as a nurse") is that subject again. */
export const COSTUME_VERBS: readonly string[] = ['dress', 'disguise', 'costume'];

/**
 * Prepositions after which a person or animal is still acted on or addressed ("barks at a
 * mailman", "talks to a child", "a battle between knights and orcs"); after any other
 * ("glides past schools of fish", "runs near some seagulls") it is part of the place.
 */
export const ADDRESS_PREPOSITIONS: readonly string[] = ['at', 'to', 'toward', 'towards', 'after', 'with', 'into', 'onto', 'against', 'between', 'versus', 'vs'];

/**
 * Qualities, feelings and spans of time the score never credits as the subject (with the
 * environment's IDEA_NOUNS): "Happy emotions", "boundless energy", "her daily routine", "a sense
 * of tension", "the Egyptian era". Words that are also names (Grace, Joy) are left out.
 */
export const UNSEEN_NOUNS: readonly string[] = [
  'emotion', 'feeling', 'energy', 'routine', 'era', 'time', 'story', 'tale', 'sense', 'essence', 'recovery',
  'balance', 'innovation', 'tradition', 'insight', 'context', 'vitality', 'tenderness', 'elegance', 'sophistication',
  'innocence', 'playfulness', 'curiosity', 'tranquility', 'tranquillity', 'serenity', 'determination', 'urgency',
  'tension', 'suspense', 'mystery', 'companionship', 'connection', 'dedication', 'passion', 'happiness', 'sadness',
  'loneliness', 'dynamism', 'genre',
  // Qualities and states a picture shows through something else ("the grandeur of the peaks", "his wisdom")
  'beauty', 'grandeur', 'warmth', 'precision', 'charm', 'allure', 'simplicity', 'complexity', 'clarity', 'brilliance',
  'intensity', 'vastness', 'stillness', 'timelessness', 'freshness', 'agility', 'strength', 'resilience', 'craftsmanship',
  'expertise', 'skill', 'wisdom', 'intelligence', 'kindness', 'confidence', 'courage', 'honesty', 'sincerity',
  'vulnerability', 'modernity', 'importance', 'significance', 'magic', 'nostalgia', 'awe', 'peace', 'peacefulness',
  'contentment', 'comfort', 'relaxation', 'enthusiasm', 'amusement', 'satisfaction', 'enjoyment', 'affection',
  'anticipation', 'surprise', 'glee', 'accomplishment', 'resolve', 'focus', 'attention', 'camaraderie', 'teamwork',
  'unity', 'presence', 'absence', 'demeanor', 'demeanour', 'appearance', 'experience', 'creativity', 'imagination',
  'inspiration', 'life', 'nature', 'behavior', 'behaviour', 'hunger', 'decision', 'intent', 'intention', 'health',
  'patience', 'relation', 'size', 'isolation', 'desolation', 'calmness', 'aura', 'ambiance', 'ambience', 'depiction', 'representation',
  // How a picture is put together, named as a thing ("a blend of", "the interplay of", "a touch of")
  'contrast', 'interplay', 'interaction', 'juxtaposition', 'composition', 'blend', 'symphony', 'spectacle', 'touch',
  'hint', 'effect', 'element', 'dynamic', 'dynamics', 'depth', 'texture', 'sheen', 'theme', 'action', 'wonder', 'bond', 'combination',
  'care', 'work', 'way', 'lesson', 'mindset', 'mixture', 'humor', 'humour', 'glance',
  // How someone holds themselves ("a powerful pose", "her relaxed posture", "their positions")
  'pose', 'posture', 'stance', 'position',
  // What one smells or sees, and who watches the video rather than appears in it ("the aroma of coffee", "an impressive sight", "inviting viewers")
  'aroma', 'scent', 'fragrance', 'smell', 'viewer', 'sight',
  // The space around things ("in the air", "their surroundings", "the space feels calm")
  'air', 'surroundings', 'environment', 'space',
  // What a surface gives off or is finished with ("casts a warm glow", "a glossy finish")
  'glow', 'shimmer', 'gleam', 'glint', 'luster', 'lustre', 'radiance', 'finish', 'patina',
  // Quantities measured rather than seen ("as the temperature rises")
  'temperature', 'pressure', 'humidity',
  // Spans of time ("One day", "in her early thirties", "years of use", "in my childhood", "over 24 hours")
  'day', 'year', 'past', 'future', 'century', 'decade', 'week', 'month', 'hour', 'minute', 'moment', 'lifetime',
  'childhood', 'adulthood',
  // Frequent heads of corpus phrases that name a quality, an idea or a way of doing ("a lack of
  // detail", "with great effort", "their reaction")
  'lack', 'challenge', 'ease', 'effort', 'technique', 'manner', 'ability', 'artistry', 'characteristic', 'knowledge',
  'culture', 'appeal', 'curse', 'enchantment', 'fluidity', 'victory', 'scenario',
  // What others think of someone or something ("has the reputation of", "his fame")
  'reputation', 'fame', 'renown',
];

/**
 * Movement and change named as a noun ("the subtle movements of his fingers", "its descent"):
 * unseen like the nouns above, but someone right before one is who moves ("fish movements").
 */
export const ACTION_NOUNS: readonly string[] = [
  'movement', 'motion', 'flow', 'process', 'change', 'exploration', 'impact', 'momentum', 'speed', 'pace', 'rhythm',
  'passage', 'descent', 'ascent', 'stroll', 'journey',
  'rotation', 'progression', 'reduction', 'completion', 'development', 'expansion', 'acceleration',
];

/** Unseen nouns that are also names ("Joy", "Grace"): unseen only when written in lowercase. */
export const UNSEEN_NAMES: readonly string[] = ['joy', 'grace'];

/**
 * Nouns that name a part of a place or a thing, not a thing: before "of" or alone after a
 * preposition ("in front of a car", "the middle of the road", "on top of", "at the edge") the
 * place or thing is what is named; "a gray top" or "the front door" stay.
 */
export const PLACE_PARTS: readonly string[] = [
  'front', 'middle', 'top', 'bottom', 'side', 'center', 'centre', 'edge', 'corner', 'end', 'rear', 'tip', 'heart', 'midst',
  'interior', 'outskirts', 'foot', 'surface', 'base', 'distance',
];

/** Verbs of making: what they make is a thing made, not a subject ("building a snowman", "drawing a cat"). */
export const MAKING_VERBS: readonly string[] = ['make', 'build', 'draw', 'paint', 'sketch', 'sculpt', 'carve', 'craft', 'knit', 'mold', 'mould'];

/**
 * Verbs of preparing or eating food: an animal named after them without an article is its meat
 * ("a chef chops fish", "a boy eats chicken"), not a subject acted on.
 */
export const FOOD_VERBS: readonly string[] = ['eat', 'chop', 'slice', 'dice', 'fillet', 'cook', 'fry', 'grill', 'roast', 'bake', 'serve', 'season', 'taste', 'devour', 'prepare', 'barbecue'];

/** Modifiers of someone the story names who is not in the shot: "her missing father", "his late wife". */
export const ABSENT_MODIFIERS: readonly string[] = ['missing', 'absent', 'late', 'deceased', 'departed'];

/**
 * Creatures of human form, of fantasy, myth or machine: in a company doing one thing ("a wizard
 * gnome, a blond barbarian, a druid dwarf, walking") they are people, and praise of one ("a
 * beautiful goddess") asks for a person's look, not an animal's.
 */
export const HUMANOID_NOUNS: readonly string[] = [
  'elf', 'elves', 'dwarf', 'dwarves', 'gnome', 'gnomes', 'hobbit', 'hobbits', 'halfling', 'halflings', 'orc', 'orcs', 'goblin', 'goblins',
  'fairy', 'fairies', 'mermaid', 'mermaids', 'merman', 'mermen', 'wizard', 'wizards', 'witch', 'witches', 'sorcerer', 'sorcerers',
  'mage', 'mages', 'warlock', 'warlocks', 'druid', 'druids', 'zombie', 'zombies', 'vampire', 'vampires', 'angel', 'angels', 'god',
  'gods', 'goddess', 'goddesses', 'deity', 'deities', 'troll', 'trolls', 'ogre', 'ogres', 'giant', 'giants', 'titan', 'titans',
  'android', 'androids', 'cyborg', 'cyborgs', 'humanoid', 'humanoids',
];

/**
 * What animals do when they fill a place rather than act in it: calls heard and flight overhead
 * ("birds are singing on the trees", "bird sings", "birds are flying about", "tiny insects drift
 * through the light", "butterflies flutter past"). In dictionary form.
 */
export const AMBIENT_VERBS: readonly string[] = [
  'sing', 'chirp', 'tweet', 'twitter', 'warble', 'caw', 'coo', 'hoot', 'croak', 'buzz', 'hum', 'fly', 'soar', 'circle',
  'flutter', 'flit', 'hover', 'glide', 'drift', 'swarm', 'swoop',
];

/**
 * What only a living body does: after a name or a word the lexicons do not know ("the handsome
 * Elton smiles", "Kanye West performing", "Ethiopian climbing"), the name is someone's. Not what
 * a place or a thing does as well ("stands", "sits", "rises", "runs", "reads"). In dictionary form.
 */
export const LIVING_VERBS: readonly string[] = [
  'smile', 'laugh', 'grin', 'giggle', 'frown', 'wink', 'cry', 'weep', 'sob', 'shout', 'scream', 'yell', 'whisper', 'talk', 'speak',
  'sing', 'dance', 'nod', 'kiss', 'hug', 'salute', 'kneel', 'crouch', 'kick', 'punch', 'walk', 'jog', 'stroll', 'climb', 'swim',
  'eat', 'drink', 'sip', 'smoke', 'vape', 'wear', 'perform', 'play', 'fight', 'cook', 'sleep', 'pray', 'meditate', 'greet', 'clap',
  'applaud', 'shrug', 'stare', 'gaze', 'blink', 'marry', 'hesitate', 'watch', 'visit', 'consume', 'command', 'chat', 'argue', 'cheer',
  'preach', 'flirt', 'yawn', 'sneeze', 'cough', 'chew',
];

/** Praise or a description of a person's body: before a name, the name is someone's ("handsome Jon Hamm"). */
export const PERSON_ADJECTIVES: readonly string[] = ['handsome', 'pretty', 'sexy', 'bearded', 'muscular', 'blonde', 'blond', 'brunette', 'elderly', 'shirtless'];
