/**
 * An honest wait estimate: the median time recent handoffs waited before someone claimed them,
 * in whole minutes. No estimate without at least 3 recent claims (we would only be guessing).
 */
export function estimateWaitSecs(claims: Array<{ createdAt: Date; claimedAt: Date | null }>): number | null {
  const waits = claims
    .flatMap((claim) => (claim.claimedAt ? [(claim.claimedAt.getTime() - claim.createdAt.getTime()) / 1000] : []))
    .filter((secs) => secs >= 0)
    .sort((a, b) => a - b);
  if (waits.length < 3) return null;
  const middle = Math.floor(waits.length / 2);
  const median = waits.length % 2 ? waits[middle]! : (waits[middle - 1]! + waits[middle]!) / 2;
  return Math.max(60, Math.round(median / 60) * 60);
}
