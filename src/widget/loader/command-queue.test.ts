import { afterEach, describe, expect, it, vi } from "vitest";
import { createEmitter, installCommandQueue, runCommand, type BatonFunction, type CommandHandlers } from "./command-queue";

function handlers(): CommandHandlers & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
  return {
    calls,
    open: record("open"),
    close: record("close"),
    toggle: record("toggle"),
    hide: record("hide"),
    show: record("show"),
    identify: record("identify"),
    setLocale: record("setLocale"),
    on: record("on"),
    off: record("off"),
  };
}

/** What the embed snippet does before the loader arrives. */
function snippet(target: { Baton?: BatonFunction }) {
  target.Baton =
    target.Baton ||
    function (...args: unknown[]) {
      (target.Baton!.q = target.Baton!.q || []).push(args);
    };
}

afterEach(() => vi.restoreAllMocks());

describe("command queue", () => {
  it("replays calls made before the loader, in order, then runs new calls directly", () => {
    const target: { Baton?: BatonFunction } = {};
    snippet(target);
    const fn = () => undefined;
    target.Baton!("identify", { id: "u1", email: "a@b.c" });
    target.Baton!("setLocale", "fr");
    target.Baton!("on", "message", fn);
    target.Baton!("open");
    const h = handlers();
    installCommandQueue(target, h);
    expect(h.calls).toEqual([["identify", { id: "u1", email: "a@b.c" }], ["setLocale", "fr"], ["on", "message", fn], ["open"]]);
    target.Baton!("close");
    expect(h.calls.at(-1)).toEqual(["close"]);
    expect(target.Baton!.loaded).toBe(true);
  });

  it("works with the `arguments` objects the real snippet queues", () => {
    const target: { Baton?: BatonFunction } = {};
    target.Baton = function () {
      // eslint-disable-next-line prefer-rest-params -- this is exactly what the snippet does
      (target.Baton!.q = target.Baton!.q || []).push(arguments);
    } as BatonFunction;
    target.Baton("hide");
    const h = handlers();
    installCommandQueue(target, h);
    expect(h.calls).toEqual([["hide"]]);
  });

  it("warns instead of throwing on bad calls", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const h = handlers();
    runCommand(h, ["explode"]);
    runCommand(h, ["identify", { email: "no-id@example.com" }]);
    runCommand(h, ["identify", null]);
    runCommand(h, ["setLocale", 42]);
    runCommand(h, ["on", "nope", () => undefined]);
    runCommand(h, ["on", "message", "not a function"]);
    expect(h.calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(6);
  });
});

describe("emitter", () => {
  it("calls listeners until they are removed, and survives a throwing one", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const events = createEmitter();
    const seen: unknown[] = [];
    const listener = (payload?: unknown) => void seen.push(payload);
    events.on("message", () => {
      throw new Error("host page bug");
    });
    events.on("message", listener);
    events.emit("message", 1);
    events.emit("open");
    events.off("message", listener);
    events.emit("message", 2);
    expect(seen).toEqual([1]);
  });
});
