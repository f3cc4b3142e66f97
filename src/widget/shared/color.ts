// Theme colours come from the dashboard; the widget picks a readable text colour for them.
const HEX = /^#[0-9a-f]{6}$/i;
export const DEFAULT_COLOR = "#0f766e";

export function safeColor(color: string | null | undefined): string {
  return color && HEX.test(color) ? color : DEFAULT_COLOR;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** White or near-black, whichever contrasts more with the background colour. */
export function contrastText(background: string): string {
  const l = luminance(safeColor(background));
  // Contrast with white is 1.05 / (l + 0.05); with #111827 (l ~ 0.012) it is (l + 0.05) / 0.062.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.062 ? "#ffffff" : "#111827";
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** `color` mixed with `other`: weight 1 is all `color`. */
export function mix(color: string, other: string, weight: number): string {
  const a = rgb(safeColor(color));
  const b = rgb(other);
  return `#${a.map((c, i) => Math.round(c * weight + b[i]! * (1 - weight)).toString(16).padStart(2, "0")).join("")}`;
}

const alpha = (hex: string, opacity: number) => `rgba(${rgb(hex).join(",")},${opacity})`;

/**
 * The CSS variables of the chat's theme, computed here rather than with CSS color-mix() so the
 * header still has its colour in browsers from before 2023.
 */
export function themeVars(color: string): Record<string, string> {
  const accent = safeColor(color);
  const on = contrastText(accent);
  return {
    "--accent": accent,
    "--on-accent": on,
    "--accent-dark": mix(accent, "#000000", 0.72),
    "--accent-soft": mix(accent, "#ffffff", 0.1),
    "--accent-ring": alpha(accent, 0.18),
    "--glass": alpha(on, 0.18),
    "--glass-strong": alpha(on, 0.3),
  };
}
