// CSRF: a browser sends the session cookie with any request to the app, even one a foreign page triggers. So an
// unsafe request that relies on the cookie must prove it comes from the app itself: `Sec-Fetch-Site: same-origin`
// (every current browser sends it) or an `Origin` equal to the app's. Bearer-token requests carry no ambient
// credential and are not affected; neither are requests without a session cookie (nothing to abuse).

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export interface CsrfRequest {
  method: string;
  pathname: string;
  headers: Headers;
  /** the origins the app is served from (APP_URL and the request's own host) */
  appOrigins: string[];
}

export function hasSessionCookie(headers: Headers): boolean {
  return SESSION_COOKIE.test(headers.get("cookie") ?? "");
}

/** True when the request must be refused as cross-site. */
export function isCrossSiteCookieRequest({ method, pathname, headers, appOrigins }: CsrfRequest): boolean {
  if (!pathname.startsWith("/api/") || !UNSAFE.has(method.toUpperCase())) return false;
  if (/^Bearer\s/i.test(headers.get("authorization") ?? "")) return false;
  if (!hasSessionCookie(headers)) return false;
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin"; // cross-site, same-site (a sibling subdomain) and none are refused
  // browsers without Fetch Metadata: the Origin header must be the app's own
  const origin = headers.get("origin");
  return !(origin && appOrigins.includes(origin));
}
