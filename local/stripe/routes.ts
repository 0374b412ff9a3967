// The shape every API endpoint module shares: a route table of synchronous handlers. Handlers never await, so an
// idempotency check, the work and the stored result happen in one turn of the event loop (see idempotency.ts).
import type { EventLog, RequestInfo } from "./events";
import type { Params } from "./params";
import type { Store } from "./store";

export type Ctx = {
  params: Params;
  /** the `:name` segments of the route, decoded, in order */
  args: string[];
  auth: "secret" | "publishable";
  request: RequestInfo;
  store: Store;
  events: EventLog;
  /** the stand-in's own base URL, for links that point back at it (account onboarding) */
  baseUrl: string;
  webhooks: { readonly hasEndpoint: boolean; kick(): void };
  /** a timer that stop() cancels, for state changes Stripe makes asynchronously */
  later(ms: number, fn: () => void): void;
};

export type Result = { status?: number; body: object };

export type Route = {
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** publishable keys may call it (the handler then checks the client_secret) */
  publishable?: boolean;
  handle(ctx: Ctx): Result;
};

type Compiled = { route: Route; pattern: RegExp };

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({
      route,
      pattern: new RegExp(`^${route.path.replace(/:[a-z_]+/g, "([^/]+)")}/?$`),
    }));
  }

  match(method: string, path: string): { route: Route; args: string[] } | undefined {
    for (const { route, pattern } of this.compiled) {
      const m = route.method === method ? pattern.exec(path) : null;
      if (m) return { route, args: m.slice(1).map((s) => decodeURIComponent(s)) };
    }
    return undefined;
  }
}
