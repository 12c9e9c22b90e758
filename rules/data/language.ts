/**
 * Function words that tell languages written in Latin script apart. A prompt whose function
 * words are mostly from FOREIGN reads as another language; names and borrowed phrases in an
 * English prompt ("Día de los Muertos") are outweighed by its own "the", "and", "of".
 * Words that are also English ("die", "son", "van", "per", "met", "pour", "a", "no", "do", "hay", "jest",
 * "sous", "dal") are left out, and so is Turkish "ile", which is also French "île" without its accent.
 * "de", "con" and "di" are in, although "de" and "di" also start names in English prompts
 * ("Robert de Niro", "Día de los Muertos"): they are the most frequent function words of short
 * Spanish, Portuguese, French and Italian prompts, and a name's particle is outweighed by an
 * English prompt's own function words, or, in a prompt without any, not counted next to a capital.
 */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'of', 'in', 'on', 'with', 'is', 'are', 'at', 'to', 'from', 'by', 'its', 'his', 'her', 'their',
  'this', 'that', 'as', 'while', 'into', 'under', 'over', 'through', 'for', 'it', 'she', 'he', 'they', 'was', 'be', 'has',
  'have', 'which', 'who', 'there', 'but', 'or', 'not', 'behind', 'above', 'around', 'across',
];

export const FOREIGN_FUNCTION_WORDS: readonly string[] = [
  // Spanish (and "de", shared with French and Portuguese)
  'de', 'con', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'en', 'por', 'para', 'del', 'al', 'que', 'es', 'está', 'están',
  'su', 'sus', 'sobre', 'entre', 'como', 'muy', 'pero', 'se', 'hacia', 'desde', 'mientras', 'te', 'tu', 'mi', 'cuando', 'donde',
  // French
  'le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'avec', 'sur', 'qui', 'au', 'aux', 'ce', 'cette', 'ses', 'sont',
  'pas', 'très', 'elle', 'il', 'ils', 'nous', 'vous', 'où', 'leur',
  // Portuguese
  'os', 'uma', 'com', 'não', 'em', 'na', 'nas', 'nos', 'da', 'das', 'dos', 'é', 'ao', 'pela', 'pelo', 'sua', 'seu',
  // German
  'der', 'das', 'und', 'ist', 'ein', 'eine', 'einen', 'einem', 'mit', 'auf', 'im', 'dem', 'zu', 'nicht', 'sich', 'ich',
  'von', 'vor', 'über', 'unter', 'sind', 'wird',
  // Italian
  'gli', 'di', 'che', 'nel', 'nella', 'sul', 'sulla', 'della', 'dello', 'è', 'sono', 'degli', 'alla',
  // Dutch
  'het', 'een', 'zijn', 'wordt',
  // More Spanish, Portuguese, French, German, Italian and Dutch ones, then Indonesian, Turkish, Vietnamese and Polish
  'ella', 'ellos', 'él', 'este', 'esta', 'estos', 'estas',
  'e', 'um', 'uns', 'umas', 'ou', 'num', 'numa', 'pelos', 'pelas', 'aos', 'às', 'muito', 'muita', 'também', 'mais',
  'je', 'ne', 'vers', 'chez', 'aussi',
  'einer', 'eines', 'auch', 'oder', 'bei', 'nach', 'aus', 'wie', 'ins', 'zum', 'zur', 'vom', 'beim', 'sie', 'wir', 'mir',
  'mich', 'sein', 'ihr', 'ihre', 'dass', 'kein', 'keine', 'durch', 'neben',
  'dei', 'delle', 'nei', 'dalla', 'questo', 'questa', 'anche',
  'niet', 'naar', 'ook', 'bij',
  'yang', 'dan', 'dengan', 'dari', 'untuk', 'ini', 'itu', 'sebuah', 'seorang', 'oleh', 'ke', 'adalah', 'sedang', 'dalam', 'pada', 'tidak',
  'bir', 've', 'bu', 'için', 'gibi', 'olan', 'çok', 'daha', 'veya',
  'và', 'là', 'các', 'có', 'với', 'trong',
  'się', 'oraz', 'że', 'nie', 'przez', 'jego', 'jej', 'który', 'która', 'które', 'aby',
  // More Indonesian, then romanised Hindi and Urdu ("ek ladka bike chala raha hai"): its postpositions, "is", "and",
  // "one" and the auxiliaries of its continuous and past tenses
  'akan', 'sudah', 'juga', 'atau', 'sangat', 'bersama',
  'hai', 'hain', 'tha', 'aur', 'ek', 'aik', 'ka', 'ki', 'ke', 'ko', 'mein', 'nahi', 'nahin', 'kya', 'woh', 'apne', 'apni', 'apna',
  'raha', 'rahi', 'rahe', 'rha', 'rhi', 'rhe', 'gaya', 'gayi', 'hua', 'hui',
];

