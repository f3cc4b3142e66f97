import { describe, expect, it } from "vitest";
import { view } from "../test-helpers";
import { detectHighValueIntent } from "./high-value-intent";

const fires = (text: string) => detectHighValueIntent(view(text)) !== null;

describe("detectHighValueIntent", () => {
  it.each([
    "we're evaluating BI tools for roughly 500 seats, can we get enterprise pricing?",
    "could we schedule a demo for our sales team sometime next week?",
    "we need a quote for 3,000 branded water bottles for a conference",
    "I'd like to book a viewing for DM-2231 this Saturday morning",
    "We run 30 language schools and would like to discuss white-labelling your app",
    "Temos interesse em revender seus produtos, como funciona a parceria?",
    "Nous cherchons un devis pour 200 licences avec facturation annuelle",
    "我们公司想批量采购200台打印机，能给个报价吗？",
    "Kami mau pesan 500 unit untuk acara kantor, bisa minta harga khusus?",
    "أرغب في حجز موعد لمعاينة الفيلا يوم الخميس",
  ])("fires on %s", (text) => expect(fires(text)).toBe(true));

  it("reports the quantity of a volume lead", () => {
    expect(detectHighValueIntent(view("we need a quote for 3,000 branded water bottles"))?.details?.quantity).toBe(3000);
  });

  it.each([
    "nice, and how much is the basic plan after that?",
    "is there a student discount for hot desks?",
    "what's the difference between the Starter and Growth plans?",
    "It's the 2nd of April and ours still hasn't been generated. 1,200 employees are waiting on this.",
    "What does the Enterprise plan include?",
    "Gibt es einen Studentenrabatt?",
  ])("public price questions and numbers without a purchase are not leads: %s", (text) => expect(fires(text)).toBe(false));

  it("honours minQuantity", () => {
    expect(detectHighValueIntent(view("we need 12 laptops for our office"), { categories: ["volume"], minQuantity: 20 })).toBeNull();
  });
});
