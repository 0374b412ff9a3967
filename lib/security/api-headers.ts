import { isLocalMode } from "../production-config";
import { staticSecurityHeaders } from "./csp";
import { requestIdFrom } from "./request-id";

/** An API response renders nothing: its policy allows nothing, and nobody may frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Whether the request reached the site over TLS (directly or through a proxy that says so), outside local mode:
 * where HSTS and upgrade-insecure-requests apply.
 */
export function servedOverHttps(headers: Headers, url: string): boolean {
  if (isLocalMode()) return false;
  return (headers.get("x-forwarded-proto") ?? new URL(url).protocol.replace(":", "")) === "https";
}

/**
 * The headers every API response carries — x-request-id, the security headers, the API's policy — set on a
 * response where they are missing. The proxy adds them to what passes through it; a bearer-token call without a
 * cookie does not (proxy.ts → config: none of its other work applies to such a call, and skipping it saves each
 * call Next.js' proxy step), so the API's handlers add them themselves.
 */
export function withApiHeaders(
  req: Request,
  response: Response,
  requestId = requestIdFrom(req.headers.get("x-request-id")),
): Response {
  const headers: Record<string, string> = {
    "x-request-id": requestId,
    "Content-Security-Policy": API_CSP,
    ...staticSecurityHeaders({ hsts: servedOverHttps(req.headers, req.url) }),
  };
  for (const [name, value] of Object.entries(headers))
    if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}
