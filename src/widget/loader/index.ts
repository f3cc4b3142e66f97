// Entry of public/widget.js, the one-line embed:
//   <script src="https://HOST/widget.js" data-key="pk_..." async></script>
// Baton's origin is taken from the script's own src (or data-host, when the file is served from a CDN).
import { installCommandQueue, type BatonFunction } from "./command-queue";
import { createWidget } from "./widget";

const target = window as unknown as { Baton?: BatonFunction };
// currentScript is only set while the script first runs: read it before anything is deferred.
const script =
  (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-key][src*="widget.js"]');

function boot() {
  if (target.Baton?.loaded) return; // the snippet was pasted twice
  const publicKey = script?.dataset.key;
  if (!script || !publicKey) {
    console.warn('[Baton] add data-key="pk_..." to the widget script tag');
    return;
  }
  const host = new URL(script.dataset.host ?? script.src, location.href).origin;
  installCommandQueue(target, createWidget({ host, publicKey }));
}

if (document.body) boot();
else document.addEventListener("DOMContentLoaded", boot);
