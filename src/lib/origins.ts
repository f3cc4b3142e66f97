/**
 * Whether a page origin may use a widget. No list means any origin (a new inbox works at once);
 * entries are exact origins ("https://shop.example") or a subdomain wildcard ("https://*.shop.example").
 */
export function isOriginAllowed(allowed: readonly string[], origin: string | null): boolean {
  if (allowed.length === 0) return true;
  if (!origin) return false;
  return allowed.some((entry) => {
    const pattern = entry.trim().replace(/\/+$/, "").toLowerCase();
    const candidate = origin.toLowerCase();
    if (!pattern.includes("*.")) return pattern === candidate;
    const [scheme, host] = pattern.split("://*.");
    if (!scheme || !host) return false;
    return candidate.startsWith(`${scheme}://`) && (candidate.endsWith(`.${host}`) || candidate === `${scheme}://${host}`);
  });
}
