import { describe, expect, it } from "vitest";
import { DEFAULT_COLOR, contrastText, mix, safeColor, themeVars } from "./color";

describe("theme colours", () => {
  it("accepts only #rrggbb", () => {
    expect(safeColor("#4F46E5")).toBe("#4F46E5");
    for (const bad of ["red", "#fff", "url(javascript:x)", "#12345g", null, undefined]) expect(safeColor(bad)).toBe(DEFAULT_COLOR);
  });

  it("picks readable text", () => {
    expect(contrastText("#0f766e")).toBe("#ffffff");
    expect(contrastText("#000000")).toBe("#ffffff");
    expect(contrastText("#facc15")).toBe("#111827");
    expect(contrastText("#ffffff")).toBe("#111827");
  });

  it("mixes colours and derives the CSS variables", () => {
    expect(mix("#ffffff", "#000000", 0.5)).toBe("#808080");
    expect(themeVars("#0f766e")).toMatchObject({ "--accent": "#0f766e", "--on-accent": "#ffffff", "--glass": "rgba(255,255,255,0.18)" });
  });
});
