// Locale choice and string lookup. The locale comes from Baton('setLocale', ...) when the page set
// one, else from the browser; anything unsupported falls back to English, key by key. English is
// bundled; another language is one JSON file fetched next to frame.html (names from the build).
import { en, type StringKey, type Strings } from "./locales/en";

export const LOCALES = ["en", "ar", "ur", "es", "fr", "de", "pt", "hi", "tr", "id"] as const;
export type Locale = (typeof LOCALES)[number];

const RTL: readonly string[] = ["ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "dv", "ckb"];

const base = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";

/** The first supported language among the candidates ("pt-BR" -> "pt", "in" -> "id"), else English. */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    let language = base(candidate);
    if (language === "in") language = "id"; // the old ISO code some Android browsers still send
    if ((LOCALES as readonly string[]).includes(language)) return language as Locale;
  }
  return "en";
}

/** Whether a language tag is written right to left (for dir="rtl"). */
export function isRtl(tag: string): boolean {
  return RTL.includes(base(tag));
}

export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

/** Looks keys up in `strings`, then in English; fills {placeholders} from vars. */
export function translator(strings: Partial<Strings>): Translate {
  return (key, vars) => {
    const template = typeof strings[key] === "string" && strings[key] ? strings[key] : en[key];
    return vars ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : template;
  };
}

// Set by scripts/build-widget.ts: { fr: "locales/fr-<hash>.json", ... }.
declare const BATON_LOCALE_FILES: Record<string, string> | undefined;
const files = (): Record<string, string> => (typeof BATON_LOCALE_FILES === "object" && BATON_LOCALE_FILES) || {};
const cache = new Map<Locale, Promise<Partial<Strings>>>();

/** The strings of a language; English (an empty object) when its file cannot be fetched. */
export function loadStrings(locale: Locale, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<Partial<Strings>> {
  const file = files()[locale];
  if (locale === "en" || !file) return Promise.resolve({});
  let promise = cache.get(locale);
  if (!promise) {
    promise = fetcher(file)
      .then((response) => (response.ok ? (response.json() as Promise<Partial<Strings>>) : {}))
      .catch(() => ({}));
    cache.set(locale, promise);
  }
  return promise;
}
