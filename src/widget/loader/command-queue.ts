// window.Baton(...): the command API of the embed. Calls made before the loader ran are queued in
// Baton.q by the snippet (`window.Baton = window.Baton || function () { (Baton.q = Baton.q || []).push(arguments) }`)
// and replayed in order once it has.
import type { Identity } from "../shared/protocol";

export type WidgetEvent = "message" | "open" | "close" | "handoff";
export type Listener = (payload?: unknown) => void;

export interface CommandHandlers {
  open(): void;
  close(): void;
  toggle(): void;
  hide(): void;
  show(): void;
  identify(identity: Identity): void;
  setLocale(locale: string): void;
  on(event: WidgetEvent, fn: Listener): void;
  off(event: WidgetEvent, fn: Listener): void;
}

export type BatonFunction = ((...args: unknown[]) => void) & { q?: ArrayLike<unknown>[]; loaded?: boolean };

const EVENTS: readonly string[] = ["message", "open", "close", "handoff"];

function warn(text: string): void {
  console.warn(`[Baton] ${text}`);
}

/** Runs one `Baton(name, ...args)` call; bad calls warn instead of throwing into the host page. */
export function runCommand(handlers: CommandHandlers, args: ArrayLike<unknown>): void {
  const [name, arg, fn] = Array.from(args);
  switch (name) {
    case "open":
    case "close":
    case "toggle":
    case "hide":
    case "show":
      return handlers[name]();
    case "identify": {
      const identity = arg as Partial<Identity> | undefined;
      if (!identity || typeof identity !== "object" || typeof identity.id !== "string" || !identity.id) {
        return warn("identify needs an object with a non-empty string id");
      }
      return handlers.identify(identity as Identity);
    }
    case "setLocale":
      if (typeof arg !== "string" || !arg) return warn("setLocale needs a language code such as 'fr'");
      return handlers.setLocale(arg);
    case "on":
    case "off":
      if (typeof arg !== "string" || !EVENTS.includes(arg) || typeof fn !== "function") {
        return warn(`${name} needs one of ${EVENTS.join(", ")} and a function`);
      }
      return handlers[name](arg as WidgetEvent, fn as Listener);
    default:
      warn(`unknown command ${String(name)}`);
  }
}

/** Replays the queued calls and replaces the stub with the real function. */
export function installCommandQueue(target: { Baton?: BatonFunction }, handlers: CommandHandlers): BatonFunction {
  const queued = target.Baton?.q ?? [];
  const baton: BatonFunction = (...args: unknown[]) => runCommand(handlers, args);
  baton.loaded = true;
  target.Baton = baton;
  for (const args of Array.from(queued)) runCommand(handlers, args);
  return baton;
}

/** A tiny event emitter for `Baton('on', ...)`; a throwing listener never breaks the widget. */
export function createEmitter() {
  const listeners = new Map<WidgetEvent, Set<Listener>>();
  return {
    on(event: WidgetEvent, fn: Listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(fn);
    },
    off(event: WidgetEvent, fn: Listener) {
      listeners.get(event)?.delete(fn);
    },
    emit(event: WidgetEvent, payload?: unknown) {
      for (const fn of listeners.get(event) ?? []) {
        try {
          fn(payload);
        } catch (error) {
          console.error(error);
        }
      }
    },
  };
}
