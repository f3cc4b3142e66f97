import { describe, expect, it } from "vitest";
import { conversationLanguage, detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it.each([
    ["Quiero hablar con una persona, por favor", "es"],
    ["Je voudrais parler à un conseiller s'il vous plaît", "fr"],
    ["Kann ich bitte mit einem Mitarbeiter sprechen?", "de"],
    ["Posso falar com um atendente humano?", "pt"],
    ["Müşteri temsilcisine bağlanmak istiyorum", "tr"],
    ["Bisa bicara dengan admin langsung?", "id"],
    ["مجھے آپ کے کسی نمائندے سے بات کرنی ہے", "ur"],
    ["ابغى اكلم موظف لو سمحت", "ar"],
    ["कृपया मुझे किसी अधिकारी से बात करवाइए", "hi"],
    ["bhai ye bot bilkul bekaar hai, kisi real bande se baat karao", "hi"],
    ["Соедините меня с оператором", "ru"],
    ["我要找人工客服", "zh"],
  ])("%s -> %s", (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it("does not take Italian 'ho' and 'hai' for Hinglish", () => {
    expect(detectLanguage("Il forno che ho comprato fa scintille, ho paura").language).toBe("it");
  });

  it("uses the dominant script of a code-switched message", () => {
    expect(detectLanguage("طيب please ابي اكلم أحد من خدمة العملاء مو البوت").language).toBe("ar");
  });
});

describe("conversationLanguage", () => {
  it("falls back to earlier messages when the last one is too short to tell", () => {
    expect(conversationLanguage(["¿Tenéis la talla 38 en negro?", "ok"])).toBe("es");
  });
  it("reads a lone short Latin line as English", () => {
    expect(conversationLanguage(["hello!"])).toBe("en");
    expect(conversationLanguage(["operator"])).toBe("en");
  });
});
