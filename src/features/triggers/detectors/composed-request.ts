import { type RequestGrammar, REQUEST_GRAMMAR } from "../lexicons/request-grammar";
import { normalizeText, tokenize } from "../text/normalize";
import { findLexicon, prepareTransient, type PreparedText } from "../text/prepared";

type WordClass = "person" | "action" | "wish" | "negation" | "possessive";
const CLASSES: WordClass[] = ["person", "action", "wish", "negation", "possessive"];

interface CompiledGrammar {
  exact: Map<string, Set<WordClass>>;
  stems: [string, WordClass][];
}

function compile(grammar: RequestGrammar): CompiledGrammar {
  const exact = new Map<string, Set<WordClass>>();
  const stems: [string, WordClass][] = [];
  for (const cls of CLASSES) {
    for (const raw of grammar[cls].split(/\s+/).filter(Boolean)) {
      const stem = raw.endsWith("*");
      const word = normalizeText(stem ? raw.slice(0, -1) : raw);
      if (stem) stems.push([word, cls]);
      else exact.set(word, (exact.get(word) ?? new Set()).add(cls));
    }
  }
  return { exact, stems };
}

const GRAMMARS = Object.entries(REQUEST_GRAMMAR).map(([lang, g]) => ({ lang, ...compile(g) }));

function classesOf(token: string, g: CompiledGrammar): Set<WordClass> {
  const out = new Set(g.exact.get(token) ?? []);
  for (const [stem, cls] of g.stems) if (token.startsWith(stem)) out.add(cls);
  return out;
}

// "Can a tutor help with maths?" asks what the service does; "can someone help me?" asks for a person.
const HELP = /^(?:help|assist)/;
function helpsTheVisitor(tokens: readonly string[], a: number, lang: string): boolean {
  if (lang !== "en" || !HELP.test(tokens[a] ?? "")) return true;
  return ["me", "us", "out"].includes(tokens[a + 1] ?? "");
}

// A person word right before the action ("a human review", "someone who can fix") or the action shortly
// before the person ("sort this out with a person", "pass this on to someone").
const PERSON_THEN_ACTION = 4;
const ACTION_THEN_PERSON = 5;

function clauseRequest(tokens: readonly string[], excluded: ReadonlySet<string>, g: CompiledGrammar, lang: string): string | null {
  const cls = tokens.map((t) => classesOf(t, g));
  const has = (i: number, c: WordClass) => cls[i]?.has(c) ?? false;
  const negatedBefore = (i: number) => [1, 2].some((d) => has(i - d, "negation"));
  const wishUpTo = (i: number) => {
    for (let j = 0; j <= i; j++) if (has(j, "wish") && !negatedBefore(j)) return true;
    return false;
  };
  for (let p = 0; p < tokens.length; p++) {
    if (!has(p, "person") || excluded.has(tokens[p] ?? "") || has(p - 1, "possessive")) continue;
    for (let a = Math.max(0, p - ACTION_THEN_PERSON); a <= Math.min(tokens.length - 1, p + PERSON_THEN_ACTION); a++) {
      if (a === p || !has(a, "action") || has(a, "person") || negatedBefore(a) || !helpsTheVisitor(tokens, a, lang)) continue;
      const first = Math.min(a, p);
      const last = Math.max(a, p);
      // A wish or modal up to the pair ("can a human review", "un humain peut m'aider"), or an English
      // imperative that opens the clause with the action ("call me, someone"): a person as the subject of
      // a plain statement ("someone changed my password") is not a request.
      if (wishUpTo(last) || (lang === "en" && a === 0)) return tokens.slice(first, last + 1).join(" ");
    }
  }
  return null;
}

const CLAUSES = /[.,;:!?¿¡。，！？؟\n]+/u;

/** A request for a person put in the visitor's own words; null when none. Remembered per text. */
export function composedRequest(text: PreparedText): string | null {
  const cached = text.memo.get("composedRequest") as string | null | undefined;
  if (cached !== undefined) return cached;
  let found: string | null = null;
  if (text.scripts.has("latin")) {
    for (const clause of text.raw.split(CLAUSES)) {
      const prepared = prepareTransient(clause);
      const tokens = tokenize(prepared.norm);
      if (tokens.length < 2) continue;
      // Words inside "travel agent", "human resources", "support hours" never count as a person.
      const excluded = new Set(findLexicon(prepared, "explicitExclude").flatMap((m) => m.text.split(" ")));
      for (const g of GRAMMARS) {
        found = clauseRequest(tokens, excluded, g, g.lang);
        if (found) break;
      }
      if (found) break;
    }
  }
  text.memo.set("composedRequest", found);
  return found;
}