/**
 * Particles that begin or join names ("Robert de Niro", "Día de los Muertos", "Piazza del Duomo"):
 * in a short prompt without English function words, one of these before a capitalised word (or
 * before another particle and then one) is part of the name. Other foreign function words are not:
 * "Tanjiro Kamado en una lucha" is Spanish.
 */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'di', 'da', 'del', 'della', 'dei', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'el', 'al', 'von', 'der', 'zu',
];

/**
 * Letters no English word has, bar a few borrowed words and names: Spanish and Portuguese "ñ", "ç",
 * "ã", "õ", German "ß", and Polish, Czech, Turkish, Romanian and Vietnamese ones ("się", "ı", "ơ",
 * "ạ"). A word with one counts as a foreign word; "piñata", "façade" or "Zdzisław Beksiński" are
 * outweighed by an English prompt's own function words, and in a short prompt without any they
 * count only next to a foreign word of another kind (language.ts).
 */
export const FOREIGN_LETTERS = /[ñçãõßäöüðþąęłśźżćńřěůťďňışğșțơưđă\u1EA0-\u1EF9]/;

/**
 * Endings no English word has: the Spanish and Portuguese nouns of action ("animación",
 * "criação", "canções"), and French and Italian elision ("l'homme", "d'un", "dell'acqua").
 */
export const FOREIGN_WORD_ENDINGS: readonly string[] = ['ción', 'ciones', 'ção', 'ções', 'ões', 'zione', 'zioni', 'mente', 'keit', 'schaft', 'lich', 'liche', 'licher', 'liches'];
export const FOREIGN_ELISION = /^(?:[ldjcnsmt]|qu|dell|nell|sull|all|un)['’][aeiouhéèêàâîôûy]/;

/**
 * Endings of the Spanish, Portuguese and Italian gerund ("corriendo", "bailando", "sorrindo"): a word
 * of at least FOREIGN_GERUND_MIN_LENGTH letters with one counts as a foreign word, unless it is one of
 * the English words that end the same way.
 */
export const FOREIGN_GERUND_ENDINGS: readonly string[] = ['ando', 'endo', 'indo'];
export const FOREIGN_GERUND_MIN_LENGTH = 6;
/**
 * The Spanish, Portuguese and Italian past participle ("sentada", "llamado", "dormidos"), of at least six
 * letters: a foreign word when the English lexicons know neither it nor its dictionary form
 * ("tornado", "avocados") and it is not one of the English words that end the same way.
 */
export const FOREIGN_PARTICIPLE = /^[a-z]{3,}(?:ad|id)[oa]s?$/;
export const ENGLISH_WORDS_LIKE_GERUNDS: readonly string[] = [
  'commando', 'commandos', 'crescendo', 'innuendo', 'nintendo', 'orlando', 'fernando', 'lando', 'kommando', 'stipendo',
  'desperado', 'bravado', 'armada', 'cicada', 'tostada', 'enchilada', 'empanada', 'colada', 'lambada', 'intifada',
  'libido', 'aikido', 'bushido', 'avocado', 'tornado', 'colorado', 'nevada', 'canada', 'granada', 'grenada', 'florida',
];

/** At least this many foreign function words, and more than twice the English ones. */
export const MIN_FOREIGN_WORDS = 3;
/**
 * A short prompt with no English function word at all needs only this many ("ropa deportiva,
 * corriendo en la playa"), counting none that is capitalised inside a sentence or stands next
 * to such a word: "Día de los Muertos, skeletons dancing" stays English.
 */
export const MIN_FOREIGN_WORDS_WITHOUT_ENGLISH = 2;

/**
 * A prompt with two foreign function words outside names and at most MAX_ENGLISH_AMONG_UNKNOWN English
 * ones reads as another language when at least this share of its words are unknown to English:
 * "ragazza in costume con capelli rossi occhi verdi" ("in" is Italian as well).
 */
export const MIN_UNKNOWN_SHARE = 0.6;
export const MAX_ENGLISH_AMONG_UNKNOWN = 2;

/**
 * A prompt of at most this many words without an English function word reads as another language
 * with a single foreign word, when no other word is one the English lexicons know: "gatos peleando".
 */
export const SHORT_PROMPT_WORDS = 8;

/**
 * Function words of other languages that are also English words ("die", "den", "am", "no"): never
 * counted as foreign, and in a short prompt (SHORT_PROMPT_WORDS) not counted as English either, so
 * "Hund rennt über die Wiese" and "cachorro dormindo no sofá" read as German and Portuguese.
 */
export const FUNCTION_WORDS_ALSO_ENGLISH: readonly string[] = [
  'die', 'den', 'am', 'no', 'do', 'son', 'van', 'per', 'met', 'pour', 'hay', 'sous', 'dal',
];
