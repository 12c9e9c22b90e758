/**
 * Function words that tell languages written in Latin script apart. A prompt whose function
 * words are mostly from FOREIGN reads as another language; names and borrowed phrases in an
 * English prompt ("Día de los Muertos") are outweighed by its own "the", "and", "of".
 * Words that are also English ("die", "son", "van", "per", "met", "pour", "a", "no") are left out.
 */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'of', 'in', 'on', 'with', 'is', 'are', 'at', 'to', 'from', 'by', 'its', 'his', 'her', 'their',
  'this', 'that', 'as', 'while', 'into', 'under', 'over', 'through', 'for', 'it', 'she', 'he', 'they', 'was', 'be', 'has',
  'have', 'which', 'who', 'there', 'but', 'or', 'not', 'behind', 'above', 'around', 'across',
];

export const FOREIGN_FUNCTION_WORDS: readonly string[] = [
  // Spanish
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'en', 'por', 'para', 'del', 'al', 'que', 'es', 'está', 'están',
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
];

/** At least this many foreign function words, and more than twice the English ones. */
export const MIN_FOREIGN_WORDS = 3;
