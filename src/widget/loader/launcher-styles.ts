// The launcher's CSS, inside its shadow root: the host page's styles cannot reach it and it
// cannot leak out. --c is the theme colour, --f the text colour that contrasts with it.
export const LAUNCHER_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.l{position:fixed;z-index:2147483647;bottom:20px;right:20px;display:flex;align-items:center;gap:10px;height:56px;min-width:56px;margin:0;padding:0 22px 0 18px;border:0;border-radius:28px;background:var(--c);color:var(--f);font:600 15px/1 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;letter-spacing:.01em;cursor:pointer;box-shadow:0 8px 24px rgba(15,23,42,.22),0 2px 6px rgba(15,23,42,.12);transition:transform .18s ease,box-shadow .18s ease,opacity .2s}
.l:hover{transform:translateY(-2px);box-shadow:0 12px 28px rgba(15,23,42,.26),0 3px 8px rgba(15,23,42,.14)}
.l:active{transform:scale(.97)}
.l:focus-visible{outline:3px solid var(--c);outline-offset:3px}
.l svg{width:26px;height:26px;flex:none;fill:currentColor}
.l .x{display:none}
.o .l,.n .l{width:56px;padding:0;justify-content:center}
.o .l .t,.o .l .i,.n .l .t{display:none}
.o .l .x{display:block}
.t{white-space:nowrap;max-width:220px;overflow:hidden;text-overflow:ellipsis}
.b{position:absolute;top:-5px;right:-5px;min-width:22px;height:22px;padding:0 6px;border:2px solid #fff;border-radius:11px;background:#e11d48;color:#fff;font:700 12px/18px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:center}
.b:empty{display:none}
.p{position:fixed;z-index:2147483646;bottom:92px;right:20px;width:384px;height:min(680px,calc(100% - 112px));border-radius:18px;overflow:hidden;background:#fff;box-shadow:0 16px 56px rgba(15,23,42,.24),0 4px 12px rgba(15,23,42,.08);opacity:0;transform:translateY(16px) scale(.98);transform-origin:100% 100%;visibility:hidden;pointer-events:none;transition:opacity .2s ease,transform .2s ease,visibility 0s linear .2s}
.o .p{opacity:1;transform:none;visibility:visible;pointer-events:auto;transition:opacity .2s ease,transform .2s ease}
.left .l{right:auto;left:20px}
.left .p{right:auto;left:20px;transform-origin:0 100%}
.left .b{right:auto;left:-5px}
iframe{display:block;width:100%;height:100%;border:0;background:#fff;color-scheme:light}
.h{display:none}
@media (max-width:640px){.p{inset:0;width:100%;height:100%;border-radius:0}.o .l{display:none}.l{bottom:16px;right:16px}.left .l{left:16px}}
@media (prefers-reduced-motion:reduce){.l,.p{transition:none}}
`;
