// The launcher bubble and the (initially empty) panel that will hold the chat iframe, in a shadow
// root on a custom element so host-page CSS (even `div { ... !important }`) cannot touch them.
import { contrastText, safeColor } from "../shared/color";
import type { Theme } from "../shared/protocol";
import { LAUNCHER_CSS } from "./launcher-styles";

const CHAT_ICON = '<svg class="i" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3C6.5 3 2 6.9 2 11.7c0 2.5 1.2 4.7 3.2 6.3l-.8 3.2c-.1.5.4.9.8.7l3.8-1.9c1 .3 2 .4 3 .4 5.5 0 10-3.9 10-8.7S17.5 3 12 3z"/></svg>';
const CLOSE_ICON = '<svg class="x" viewBox="0 0 24 24" aria-hidden="true"><path d="M6.7 8.3a1 1 0 0 1 1.4 0L12 12.2l3.9-3.9a1 1 0 1 1 1.4 1.4l-4.6 4.6a1 1 0 0 1-1.4 0L6.7 9.7a1 1 0 0 1 0-1.4z"/></svg>';

export interface LauncherUi {
  button: HTMLButtonElement;
  panel: HTMLDivElement;
  setTheme(theme: Theme): void;
  setOpen(open: boolean, closeLabel: string): void;
  setUnread(count: number): void;
  setVisible(visible: boolean): void;
}

export function createLauncher(doc: Document): LauncherUi {
  const host = doc.createElement("baton-widget");
  const root = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = LAUNCHER_CSS;
  const wrap = doc.createElement("div");
  wrap.className = "h";
  // Static markup only: the launcher text from the theme is set with textContent below.
  wrap.innerHTML = `<div class="p" role="dialog" aria-modal="false"></div><button class="l" type="button" aria-expanded="false">${CHAT_ICON}${CLOSE_ICON}<span class="t"></span><span class="b" aria-hidden="true"></span></button>`;
  root.append(style, wrap);
  (doc.body ?? doc.documentElement).appendChild(host);

  const panel = wrap.firstElementChild as HTMLDivElement;
  const button = wrap.lastElementChild as HTMLButtonElement;
  const text = button.querySelector(".t") as HTMLSpanElement;
  const badge = button.querySelector(".b") as HTMLSpanElement;
  let label = "Chat";
  let open = false;
  let unread = 0;
  let visible = false;
  let closeLabel = "Close chat";

  const sync = () => {
    wrap.classList.toggle("o", open);
    wrap.classList.toggle("h", !visible);
    button.setAttribute("aria-expanded", String(open));
    badge.textContent = unread > 0 && !open ? String(Math.min(unread, 99)) : "";
    button.setAttribute("aria-label", open ? closeLabel : unread > 0 ? `${label} (${unread})` : label);
  };

  return {
    button,
    panel,
    setTheme(theme) {
      const color = safeColor(theme.color);
      wrap.style.setProperty("--c", color);
      wrap.style.setProperty("--f", contrastText(color));
      wrap.classList.toggle("left", theme.position === "left");
      wrap.classList.toggle("n", !theme.launcherText);
      text.textContent = theme.launcherText;
      label = theme.launcherText || "Chat";
      panel.setAttribute("aria-label", label);
      sync();
    },
    setOpen(value, close) {
      open = value;
      closeLabel = close;
      sync();
    },
    setUnread(count) {
      unread = count;
      sync();
    },
    setVisible(value) {
      visible = value;
      sync();
    },
  };
}
