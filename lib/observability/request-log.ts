import "server-only";
import { logger } from "../logger";

const log = logger.child({ component: "http" });

// Responses that say somebody was refused are security events: they get an `event` name so alerts can count them.
const SECURITY_EVENTS: Record<number, string> = { 401: "unauthenticated", 403: "forbidden", 429: "rate_limited" };

/** One line per API request: method, route, status, duration, user and request id (secrets never reach it). */
export function logRequest(
  req: Request,
  status: number,
  durationMs: number,
  userId: string | undefined,
  requestId: string,
) {
  const line = {
    method: req.method,
    route: new URL(req.url).pathname,
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    userId,
    requestId,
  };
  const event = SECURITY_EVENTS[status];
  if (event) log.warn({ ...line, event }, "request refused");
  else if (status >= 500) log.error(line, "request failed");
  else log.info(line, "request");
}
