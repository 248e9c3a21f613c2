/**
 * Text normalisation and tokens shared by the search index and the queries, so both sides of a
 * match are read the same way. Pure; no DOM.
 */
import traditional from '../../text/search-traditional.json';

/** Zero-width, soft-hyphen and bidi control characters: invisible, but they split words. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const DIGIT: Record<string, number> = {
  ...Object.fromEntries([...'〇○零一二三四五六七八九'].map((char, i) => [char, Math.max(0, i - 2)])),
  两: 2,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** "二〇三五" -> 2035 (digit by digit), "三百" -> 300, "十四" -> 14, "千" -> 1000. */
export function chineseNumber(text: string): number | null {
  if (/^[〇○零一二三四五六七八九]{2,}$/.test(text)) return Number([...text].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const char of text) {
    const d = DIGIT[char];
    const unit = UNIT[char];
    if (d !== undefined) digit = d;
    else if (unit === 10_000) {
      total = (section + Math.max(digit, 0)) * unit;
      section = 0;
      digit = -1;
    } else if (unit !== undefined) {
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else return null;
  }
  return total + section + Math.max(digit, 0);
}

/**
 * Chinese numerals that are numbers, not words: a year written digit by digit ("二〇三五年",
 * "二○二○年"), or a count before a measure word ("三百座", "千座", "五十公里"). Numerals inside
 * names ("一江一河", "十二五", "四个中心") are left alone.
 */
const YEAR = /[〇○零一二三四五六七八九]{4}(?=年)|[一二三四五六七八九][〇○零][〇○零一二三四五六七八九]{2}/g;
const COUNT =
  /(?<![一二三四五六七八九十百千万两])[一二三四五六七八九十百千两]*[十百千][一二三四五六七八九十百千]*(?=(座|个|家|张|所|项|条|公里|平方米|万|亿|人|年|倍))/g;

export function digitsForNumerals(text: string): string {
  return text
    .replace(YEAR, (year) => [...year].map((c) => DIGIT[c] ?? c).join(''))
    .replace(COUNT, (numeral) => {
      const value = chineseNumber(numeral);
      return value === null ? numeral : String(value);
    });
}

/**
 * Traditional -> simplified for every character the plans use (built from opencc-js by
 * scripts/build-search-lexicon), and the question words' characters a query may carry (幾, 麼).
 */
const PAIRS = `${traditional.pairs}幾几麼么嗎吗裏里`;
const SIMPLIFIED = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS.charAt(2 * i), PAIRS.charAt(2 * i + 1)]),
);
const TRADITIONAL_CHARS = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'g');

/**
 * One reading of any text, for the index and for queries: full width to half width (NFKC),
 * traditional characters to simplified,
 * invisible controls removed, lower case, Chinese numerals as digits, "1 000" / "1,000" as 1000.
 */
export function normalise(text: string): string {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  return digitsForNumerals(plain.replace(TRADITIONAL_CHARS, (char) => SIMPLIFIED.get(char) ?? char))
    .replace(/(\d)[ ,](\d{3})(?!\d)/g, '$1$2')
    .replace(/[‐-―−]/g, '-');
}

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[a-z0-9]+(?:[.\-/][0-9]+)*/gu;

/**
 * Tokens of normalised text: Han runs as overlapping character pairs (a one-character run stays
 * whole), Latin words and numbers whole ("pm2.5", "1-1", "19.5"), and mixed words also in parts
 * ("g60" -> g60, g, 60) so "G60" and "G 60" meet.
 */
export function tokens(normalised: string): string[] {
  const out: string[] = [];
  for (const run of normalised.match(RUNS) ?? []) {
    if (HAN.test(run)) {
      const chars = [...run];
      if (chars.length === 1) out.push(run);
      for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
      continue;
    }
    out.push(run);
    const parts = run.match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
    if (parts.length > 1) out.push(...parts.filter((part) => part.length > 1 || /\d/.test(part)));
  }
  return out;
}

/** Han characters in a string (for phrase checks and highlights). */
export function isHan(text: string): boolean {
  return HAN.test(text);
}
