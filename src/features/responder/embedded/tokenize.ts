// Text normalisation and tokenisation for the embedded responder. Knowledge bases come in many
// languages, so nothing here assumes English except the light stemmer, which only touches
// lowercase a-z words.

// Combining diacritics of Latin, Greek and Cyrillic ("café" -> "cafe"). Other scripts' marks
// (Devanagari vowel signs, Thai vowels) carry meaning and are kept.
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
// Arabic short vowels (tashkeel), the dagger alef and the tatweel are optional in writing.
const ARABIC_OPTIONAL = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const APOSTROPHES = /['\u2019\u02bc`\u00b4]/g;

// Scripts written without spaces between words: each character becomes a token, and word
// bigrams then act as character bigrams.
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const GRAPHEME = /\P{M}\p{M}*/gu;

/** Lowercase, NFKD compatibility folding, diacritics and Arabic orthographic variants unified. */
export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(LATIN_DIACRITICS, "")
      .replace(ARABIC_OPTIONAL, "")
      .replace(ARABIC_ALEF_FORMS, "\u0627")
      .replace(/\u0649/g, "\u064a")
      .replace(APOSTROPHES, "")
      // Recompose what NFKD split apart (Hangul syllables, Indic nukta forms).
      .normalize("NFC")
  );
}

/** Words of a normalised text: letters, marks and digits; unspaced scripts split per character. */
export function splitWords(normalized: string): string[] {
  const words: string[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (!UNSPACED_SCRIPT.test(word)) {
      words.push(word);
      continue;
    }
    // Mixed runs ("iphone手机") keep their spaced part whole and split the unspaced part.
    let pending = "";
    for (const grapheme of word.match(GRAPHEME) ?? []) {
      if (UNSPACED_SCRIPT.test(grapheme)) {
        if (pending) words.push(pending);
        pending = "";
        words.push(grapheme);
      } else {
        pending += grapheme;
      }
    }
    if (pending) words.push(pending);
  }
  return words;
}

/**
 * A light English suffix stripper (plural, -ing, -ed, -ly), applied to a-z words only. It merges
 * "refunds"/"refunding"/"refunded"; character n-grams cover the morphology of other languages.
 */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith("ing") && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith("ed") && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith("ly") && word.length > 5) return word.slice(0, -2);
  return word;
}

// "stopped" -> "stopp" -> "stop", so it meets "stop".
function undouble(word: string): string {
  const last = word.at(-1);
  return last && word.length > 3 && last === word.at(-2) && !/[lsz]/.test(last) ? word.slice(0, -1) : word;
}

export interface Tokens {
  /** Normalised surface words, for character n-grams. */
  words: string[];
  /** Stemmed words, for word n-grams. */
  stems: string[];
}

export function tokenize(text: string): Tokens {
  const words = splitWords(normalizeText(text));
  return { words, stems: words.map(stem) };
}
