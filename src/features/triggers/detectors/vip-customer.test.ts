import { describe, expect, it } from "vitest";
import { bot, view, visitor } from "../test-helpers";
import { detectVipCustomer, vipTier } from "./vip-customer";

const verified = { verified: true };

describe("vipTier", () => {
  it("reads the vip flag, an enterprise plan or lifetime value >= 10,000 from a verified contact", () => {
    expect(vipTier({ ...verified, vip: true })).toBe("vip");
    expect(vipTier({ ...verified, plan: "Enterprise" })).toBe("plan:Enterprise");
    expect(vipTier({ ...verified, lifetimeValue: 15200 })).toBe("lifetimeValue:15200");
    expect(vipTier({ ...verified, lifetimeValue: 9800 })).toBeNull();
  });
  it("does not trust attributes of an unverified contact unless the rule says so", () => {
    expect(vipTier({ vip: true })).toBeNull();
    expect(vipTier({ vip: true }, { requireVerified: false })).toBe("vip");
  });
});

describe("detectVipCustomer", () => {
  it.each([
    "our scheduled reports stopped sending after yesterday's update",
    "The dress arrived in a 38 but I ordered a 36",
    "Seit heute Morgen schlagen alle API-Aufrufe mit Fehler 500 fehl.",
    "Ma commande est arrivée avec deux bouteilles cassées",
  ])("fires for a VIP with a real problem: %s", (text) => {
    expect(detectVipCustomer(view(text, { ...verified, vip: true }))).not.toBeNull();
  });

  it.each(["hey there 👋", "what time is breakfast served?", "thanks, that's all for today"])("not for a greeting or an FAQ: %s", (text) => {
    expect(detectVipCustomer(view(text, { ...verified, plan: "enterprise" }))).toBeNull();
  });

  it("looks at the last message, not the FAQ before it", () => {
    const v = view([visitor("when will the March payroll export be available?"), bot("On the last working day.", 0.83), visitor("It's April and ours still hasn't been generated.")], { ...verified, plan: "enterprise" });
    expect(detectVipCustomer(v)?.details?.tier).toBe("plan:enterprise");
  });

  it("uses the rule's plans and threshold", () => {
    expect(detectVipCustomer(view("my order is damaged", { ...verified, plan: "pro" }), { plans: ["pro"] })).not.toBeNull();
    expect(detectVipCustomer(view("my order is damaged", { ...verified, lifetimeValue: 5000 }), { lifetimeValueAtLeast: 5000 })).not.toBeNull();
  });
});
