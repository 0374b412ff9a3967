// Runs before every request (but the two signed machine endpoints, see config below): request id, security headers
// with a per-request CSP nonce, CSRF refusal for cookie-authenticated API writes from other sites, and sliding
// renewal of the browser session on page navigations.
// Authorization itself stays in the route handlers and pages (lib/auth), never here.
import { type NextRequest, NextResponse } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { logger } from "@/lib/logger";
import { isLocalMode } from "@/lib/production-config";
import { API_CSP, servedOverHttps } from "@/lib/security/api-headers";
import { buildCsp, staticSecurityHeaders } from "@/lib/security/csp";
import { hasSessionCookie, isCrossSiteCookieRequest } from "@/lib/security/csrf";
import { requestIdFrom } from "@/lib/security/request-id";

const dev = process.env.NODE_ENV === "development";

function appOrigins(req: NextRequest): string[] {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol.replace(":", "");
  const origins = host ? [`${proto}://${host}`] : [];
  if (process.env.APP_URL) origins.push(new URL(process.env.APP_URL).origin);
  return origins;
}

function withSecurityHeaders(response: Response, requestId: string, csp: string | null, https: boolean): Response {
  response.headers.set("x-request-id", requestId);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ hsts: https }))) response.headers.set(name, value);
  return response;
}

function handle(req: NextRequest): Response {
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  // HSTS and upgrade-insecure-requests only where the site is served over TLS (never on a local http preview)
  const https = servedOverHttps(req.headers, req.url);
  const { pathname } = req.nextUrl;

  if (isCrossSiteCookieRequest({ method: req.method, pathname, headers: req.headers, appOrigins: appOrigins(req) })) {
    logger.warn(
      {
        event: "csrf_refused",
        method: req.method,
        path: pathname,
        origin: req.headers.get("origin"),
        fetchSite: req.headers.get("sec-fetch-site"),
        requestId,
      },
      "cross-site request with a session cookie refused",
    );
    const body = {
      error: {
        code: "csrf_failed",
        message: "This request must come from Travellr itself (cross-site requests with a session cookie are refused)",
      },
    };
    return withSecurityHeaders(Response.json(body, { status: 403 }), requestId, null, https);
  }

  // build assets and uploaded images need no nonce: only the request id and the static headers (an upload's route
  // sets its own sandboxing policy, which a page policy set here would replace)
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image") || pathname.startsWith("/uploads/"))
    return withSecurityHeaders(NextResponse.next(), requestId, null, https);

  // The REST API renders nothing: no nonce, the API's policy (the one its handlers set when the proxy is skipped). The
  // request id goes on to the handler, which logs the request with its status and user.
  if (pathname.startsWith("/api/v1/")) {
    const headers = new Headers(req.headers);
    headers.set("x-request-id", requestId);
    return withSecurityHeaders(NextResponse.next({ request: { headers } }), requestId, API_CSP, https);
  }
  // Auth.js's endpoints may answer with a page of their own (its sign-out and error pages): they keep the page policy
  if (!pathname.startsWith("/api/"))
    logger.info({ method: req.method, route: pathname, requestId, component: "http" }, "page request");

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const standIn =
    isLocalMode() && !process.env.STRIPE_SECRET_KEY
      ? `http://127.0.0.1:${process.env.STRIPE_LOCAL_PORT ?? "12111"}`
      : undefined;
  const csp = buildCsp({ nonce, dev, stripeStandInOrigin: standIn, https });
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // Next.js reads the nonce for its own scripts from the request's policy header
  headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), requestId, csp, https);
}

// Auth.js re-issues the session cookie (7 more days) whenever it reads the session in the proxy, and clears it when
// the session ended (logout elsewhere, deactivation): done on page navigations, not on every asset and API call.
const withSessionRenewal = auth((req) => handle(req));

export function proxy(req: NextRequest) {
  const navigation = req.method === "GET" && req.headers.get("sec-fetch-mode") === "navigate";
  if (navigation && hasSessionCookie(req.headers)) return withSessionRenewal(req, { params: Promise.resolve({}) });
  return handle(req);
}

// Not for the two machine endpoints: Inngest's calls and Stripe's webhooks are authenticated by their signatures,
// carry no cookie and render no page, so neither the CSRF check, the CSP nor the session renewal applies to them,
// and skipping Next's proxy step spares each call its cost (about 3 ms of CPU; README → Performance).
// Nor for a REST call with a bearer token and no cookie (an external app): the CSRF check is about cookies, nothing
// renders, and its handler sets the request id and the headers itself (lib/security/api-headers.ts). A call with a
// cookie — a browser's — always passes through here.
export const config = {
  matcher: [
    "/((?!api/inngest|api/webhooks/stripe|api/v1/).*)",
    { source: "/api/v1/:path*", missing: [{ type: "header", key: "authorization" }] },
    { source: "/api/v1/:path*", has: [{ type: "header", key: "cookie" }] },
  ],
};
