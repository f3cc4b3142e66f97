// The iframe's side of the postMessage bridge. The loader puts the host page's origin in the
// iframe's URL hash; only messages from the parent window with that origin are accepted, and
// messages to the parent are addressed to that origin only.
import { isBridgeMessage, type FromFrame, type ToFrame } from "../shared/bridge";

type Outgoing = FromFrame extends infer T ? (T extends FromFrame ? Omit<T, "baton"> : never) : never;

export interface ParentBridge {
  send(message: Outgoing): void;
  listen(fn: (message: ToFrame) => void): void;
}

export function parentOrigin(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get("origin");
}

export function connectParent(): ParentBridge | null {
  const origin = parentOrigin(location.hash);
  if (window.parent === window || !origin) return null;
  // Chromium and Safari say who embeds the frame: it must be the origin the hash claims.
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== origin) return null;
  // A page opened from a file has the opaque origin "null", which postMessage cannot target.
  const target = origin === "null" ? "*" : origin;
  return {
    send(message) {
      window.parent.postMessage({ baton: 1, ...message }, target);
    },
    listen(fn) {
      window.addEventListener("message", (event) => {
        if (event.source === window.parent && event.origin === origin && isBridgeMessage<ToFrame>(event.data)) fn(event.data);
      });
    },
  };
}
