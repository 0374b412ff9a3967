// Durations as the SDK encodes them: an ISO instant, or a compound duration such as "1w2d3h4m5s".
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

export function resolveTime(value: string | undefined, now = Date.now()): number {
  if (!value) return now;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return Date.parse(value);
  let ms = 0;
  for (const [, n, unit] of value.matchAll(/(\d+)([wdhms])/g)) ms += Number(n) * UNIT_MS[unit];
  return now + ms;
}

/** Exponential backoff with jitter, or the app's Retry-After (seconds or an ISO date). */
export function retryDelay(attempt: number, baseMs: number, retryAfter?: string): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return seconds * 1000;
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - Date.now());
  }
  const exp = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 5 * 60_000);
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}
