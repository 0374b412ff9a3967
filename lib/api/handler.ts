import "server-only";
import type { Actor } from "../auth/actor";
import { authenticate, type Authentication } from "../auth/authenticate";
import { can, type Permission } from "../auth/permissions";
import { AppError } from "../errors";
import { logRequest } from "../observability/request-log";
import { limitBearerToken } from "../rate-limit/limits";
import { withApiHeaders } from "../security/api-headers";
import { requestIdFrom } from "../security/request-id";
import { errorResponse } from "./errors";

type Params = Record<string, string | string[] | undefined>;
interface RouteContext {
  params: Promise<Params>;
}

interface BaseContext<P extends Params> {
  req: Request;
  params: P;
}
export type AuthedContext<P extends Params> = BaseContext<P> & Authentication;
export type OptionalAuthContext<P extends Params> = BaseContext<P> & {
  actor: Actor | null;
  token?: Authentication["token"];
};

/** What the request log line knows about the caller once the handler authenticated it. */
interface RequestMeta {
  userId?: string;
  /** X-RateLimit-* of a bearer-token request, added to whatever the handler answers */
  headers?: Record<string, string>;
}

/** Authenticates, and counts a bearer-token request against its token's limit (600/minute). */
async function authenticateAndLimit(req: Request, meta: RequestMeta): Promise<Authentication | null> {
  const authn = await authenticate(req);
  meta.userId = authn?.actor.id;
  if (authn?.token) meta.headers = await limitBearerToken(authn.token.jti, req.method);
  return authn;
}

/**
 * Runs a handler, turns whatever it throws into the `{error: {code, message, details?}}` response, and writes the
 * request's log line.
 */
async function respond(req: Request, handle: (meta: RequestMeta) => Promise<Response>): Promise<Response> {
  const startedAt = performance.now();
  // the proxy's (sanitised) id when the request passed through it, else one made here (lib/security/api-headers.ts)
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  const meta: RequestMeta = {};
  let response: Response;
  try {
    response = await handle(meta);
  } catch (error) {
    response = errorResponse(error, {
      method: req.method,
      path: new URL(req.url).pathname,
      requestId,
    });
  }
  for (const [name, value] of Object.entries(meta.headers ?? {}))
    if (!response.headers.has(name)) response.headers.set(name, value);
  withApiHeaders(req, response, requestId);
  logRequest(req, response.status, performance.now() - startedAt, meta.userId, requestId);
  return response;
}

/**
 * Every REST handler goes through here: authenticate (bearer token or session cookie), check the declared
 * permission, run the handler and convert any error to the `{error: {code, message, details?}}` shape.
 */
export function withAuth<P extends Params = Params>(
  options: { permission?: Permission },
  handler: (ctx: AuthedContext<P>) => Promise<Response>,
) {
  return (req: Request, route: RouteContext): Promise<Response> =>
    respond(req, async (meta) => {
      const authn = await authenticateAndLimit(req, meta);
      if (!authn) throw new AppError("unauthenticated", "Sign in or send an Authorization: Bearer <token> header");
      if (options.permission && !can(authn.actor.role, options.permission)) {
        throw new AppError("forbidden", "Your role does not allow this action");
      }
      return handler({ req, params: (await route.params) as P, ...authn });
    });
}

/** For endpoints anyone may call; the actor is set when the caller is signed in. */
export function withOptionalAuth<P extends Params = Params>(
  handler: (ctx: OptionalAuthContext<P>) => Promise<Response>,
) {
  return (req: Request, route: RouteContext): Promise<Response> =>
    respond(req, async (meta) => {
      const authn = await authenticateAndLimit(req, meta);
      return handler({ req, params: (await route.params) as P, actor: authn?.actor ?? null, token: authn?.token });
    });
}

/** For endpoints that must not look at credentials at all (login, register). */
export function withPublic<P extends Params = Params>(handler: (ctx: BaseContext<P>) => Promise<Response>) {
  return (req: Request, route: RouteContext): Promise<Response> =>
    respond(req, async () => handler({ req, params: (await route.params) as P }));
}
