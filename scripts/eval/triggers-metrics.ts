import { REASON_CODES, type TReasonCode } from "@/features/triggers/triggers.schemas";

export interface CaseResult {
  id: string;
  expectEscalate: boolean;
  expectReasons: string[];
  expectLang: string;
  escalate: boolean;
  reasons: string[];
  language: string | null;
}

const ratio = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 1000);

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** The summary line: escalation precision/recall, explicit_request recall, reason-set match, per reason, language. */
export function summarize(results: readonly CaseResult[]) {
  const tp = results.filter((r) => r.escalate && r.expectEscalate).length;
  const predicted = results.filter((r) => r.escalate).length;
  const expected = results.filter((r) => r.expectEscalate);
  const perReason: Record<string, { precision: number | null; recall: number | null; support: number }> = {};
  for (const code of REASON_CODES as readonly TReasonCode[]) {
    const hit = results.filter((r) => r.reasons.includes(code) && r.expectReasons.includes(code)).length;
    const said = results.filter((r) => r.reasons.includes(code)).length;
    const truth = results.filter((r) => r.expectReasons.includes(code)).length;
    perReason[code] = { precision: ratio(hit, said), recall: ratio(hit, truth), support: truth };
  }
  return {
    summary: true,
    cases: results.length,
    escalation: { precision: ratio(tp, predicted), recall: ratio(tp, expected.length), tp, fp: predicted - tp, fn: expected.length - tp },
    explicitRequestRecall: perReason.explicit_request?.recall ?? null,
    reasonSetExactOnEscalated: ratio(expected.filter((r) => sameSet(r.reasons, r.expectReasons)).length, expected.length),
    perReason,
    languageAccuracy: ratio(results.filter((r) => r.language === r.expectLang).length, results.length),
  };
}

export function mismatch(r: CaseResult): string | null {
  const parts: string[] = [];
  if (!sameSet(r.reasons, r.expectReasons)) parts.push(`reasons ${JSON.stringify(r.reasons)} expected ${JSON.stringify(r.expectReasons)}`);
  if (r.language !== r.expectLang) parts.push(`lang ${r.language} expected ${r.expectLang}`);
  return parts.length > 0 ? `${r.id}: ${parts.join("; ")}` : null;
}
