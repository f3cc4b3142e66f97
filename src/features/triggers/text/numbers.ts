// Amounts and quantities, read from the raw text (normalisation splits "3,000" into two tokens).

const CURRENCY =
  "[$€£¥₹₺₽]|R\\$|Rp\\.?|Rs\\.?|AED|SAR|USD|EUR|GBP|TL|INR|PKR|IDR|BRL|MXN|euros?|dollars?|bucks|pounds?|quid|dirhams?|dhs?|riyals?|reais|rupees?|rupiah|lira|rub|руб\\S*|ريال|درهم|دينار|روپے|روپیہ|रुपये|रुपए|元|块|円|ribu|juta|ہزار";
const NUMBER = "\\d[\\d.,\\s]*\\d|\\d";
// Letter currencies need word edges ("3 tlf" is not lira).
const AMOUNT = new RegExp(`(?<!\\p{L})(?:${CURRENCY})\\s?(?:${NUMBER})|(?:${NUMBER})\\s?(?:${CURRENCY})(?!\\p{L})`, "iu");

/** "$59.90", "£10.99", "₹15,000", "1200 ريال", "25 ہزار روپے": a concrete sum of money. */
export function findAmount(raw: string): string | null {
  return AMOUNT.exec(raw)?.[0]?.trim() ?? null;
}

export interface Quantity {
  value: number;
  /** Offset just after the number in the raw text. */
  end: number;
  text: string;
}

// Thousands separators: "3,000", "1.200", "10 000"; decimals are irrelevant for counts.
const QUANTITY = /(?<![\d.,])\d{1,3}(?:[.,\s]\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d])/gu;

export function findQuantities(raw: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of raw.matchAll(QUANTITY)) {
    const value = Number(m[0].replace(/[.,\s]/g, ""));
    if (Number.isFinite(value)) out.push({ value, end: (m.index ?? 0) + m[0].length, text: m[0] });
  }
  return out;
}
