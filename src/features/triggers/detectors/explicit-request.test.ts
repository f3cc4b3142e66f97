import { describe, expect, it } from "vitest";
import { bot, view, visitor } from "../test-helpers";
import { detectExplicitRequest } from "./explicit-request";

const fires = (text: string) => detectExplicitRequest(view(text)) !== null;

describe("detectExplicitRequest", () => {
  it.each([
    "Transfer me to an agent.",
    "can i talk to a real person please",
    "I'VE BEEN IN THIS CHAT FOR 20 MINUTES. GET ME A HUMAN NOW",
    "operator",
    "is there anyone real there or is this all automated?",
    "Could someone from the clinic call me back on 07700 900461?",
    "I'd rather walk through our setup with someone from your team",
    "how do I reach an actual human",
    "I need to speak to the vet directly",
    "stop, I don't want a bot",
  ])("en: %s", (text) => expect(fires(text)).toBe(true));

  it.each([
    ["ar", "ابغى اكلم موظف لو سمحت"],
    ["ar", "بدي احكي مع حدا من خدمة الزبائن"],
    ["ur", "مجھے آپ کے کسی نمائندے سے بات کرنی ہے"],
    ["es", "Prefiero verlo con una persona, ¿me pasas con alguien?"],
    ["fr", "Passez-moi un responsable."],
    ["de", "Kann ich bitte mit einem Mitarbeiter sprechen?"],
    ["pt", "Boa tarde, quero falar com um atendente humano"],
    ["hi", "कृपया मुझे किसी ग्राहक सेवा अधिकारी से बात करवाइए"],
    ["hi-Latn", "bhai kisi real bande se baat karao"],
    ["tr", "Müşteri temsilcisine bağlanmak istiyorum"],
    ["id", "Bisa ngobrol sama CS langsung? Bukan bot ya kak"],
    ["it", "Posso parlare con un operatore?"],
    ["ru", "Соедините меня с оператором, пожалуйста"],
    ["zh", "我要找人工客服"],
  ])("%s: %s", (_lang, text) => expect(fires(text)).toBe(true));

  it("fires on the widget's talk-to-a-human button even without words", () => {
    const hit = detectExplicitRequest(view([visitor("", { action: "request_human" })]));
    expect(hit?.details?.button).toBe(true);
  });

  it("reports the matched words as evidence", () => {
    expect(detectExplicitRequest(view("Transfer me to an agent."))?.matched).toEqual(["transfer me to an agent"]);
  });

  it.each([
    "what's the postal address of your human resources department?",
    "are you a licensed travel agent?",
    "is the oatmeal dog shampoo safe for humans too?",
    "what are your customer support hours on weekends?",
    "what's the email address for your support team?",
    "does your tracking script record the user agent string?",
    "which local operators does your eSIM use in Japan?",
    "is there a real leather version of the Oslo bag?",
    "My manager asked me to compare your Team plan with Slack's",
    "¿Cuál es el horario de atención al cliente?",
    "Wann ist der Kundenservice erreichbar?",
    "ما هي أوقات عمل خدمة العملاء؟",
    "Kaç kişilik masa ayırtabilirim?",
    "人工智能功能怎么用？",
  ])("not fooled by: %s", (text) => expect(fires(text)).toBe(false));

  it("decides on the last visitor message only", () => {
    const v = view([visitor("let me talk to a human"), bot("Sure, but first: what is your order number?"), visitor("it's 4410")]);
    expect(detectExplicitRequest(v)).toBeNull();
  });

  it("honours a rule's own phrases and ignore list", () => {
    expect(detectExplicitRequest(view("I need the concierge"), { phrases: { en: ["concierge"] } })).not.toBeNull();
    expect(detectExplicitRequest(view("talk to an agent"), { ignore: { "*": ["agent"] } })).toBeNull();
    expect(detectExplicitRequest(view([visitor("", { action: "request_human" })]), { widgetButton: false })).toBeNull();
  });
});
