// One normal form for visitor text and for every lexicon pattern, so a pattern written with
// accents, capitals or Arabic letter variants matches what people actually type.

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
// Censored swearing ("f***ing", "sh*t") would otherwise be split into harmless fragments.
const CENSORED = /\p{L}+[*#@$%]+\p{L}+|\p{L}+[*#@$%]{2,}/gu;
const APOSTROPHES = /[’'`´]/g;
// English contractions only: "n't" never occurs in other languages, so expanding it is safe.
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan[’']t\b/gi, "can not"],
  [/\bwon[’']t\b/gi, "will not"],
  [/n[’']t\b/gi, " not"],
];
const BARE_NEGATION_RE = /\b(dont|doesnt|didnt|isnt|wasnt|arent|havent|hasnt|wouldnt|couldnt|cant|wont)\b/g;
const BARE_NEGATIONS: Record<string, string> = {
  dont: "do not", doesnt: "does not", didnt: "did not", isnt: "is not", wasnt: "was not", arent: "are not",
  havent: "have not", hasnt: "has not", wouldnt: "would not", couldnt: "could not", cant: "can not", wont: "will not",
};

const CHAR_MAP: Record<string, string> = {
  ı: "i", ß: "ss", ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ё: "е",
  // Arabic and Urdu spellings of the same letter are typed interchangeably on phone keyboards.
  أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ی: "ي", ې: "ي", ک: "ك", ة: "ه", ہ: "ه", ۃ: "ه", ھ: "ه", ؤ: "و", ئ: "ي", ۓ: "ے",
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join("")}]`, "g");
const DIGITS: [RegExp, number][] = [
  [/[\u0660-\u0669]/g, 0x0660],
  [/[\u06F0-\u06F9]/g, 0x06f0],
  [/[\u0966-\u096F]/g, 0x0966],
];

export function normalizeText(text: string): string {
  let out = text.normalize("NFKC").replace(CENSORED, " xswearx ");
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  out = out.toLowerCase().replace(BARE_NEGATION_RE, (w) => BARE_NEGATIONS[w] ?? w);
  out = out.normalize("NFD").replace(LATIN_MARKS, "$1").normalize("NFC");
  out = out.replace(ARABIC_DIACRITICS, "").replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  for (const [re, base] of DIGITS) out = out.replace(re, (d) => String(d.charCodeAt(0) - base));
  out = out.replace(APOSTROPHES, " ");
  // Keep letters, digits and combining marks (Devanagari vowel signs are marks); the rest separates tokens.
  out = out.replace(/[^\p{L}\p{N}\p{M}]+/gu, " ");
  return out.trim();
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(" ");
}

/** Letters that are upper case, over all cased letters: shouting is a ratio, not one capitalised word. */
export function capsRatio(text: string): { ratio: number; letters: number } {
  let upper = 0;
  let cased = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower === up) continue;
    cased++;
    if (ch === up) upper++;
  }
  return { ratio: cased === 0 ? 0 : upper / cased, letters: cased };
}
