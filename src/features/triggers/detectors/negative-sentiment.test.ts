import { describe, expect, it } from "vitest";
import { bot, view, visitor } from "../test-helpers";
import { detectNegativeSentiment } from "./negative-sentiment";

const fires = (text: string) => detectNegativeSentiment(view(text)) !== null;

describe("detectNegativeSentiment", () => {
  it.each([
    "This is completely unacceptable.",
    "this is a f***ing joke, my withdrawal has been pending for 3 days",
    "WHAT DO YOU MEAN NOT TRANSFERABLE?? I PAID 300 EUROS FOR THESE",
    "wow, thanks for wiping my whole board with your 'update'. brilliant work.",
    "great, another cold pizza. you guys are really nailing it 👏",
    "I'll be leaving a 1-star review on Google",
    "Que absurdo! Péssimo atendimento",
    "C'EST INADMISSIBLE. Passez-moi un responsable.",
    "Das ist doch lächerlich, keiner meldet sich.",
    "Rezalet bir hizmet!",
    "یہ کیا بکواس ہے!",
    "你们这是什么破服务！",
  ])("fires on %s", (text) => expect(fires(text)).toBe(true));

  it("flags shouting in the evidence", () => {
    expect(detectNegativeSentiment(view("WHERE IS MY ORDER, THIS TOOK THREE WEEKS"))?.details?.shouting).toBe(true);
  });

  it.each([
    "THANK YOU SO MUCH!!! my skin already loves the serum",
    "¡MUCHÍSIMAS GRACIAS! Ya me llegó 🙌",
    "damn these look good 🔥 do you have them in size 44?",
    "I hate cold feet lol, which of your slippers is the warmest?",
    "ugh mondays 😩 anyway, what's the status of order 4410?",
    "that's about payment. I asked about FUEL, is it full to full or not?",
    "my 3 year old ate the gummies, what do i do??",
  ])("stays quiet on %s", (text) => expect(fires(text)).toBe(false));

  it("adds a point for a run of complaining messages", () => {
    const messages = [visitor("still no parcel, disappointed"), bot("Sorry about that."), visitor("nobody answers the phone either"), bot("I'm sorry."), visitor("seriously, again no update")];
    const hit = detectNegativeSentiment(view(messages));
    expect(hit?.details?.negativeRun).toBe(true);
    expect(detectNegativeSentiment(view("seriously, again no update"))).toBeNull();
  });

  it("respects a rule's threshold and switches", () => {
    expect(detectNegativeSentiment(view("This is completely unacceptable."), { minScore: 5 })).toBeNull();
    expect(detectNegativeSentiment(view("WHERE IS MY ORDER, THIS TOOK THREE WEEKS"), { shouting: false })).toBeNull();
  });
});
