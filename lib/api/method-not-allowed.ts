import { AppError } from "../errors";
import { withApiHeaders } from "../security/api-headers";
import { errorResponse } from "./errors";

// Next.js answers a method a route.ts does not export with a bare 405 (no body, no Allow header), and its automatic
// OPTIONS lists every exported method. A route declares what it serves instead, next to its handlers:
//
//   export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
//
// Each name left out of `allowOnly(...)` answers 405 in the API's error shape with an accurate Allow header, and
// OPTIONS answers 204 with the same header. The return type only has the methods the route does not serve, so
// destructuring one it does serve is a type error; tests/route-methods.test.ts checks every route declares all of them.

const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

type Handler = (req: Request) => Response;
/** HEAD is served by GET (Next.js runs GET for it), so it answers 405 only when GET is not allowed. */
type Refused<A extends RouteMethod> = Exclude<RouteMethod, A> | ("GET" extends A ? never : "HEAD");

/** The `Allow` header for a route serving these methods (HEAD comes with GET, OPTIONS always). */
export function allowHeader(allowed: readonly RouteMethod[]): string {
  const methods = new Set<string>([...allowed, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort().join(", ");
}

export function allowOnly<const A extends RouteMethod>(...allowed: A[]): Record<Refused<A> | "OPTIONS", Handler> {
  const allow = allowHeader(allowed);
  const refuse: Handler = (req) => {
    const error = new AppError("method_not_allowed", `${req.method} is not supported here; use ${allow}`, {
      headers: { Allow: allow },
    });
    return withApiHeaders(req, errorResponse(error));
  };
  const handlers: Record<string, Handler> = {
    OPTIONS: (req) => withApiHeaders(req, new Response(null, { status: 204, headers: { Allow: allow } })),
  };
  for (const method of [...ROUTE_METHODS, "HEAD"]) {
    if (!(allowed as readonly string[]).includes(method) && !(method === "HEAD" && allowed.includes("GET" as A)))
      handlers[method] = refuse;
  }
  return handlers as Record<Refused<A> | "OPTIONS", Handler>;
}
