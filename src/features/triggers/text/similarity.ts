import { isStopword } from "../lexicons";
import type { PreparedText } from "./prepared";

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC_PREFIX = /^(?:وال|بال|لل|فال|كال|ال|و)(?=\S{3,})/u;

/**
 * Content words reduced to a short stem, in any script: prefixes survive inflection ("runner"/"running",
 * "перенести"/"перенос"), Arabic loses its article, Chinese is compared by character pairs.
 */
export function contentStems(text: PreparedText): Set<string> {
  const cached = text.memo.get("stems") as Set<string> | undefined;
  if (cached) return cached;
  const stems = new Set<string>();
  text.memo.set("stems", stems);
  for (const token of text.tokens) {
    if (HAN.test(token)) {
      const chars = [...token];
      for (let i = 0; i + 1 < chars.length; i++) stems.add(`${chars[i]}${chars[i + 1]}`);
      continue;
    }
    if (token.length < 2 || isStopword(token)) continue;
    const bare = token.replace(ARABIC_PREFIX, "");
    stems.add([...bare].slice(0, 4).join(""));
  }
  return stems;
}

export interface Overlap {
  /** Share of the new message's content already in the earlier one. */
  ofNew: number;
  /** Share of the earlier message's content repeated in the new one. */
  ofOld: number;
  shared: string[];
}

export function overlap(newer: Set<string>, older: Set<string>): Overlap {
  const shared = [...newer].filter((s) => older.has(s));
  return {
    ofNew: newer.size === 0 ? 0 : shared.length / newer.size,
    ofOld: older.size === 0 ? 0 : shared.length / older.size,
    shared,
  };
}
