import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTypingSignal } from "./typing-signal";

describe("createTypingSignal", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends true once per throttle window while typing", () => {
    const emit = vi.fn();
    const signal = createTypingSignal({ emit, throttleMs: 2000, idleMs: 3000 });
    signal.input();
    vi.advanceTimersByTime(500);
    signal.input();
    vi.advanceTimersByTime(500);
    signal.input();
    expect(emit.mock.calls).toEqual([[true]]);
    vi.advanceTimersByTime(1000);
    signal.input();
    expect(emit.mock.calls).toEqual([[true], [true]]);
  });

  it("sends false after the idle time", () => {
    const emit = vi.fn();
    const signal = createTypingSignal({ emit, idleMs: 3000 });
    signal.input();
    vi.advanceTimersByTime(2999);
    expect(emit).toHaveBeenLastCalledWith(true);
    vi.advanceTimersByTime(1);
    expect(emit).toHaveBeenLastCalledWith(false);
  });

  it("sends false on stop only when typing was announced", () => {
    const emit = vi.fn();
    const signal = createTypingSignal({ emit });
    signal.stop();
    expect(emit).not.toHaveBeenCalled();
    signal.input();
    signal.stop();
    expect(emit.mock.calls).toEqual([[true], [false]]);
    vi.advanceTimersByTime(10_000);
    expect(emit).toHaveBeenCalledTimes(2);
  });

  it("announces again right after a stop", () => {
    const emit = vi.fn();
    const signal = createTypingSignal({ emit });
    signal.input();
    signal.stop();
    signal.input();
    expect(emit.mock.calls).toEqual([[true], [false], [true]]);
  });
});
