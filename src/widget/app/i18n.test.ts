import { describe, expect, it, vi } from "vitest";
import { LOCALES, isRtl, loadStrings, resolveLocale, translator } from "./i18n";
import { en } from "./locales/en";
import { TRANSLATIONS } from "./locales/translations";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("resolveLocale", () => {
  it("takes the first supported language, by base language", () => {
    expect(resolveLocale(["pt-BR"])).toBe("pt");
    expect(resolveLocale(["zh-CN", "fr-CA", "de"])).toBe("fr");
    expect(resolveLocale(["AR_eg"])).toBe("ar");
    expect(resolveLocale([null, undefined, "", "ur-PK"])).toBe("ur");
    expect(resolveLocale(["in-ID"])).toBe("id");
  });

  it("falls back to English", () => {
    expect(resolveLocale(["zh-TW", "ja"])).toBe("en");
    expect(resolveLocale([])).toBe("en");
  });

  it("supports the ten languages of the issue", () => {
    expect([...LOCALES].sort()).toEqual(["ar", "de", "en", "es", "fr", "hi", "id", "pt", "tr", "ur"]);
  });
});

describe("isRtl", () => {
  it("is true for Arabic and Urdu (and other RTL scripts), false otherwise", () => {
    for (const tag of ["ar", "ar-SA", "ur", "ur-PK", "he", "fa-IR"]) expect(isRtl(tag), tag).toBe(true);
    for (const tag of ["en", "fr", "hi", "tr", "id", "urd-x", "arn"]) expect(isRtl(tag), tag).toBe(false);
  });
});

describe("translator", () => {
  it("falls back to English key by key", () => {
    const t = translator({ send: "Envoyer" });
    expect(t("send")).toBe("Envoyer");
    expect(t("retry")).toBe(en.retry);
    expect(translator({ send: "" })("send")).toBe(en.send);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator(TRANSLATIONS.fr);
    expect(t("joined", { name: "Ana" })).toBe("Ana a rejoint la conversation");
    expect(translator({})("queuePosition")).toBe("You're #{n} in line");
  });

  it("every language has every key, with the same placeholders as English", () => {
    for (const [locale, strings] of Object.entries(TRANSLATIONS)) {
      expect(Object.keys(strings).sort(), locale).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(strings[key].trim(), `${locale}.${key}`).not.toBe("");
        expect(placeholders(strings[key]), `${locale}.${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
});

describe("loadStrings", () => {
  it("is English (empty) without a build manifest or when the fetch fails", async () => {
    expect(await loadStrings("en")).toEqual({});
    const failing = vi.fn(() => Promise.reject(new Error("offline")));
    expect(await loadStrings("fr", failing)).toEqual({});
  });
});
