// Which writing systems a text uses: lexicons of other scripts are skipped, and language
// detection starts from the dominant script (the cheapest and most reliable signal on short text).
export type Script = "latin" | "arabic" | "devanagari" | "cyrillic" | "han" | "kana" | "hangul" | "other";

const RANGES: [Script, RegExp][] = [
  ["latin", /\p{Script=Latin}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["han", /\p{Script=Han}/u],
  ["hangul", /\p{Script=Hangul}/u],
];

export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = RANGES.find(([, re]) => re.test(ch))?.[0] ?? "other";
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

export function dominantScript(counts: Map<Script, number>): Script | null {
  let best: Script | null = null;
  let max = 0;
  for (const [script, n] of counts) {
    if (n > max) {
      best = script;
      max = n;
    }
  }
  return best;
}
