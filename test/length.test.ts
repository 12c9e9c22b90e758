/**
 * Word budgets (src/analysis/length.ts): English words count one each, Chinese and Japanese
 * characters 1.5 to a word, Thai, Lao, Khmer and Myanmar code points 5 to a word.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createLinter } from '../src/index.js';
import { budgetWords, firstOffsetPast, hasSpacelessScript } from '../src/analysis/length.js';

/** An orange cat running on a beach at sunset (Thai, 52 code points in one token). */
const THAI = 'แมวสีส้มตัวหนึ่งกำลังวิ่งอยู่บนชายหาดตอนพระอาทิตย์ตก';
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
/** The text from where the budget of `max` words is passed, or null. */
const past = (text: string, max: number) => {
  const at = firstOffsetPast(analyze(text), max);
  return at < 0 ? null : text.slice(at);
};

describe('budgetWords', () => {
  it('is the word count for English, numbers included and punctuation not', () => {
    const a = analyze('A rain-soaked street at 5pm, 1080p — 24 fps.');
    expect(budgetWords(a)).toBe(a.wordCount);
    expect(budgetWords(a)).toBe(8);
  });

  it('counts a web address or a file name as one word', () => {
    expect(budgetWords(analyze('A fox https://example.com/a/b_c.png?w=1 runs, see IMG_2972.JPG.'))).toBe(6);
    expect(budgetWords(analyze('https://example.com/a.png'))).toBe(1);
    expect(past(`${words(79)} image:IMG_1.jpg and more`, 80)).toBe('and more');
  });

  it('counts Han characters 1.5 to a word, rounded up', () => {
    expect(budgetWords(analyze('一只猫在草地上奔跑'))).toBe(6);
    expect(budgetWords(analyze('猫'.repeat(120)))).toBe(80);
    expect(budgetWords(analyze('A cat 在草地上 running'))).toBe(6);
  });

  it('counts Thai, Lao, Khmer and Myanmar code points 5 to a word, though the token is one word', () => {
    const thai = analyze(THAI);
    expect(thai.wordCount).toBe(1);
    expect(budgetWords(thai)).toBe(11);
    expect(budgetWords(analyze('ແມວສີສົ້ມກຳລັງແລ່ນຢູ່ເທິງຫາດຊາຍ'))).toBe(7);
    expect(budgetWords(analyze('ឆ្មាពណ៌ទឹកក្រូចកំពុងរត់នៅលើឆ្នេរខ្សាច់'))).toBe(8);
    expect(budgetWords(analyze('ကြောင်လေးတစ်ကောင်သည်ကမ်းခြေပေါ်တွင်ပြေးနေသည်'))).toBe(9);
  });

  it('spaces and punctuation between Thai phrases do not count', () => {
    expect(budgetWords(analyze('แมวสีส้ม กำลังวิ่ง, อยู่บนชายหาด.'))).toBe(budgetWords(analyze('แมวสีส้มกำลังวิ่งอยู่บนชายหาด')));
  });

  it('a run of other characters glued to Thai counts as one word', () => {
    // กล้อง (5) + Sony (one word) + ถ่ายแมว (7): 1 + 12 / 5 = 3.4, rounded up.
    expect(budgetWords(analyze('กล้องSonyถ่ายแมว'))).toBe(4);
    expect(budgetWords(analyze('กล้อง Sony ถ่ายแมว 4K'))).toBe(5);
  });

  it('adds English words, Han characters and Thai code points together', () => {
    // 2 words + 3 Han characters (2) + 8 Thai code points (1.6) = 5.6, rounded up.
    expect(budgetWords(analyze('A cat 一只猫 แมวสีส้ม'))).toBe(6);
  });
});

describe('firstOffsetPast', () => {
  it('is -1 within the budget', () => {
    expect(past(words(80), 80)).toBeNull();
    expect(past(THAI, 11)).toBeNull();
  });

  it('points at the English word past the limit', () => {
    expect(past('A dog running on a beach at sunset', 5)).toBe('beach at sunset');
  });

  it('points at the Han character past the limit', () => {
    expect(past('一只猫在草地上奔跑', 5)).toBe('奔跑');
  });

  it('inside a Thai token, points at the start of the dictionary word in which the limit is passed', () => {
    // Five words are 25 code points: the 26th, อ, begins อยู่.
    expect(past(THAI, 5)).toBe('อยู่บนชายหาดตอนพระอาทิตย์ตก');
    // Ten words are 50 code points: the 51st is the ต of ตก.
    expect(past(THAI, 10)).toBe('ตก');
    // Two words are 10 code points: the 11th is the last letter of ตัว, and the range takes the whole word.
    expect(past(THAI, 2)).toBe('ตัวหนึ่งกำลังวิ่งอยู่บนชายหาดตอนพระอาทิตย์ตก');
  });

  it('passed by a run glued to Thai, or by Thai glued to a run: points at the run or the Thai word, not before it', () => {
    expect(past('กล้องSonyถ่ายแมว', 1)).toBe('Sonyถ่ายแมว');
    expect(past('Sonyกล้องถ่ายแมว', 1)).toBe('กล้องถ่ายแมว');
  });

  it('passed by a later token: points at that token', () => {
    expect(past(`${words(78)} แมวสีส้มตัวหนึ่ง`, 80)).toBe('ตัวหนึ่ง');
    expect(past(`แมวสีส้ม ${words(79)}`, 80)).toBe('w78');
  });
});

describe('hasSpacelessScript', () => {
  it('is false for English and Chinese, true for Thai, Lao, Khmer and Myanmar', () => {
    expect(hasSpacelessScript(analyze('A dog — café, “quoted” ’s'))).toBe(false);
    expect(hasSpacelessScript(analyze('一只猫'))).toBe(false);
    for (const text of ['แมว', 'ແມວ', 'ឆ្មា', 'ကြောင်']) expect(hasSpacelessScript(analyze(`A ${text}`))).toBe(true);
  });
});

describe('the score counts length as max-words does', () => {
  it('a long Thai prompt loses length points without the rule enabled', () => {
    // 520 code points: 104 words.
    const long = Array.from({ length: 10 }, () => THAI).join(' ');
    const linter = createLinter({ rules: { 'max-words': 'off', 'max-chars': 'off' } });
    const deductions = linter.lint(long).score.deductions.filter((d) => d.dimension === 'length');
    expect(deductions.length).toBe(1);
    expect(deductions[0]!.reason).toContain(`${budgetWords(analyze(long))} words`);
  });
});
