// Sparse features of a text: hashed word unigrams and bigrams (stemmed) and character n-grams
// of each word. Hashing keeps the vocabulary a list of numbers, cheap to serialise.
import { tokenize, type Tokens } from "./tokenize";

export const FeatureGroup = { Word: 0, Bigram: 1, Char: 2 } as const;
export type FeatureGroup = (typeof FeatureGroup)[keyof typeof FeatureGroup];
export const FEATURE_GROUPS = 3;

export interface FeatureOptions {
  charMin: number;
  charMax: number;
  /** Relative weight of each group in the unit-length vector (word, bigram, char). */
  groupWeights: [number, number, number];
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  charMin: 3,
  charMax: 5,
  groupWeights: [1, 1, 1],
};

/** Hashed feature keys of a text, with repeats, and how many words it has. */
export interface RawFeatures {
  keys: number[];
  groups: FeatureGroup[];
  /** Hashed keys of the word unigrams, to tell how much of a question the vocabulary covers. */
  wordKeys: number[];
  tokens: Tokens;
}

// FNV-1a, 32 bits, over UTF-16 code units; the group is mixed in first so groups never collide.
export function hashKey(group: FeatureGroup, text: string): number {
  let hash = (0x811c9dc5 ^ (group + 1)) >>> 0;
  hash = Math.imul(hash, 0x01000193);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function extractFeatures(text: string, options: FeatureOptions): RawFeatures {
  const tokens = tokenize(text);
  const { words, stems } = tokens;
  const keys: number[] = [];
  const groups: FeatureGroup[] = [];
  const add = (group: FeatureGroup, value: string) => {
    keys.push(hashKey(group, value));
    groups.push(group);
  };
  const wordKeys: number[] = [];
  for (let i = 0; i < stems.length; i++) {
    const current = stems[i] as string;
    add(FeatureGroup.Word, current);
    wordKeys.push(keys[keys.length - 1] as number);
    add(FeatureGroup.Bigram, `${i === 0 ? "^" : stems[i - 1]} ${current}`);
  }
  if (stems.length > 0) add(FeatureGroup.Bigram, `${stems[stems.length - 1]} $`);
  for (const word of words) {
    const padded = `<${word}>`;
    // A single grapheme (a CJK character) is already a word unigram.
    if (padded.length <= 3) continue;
    for (let n = options.charMin; n <= options.charMax; n++) {
      for (let start = 0; start + n <= padded.length; start++) add(FeatureGroup.Char, padded.slice(start, start + n));
    }
    if (padded.length > options.charMax) add(FeatureGroup.Char, padded);
  }
  return { keys, groups, wordKeys, tokens };
}
