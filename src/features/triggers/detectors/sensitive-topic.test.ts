import { describe, expect, it } from "vitest";
import { bot, view, visitor } from "../test-helpers";
import { detectSensitiveTopic } from "./sensitive-topic";

const categories = (text: string) => (detectSensitiveTopic(view(text))?.details?.categories as string[] | undefined) ?? [];

describe("detectSensitiveTopic", () => {
  it.each([
    ["If the damage fee isn't removed I'll see you in small claims court.", "legal"],
    ["someone used my card for 3 payments I didn't make, I think it was stolen", "unauthorised_charge"],
    ["my account got hacked, someone changed the password", "account_security"],
    ["Under GDPR I'm requesting deletion of all personal data you hold about me", "data_deletion"],
    ["my 3 year old just ate a bunch of the melatonin gummies from my order", "emergency"],
    ["a trainer keeps commenting on my body and it makes me really uncomfortable", "harassment"],
    ["I want a refund for order 58213, the sole came off", "money_action"],
    ["میرے اکاؤنٹ سے بغیر اجازت 25 ہزار روپے کٹ گئے ہیں", "unauthorised_charge"],
    ["تم سحب مبلغ 1200 ريال من بطاقتي بدون علمي", "unauthorised_charge"],
    ["Mon compte a été piraté", "account_security"],
    ["Ich verlange die Löschung aller meiner Daten gemäß DSGVO", "data_deletion"],
    ["С моей карты дважды списали деньги за один заказ", "unauthorised_charge"],
    ["Il forno fa scintille, ho paura che prenda fuoco", "emergency"],
    ["Es una vergüenza, llevo dos semanas esperando el reembolso del pedido 44871", "money_action"],
  ])("%s -> %s", (text, category) => expect(categories(text)).toContain(category));

  it.each([
    "what's your refund policy for online orders?",
    "how do I cancel my subscription?",
    "how do you protect customers from card fraud when paying online?",
    "what's the minimum deposit to open a savings account?",
    "is your emergency call-out line open on bank holidays?",
    "are you GDPR compliant?",
    "do you sell smoke detectors?",
    "¿Cuál es la política de devoluciones?",
    "Quelle est votre politique de remboursement ?",
  ])("policy questions are FAQs: %s", (text) => expect(detectSensitiveTopic(view(text))).toBeNull());

  it("needs a concrete order, charge or sum for a money action", () => {
    const v = view([visitor("what's your returns policy?"), bot("30 days.", 0.9), visitor("ok so I want to return order 44120 and get my money back")]);
    expect(detectSensitiveTopic(v)?.matched).toEqual(expect.arrayContaining(["order 44120"]));
  });

  it("can be limited to some categories", () => {
    expect(detectSensitiveTopic(view("my account got hacked"), { categories: ["legal"] })).toBeNull();
  });
});
