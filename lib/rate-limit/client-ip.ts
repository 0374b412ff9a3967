import "server-only";
import { isIP } from "node:net";

/**
 * The caller's IP, for per-IP limits: `x-real-ip`, else the first `x-forwarded-for` entry, else "unknown".
 * Trust: these headers are only as honest as what sits in front of the app. Deploy behind a proxy that sets them
 * (Vercel, a load balancer, nginx with `proxy_set_header X-Real-IP $remote_addr`); there the first hop is the client.
 * Without a proxy a client can send its own header and pick its bucket — `next start` only fills in
 * `x-forwarded-for` (with the socket address) when the request has none. Anything that is not an IP counts as
 * "unknown", which keeps arbitrary header text out of the store's keys.
 */
export function clientIp(req: { headers: Pick<Headers, "get"> }): string {
  const candidate =
    req.headers.get("x-real-ip")?.trim() || req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "";
  const ip = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
  return isIP(ip) ? ip : "unknown";
}
