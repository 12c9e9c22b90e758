/**
 * What a prompt in another language gets: one information message, only the rules that do not
 * read English, a score of length alone and the prompt back as its rewrite.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createLinter, rules } from '../src/index.js';

const linter = createLinter({ extends: ['all'] });

/** Rules that do not read English (their meta has `anyLanguage`). */
const ANY_LANGUAGE = new Set(Object.entries(rules).flatMap(([id, rule]) => (rule.meta.anyLanguage ? [id] : [])));

const OTHER_LANGUAGES: [string, string][] = [
  ['Spanish', 'una mujer camina por la playa al atardecer, cámara lenta'],
  ['Portuguese', 'um homem andando de bicicleta na cidade à noite'],
  ['French', "une femme assise près d'un arbre sous la pluie"],
  ['German', 'ein Hund läuft mit dem Ball über die Wiese'],
  ['Indonesian', 'seorang gadis kecil berlari di taman dengan balon merah'],
  ['Turkish', 'bir kedi yağmurlu bir gecede çatıda yavaşça yürüyor'],
  ['Polish', 'pies biegnie przez łąkę o zachodzie słońca'],
  ['Vietnamese', 'một con mèo đen đi trên mái nhà'],
  ['Chinese', '一只黑猫在雨夜的屋顶上慢慢行走'],
  ['Japanese', '雨の夜、黒い猫が屋根の上をゆっくり歩く'],
  ['Korean', '비 오는 밤 검은 고양이가 지붕 위를 걷는다'],
  ['Russian', 'чёрная кошка идёт по крыше ночью под дождём'],
];

describe('a prompt in another language', () => {
  for (const [language, text] of OTHER_LANGUAGES) {
    it(`${language}: one information message, no English rule, length alone in the score, the prompt unchanged`, () => {
      const result = linter.lint(text);
      expect(result.diagnostics.filter((d) => d.ruleId === 'supported-language')).toHaveLength(1);
      expect(result.diagnostics.filter((d) => !ANY_LANGUAGE.has(d.ruleId))).toEqual([]);
      expect(Object.keys(result.score.dimensions)).toEqual(['length']);
      expect(result.score.unmeasured).toEqual(expect.arrayContaining(['subject', 'motion', 'camera', 'lighting', 'environment']));
      expect(result.rewrite.changed).toBe(false);
      expect(result.rewrite.text).toBe(text);
    });
  }

  it('settings written in the prompt are reported in any language', () => {
    const result = linter.lint('mujer corriendo en la oficina, 4k -ar 9:16 -motion 4');
    expect(result.diagnostics.map((d) => d.messageId)).toEqual(['notEnglish', 'resolution', 'aspectRatio']);
    expect(result.rewrite.changed).toBe(false);
  });

  it('Japanese is named for its language, Chinese for its script', () => {
    expect(analyze('雨の夜、黒い猫が屋根の上をゆっくり歩く').language.script).toBe('Japanese');
    expect(analyze('一只黑猫在雨夜的屋顶上慢慢行走').language.script).toBe('Han');
  });

  it('unfilled placeholders are still reported', () => {
    const ids = linter.lint('una {persona} corriendo en la playa').diagnostics.map((d) => d.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['supported-language', 'no-unfilled-placeholders']));
  });
});

describe('an English prompt with foreign words or names', () => {
  const ENGLISH = [
    'A brass band marches at the Día de los Muertos parade in Oaxaca, marigolds everywhere.',
    'a cathedral of bones in the style of zdzisław beksiński, slow push in, dim red light',
    'Art nouveau design of Баба Яга in rich colours, slow zoom in',
    'a surfer riding a wave off a tropical beach, drone shot, caption: ILE DE LA REUNION',
    'chicken a la king with fries on a diner table, close-up',
    'e girl dancing in a bedroom, ring light',
  ];
  for (const text of ENGLISH) {
    it(`stays English: ${text}`, () => {
      expect(analyze(text).language.code).toBe('en');
    });
  }
});

/**
 * Short prompts written for this check, in Spanish, Portuguese, French, German, Italian,
 * Indonesian, Turkish and romanised Hindi, and English ones with foreign names and borrowed words.
 */
describe('short prompts', () => {
  const OTHER = [
    'gatos peleando', 'perro corriendo en la playa', 'Katze spielt im Garten', 'niña bailando bajo la lluvia',
    'un caballo galopando', 'mujer sentada en un banco', 'pájaros volando sobre el mar', 'ciudad futurista de noche',
    'coche rojo corriendo', 'cachorro dormindo no sofá', 'menina correndo na praia', 'gato preto andando',
    'cavalo branco galopando', 'homem pescando no rio', 'criança brincando com bola', 'un chien qui court',
    'une femme qui danse', "l'enfant joue au ballon", 'coucher de soleil sur la mer', 'un oiseau vole dans le ciel',
    'voiture rouge dans la ville', 'Hund rennt über die Wiese', 'ein Mann läuft im Regen',
    'schöne Landschaft mit Bergen', 'Vogel fliegt über den Wald', 'ragazza che balla sotto la pioggia',
    'cane che corre sulla spiaggia', 'un uomo cammina nella città', 'seorang wanita berjalan di pantai',
    'burung terbang di langit', 'mobil merah di jalan', 'köpek sahilde koşuyor', 'çocuklar parkta oynuyor',
    'kırmızı araba yolda', 'güneş batarken deniz', 'ek ladka bike chala raha hai', 'ek ladki nach rahi hai',
    'billi so rahi hai', 'do bachche cricket khel rahe hain', 'ek aadmi sadak par chal raha hai',
    'kutta bhaag raha hai', 'ek sundar ladki aur uska kutta', 'mi amor',
  ];
  const ENGLISH = [
    'a café in Paris', 'piñata', "Señor Frog's", 'a piñata bursting at a birthday party',
    "Señor Frog's bar at night, neon lights", 'a barista making a cappuccino in a café',
    'Día de los Muertos parade', 'los angeles skyline timelapse', 'la la land', 'ying yang', 'Che guevara',
    'Robert De Niro', 'Orlando bloom', 'desperado samurai', 'über cool robot dancing', 'Mötley Crüe concert',
    'jalapeño pizza', 'crème brûlée', 'tornado over kansas', 'El Niño storm', 'Leonardo da Vinci', 'cafe latte art',
    'fiesta', 'siesta under a tree', 'Zürich old town', 'a smörgåsbord of food', 'naïve girl', 'Godzilla vs Kong',
    'taco tuesday', 'bon appétit', 'déjà vu', 'kim jong un', 'piña colada on the beach', 'tostada and enchilada',
    'ninja turtles', 'anime girl', 'cat samurai', 'dog playing piano', 'zdzisław beksiński style',
    'yin yang symbol rotating',
  ];
  /** Read as English still: no foreign word or ending, or one that is also English ("mare", "kinder", "chat"). */
  const MISSED = [
    'chat qui dort', 'Kinder spielen im Schnee', 'Sonnenuntergang am Meer', 'gatto che dorme', 'tramonto sul mare',
    'bambini giocano nel parco', 'kucing tidur di sofa', 'anak kecil bermain bola', 'kedi uyuyor',
  ];
  it('in another language', () => {
    expect(OTHER.filter((text) => analyze(text).language.code === 'en')).toEqual([]);
  });
  it('in English', () => {
    expect(ENGLISH.filter((text) => analyze(text).language.code !== 'en')).toEqual([]);
  });
  it('still missed (move one up when it is read right)', () => {
    expect(MISSED.filter((text) => analyze(text).language.code !== 'en')).toEqual([]);
  });
});
