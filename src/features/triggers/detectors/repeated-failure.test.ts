import { describe, expect, it } from "vitest";
import { agent, bot, view, visitor } from "../test-helpers";
import { detectRepeatedFailure } from "./repeated-failure";

const after = (question: string, answer: string, reply: string) => view([visitor(question), bot(answer, 0.78), visitor(reply)]);

describe("detectRepeatedFailure", () => {
  it.each([
    ["how do I export a dashboard as PDF?", "You can export chart data as CSV.", "that's not what I asked, I need the whole dashboard"],
    ["how do i increase my card limit", "You can view your limit under Cards.", "this doesn't help, I want to CHANGE it"],
    ["where is my order", "It should arrive in about 15 minutes.", "you said 15 minutes half an hour ago"],
    ["Wie ändere ich meine Rechnungsadresse?", "Ihre Lieferadresse ändern Sie unter Mein Konto.", "Ich meinte die Rechnungsadresse, nicht die Lieferadresse."],
    ["¿Cuánto tarda el envío a Canarias?", "El envío estándar tarda de 2 a 4 días.", "Ya, pero ¿eso incluye Canarias? No me has respondido"],
    ["Siparişim ne zaman kargoya verilecek?", "Siparişiniz hazırlanıyor.", "10 gündür aynı cevabı veriyorsunuz"],
    ["هل التوصيل مجاني؟", "التوصيل خلال 3 أيام.", "ما جاوبت على سؤالي"],
  ])("complaint: %s / %s / %s", (q, a, r) => expect(detectRepeatedFailure(after(q, a, r))).not.toBeNull());

  it("sees the same question asked again in other words", () => {
    const v = view([visitor("can you service a Rohloff hub?"), bot("Sorry, I don't know.", 0.3), visitor("so can you service my Rohloff hub or not?")]);
    expect(detectRepeatedFailure(v)?.details?.restated).toBe(true);
    expect(detectRepeatedFailure(after("what's the return window for sale items?", "30 days from delivery.", "but for SALE items?"))).not.toBeNull();
  });

  it.each([
    ["is it at least open in January?", "I'm not sure.", "what about the sauna then, open in January?"],
    ["do you integrate with HubSpot?", "Yes, natively.", "nice. and Pipedrive?"],
    ["do you have signed copies?", "Yes, a few.", "thanks, that helped!"],
  ])("a new question is not a failure: %s / %s / %s", (q, a, r) => expect(detectRepeatedFailure(after(q, a, r))).toBeNull());

  it("only reacts to a bot answer", () => {
    expect(detectRepeatedFailure(view([visitor("where is my order"), agent("It ships today."), visitor("that's not what I asked")]))).toBeNull();
    expect(detectRepeatedFailure(view("that's not what I asked"))).toBeNull();
  });
});
