import { describe, expect, it } from "vitest";
import { signSlackRequest, verifySlackSignature } from "./slack-signature";

const now = 1_700_000_000;
const body = '{"type":"event_callback","event_id":"Ev1"}';

describe("verifySlackSignature", () => {
  it("matches Slack's documented example", () => {
    // From api.slack.com/authentication/verifying-requests-from-slack.
    const example = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(signSlackRequest("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, example)).toBe("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
  });

  it("accepts a good signature and names the secret that signed", () => {
    const signature = signSlackRequest("second", now, body);
    expect(verifySlackSignature({ signature, timestamp: String(now), rawBody: body, secrets: ["first", "second"], nowSecs: now + 10 })).toEqual({ ok: true, secret: "second" });
  });

  it("refuses a forged signature, a changed body, and stale or future timestamps", () => {
    const signature = signSlackRequest("secret", now, body);
    const check = (overrides: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
      verifySlackSignature({ signature, timestamp: String(now), rawBody: body, secrets: ["secret"], nowSecs: now, ...overrides });
    expect(check({ secrets: ["other"] })).toEqual({ ok: false, reason: "mismatch" });
    expect(check({ rawBody: body.replace("Ev1", "Ev2") })).toEqual({ ok: false, reason: "mismatch" });
    expect(check({ nowSecs: now + 301 })).toEqual({ ok: false, reason: "stale" });
    expect(check({ nowSecs: now - 301 })).toEqual({ ok: false, reason: "stale" });
    expect(check({ nowSecs: now + 299 })).toEqual({ ok: true, secret: "secret" });
    expect(check({ signature: null })).toEqual({ ok: false, reason: "missing" });
    expect(check({ timestamp: "abc" })).toEqual({ ok: false, reason: "missing" });
  });
});
