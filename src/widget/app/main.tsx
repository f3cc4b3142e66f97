/** @jsxImportSource preact */
// Entry of the chat iframe (public/widget/frame.html). It says "ready" to the loader, waits for
// the session, then renders. Opened directly (not in an iframe) it only explains what it is.
import { render } from "preact";
import type { ToFrame } from "../shared/bridge";
import { App } from "./app";
import { Chat } from "./chat";
import { loadStrings, resolveLocale } from "./i18n";
import { connectParent } from "./parent-bridge";

const root = document.getElementById("root")!;
const bridge = connectParent();

if (!bridge) {
  root.textContent = "This page is the Baton chat widget; it works inside a website that embeds it.";
} else {
  // Start fetching the visitor's language now, in parallel with the handshake. The loader puts a
  // locale set with Baton('setLocale') in the hash; the browser's languages are known here too.
  const browser = [...navigator.languages, navigator.language];
  const guess = resolveLocale([new URLSearchParams(location.hash.slice(1)).get("locale"), ...browser]);
  void loadStrings(guess);
  let chat: Chat | null = null;
  let starting = false;
  const early: ToFrame[] = []; // e.g. "visibility" while the strings are on their way
  bridge.listen((message) => {
    if (chat) return chat.onParentMessage(message);
    if (message.type !== "init") return void early.push(message);
    if (starting) return;
    starting = true;
    const locale = resolveLocale([message.locale, ...browser]);
    void loadStrings(locale).then((strings) => {
      const started = new Chat(message, bridge, { locale, strings });
      for (const queued of early.splice(0)) started.onParentMessage(queued);
      chat = started;
      started.start();
      render(<App chat={started} />, root);
    });
  });
  bridge.send({ type: "ready" });
}
