import "server-only";
import type { Actor } from "../auth/actor";
import { authenticate, type Authentication } from "../auth/authenticate";
import { can, type Permission } from "../auth/permissions";
import { AppError } from "../errors";
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
export type OptionalAuthContext<P extends Params> = BaseContext<P> & { actor: Actor | null; token?: Authentication["token"] };

/** Runs a handler and turns whatever it throws into the `{error: {code, message, details?}}` response. */
async function respond(req: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    return errorResponse(error, { method: req.method, path: new URL(req.url).pathname });
  }
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
    respond(req, async () => {
      const authn = await authenticate(req);
      if (!authn) throw new AppError("unauthenticated", "Sign in or send an Authorization: Bearer <token> header");
      if (options.permission && !can(authn.actor.role, options.permission)) {
        throw new AppError("forbidden", "Your role does not allow this action");
      }
      return handler({ req, params: (await route.params) as P, ...authn });
    });
}

/** For endpoints anyone may call; the actor is set when the caller is signed in. */
export function withOptionalAuth<P extends Params = Params>(handler: (ctx: OptionalAuthContext<P>) => Promise<Response>) {
  return (req: Request, route: RouteContext): Promise<Response> =>
    respond(req, async () => {
      const authn = await authenticate(req);
      return handler({ req, params: (await route.params) as P, actor: authn?.actor ?? null, token: authn?.token });
    });
}

/** For endpoints that must not look at credentials at all (login, register). */
export function withPublic<P extends Params = Params>(handler: (ctx: BaseContext<P>) => Promise<Response>) {
  return (req: Request, route: RouteContext): Promise<Response> => respond(req, async () => handler({ req, params: (await route.params) as P }));
}
