// The functions the app serves, learned by syncing with its real serve() endpoint (a signed in-band PUT, answered with
// a signed body), or from the SDK's own out-of-band registration (POST /fn/register, checked by server.ts).
import { evaluate } from "./expression";
import { canonicalJson, sign, verifySignature } from "./signing";
import type { FunctionConfig, InngestEvent } from "./types";

export class Registry {
  private functions = new Map<string, FunctionConfig>();
  private listeners: (() => void)[] = [];

  constructor(
    private readonly appUrl: string,
    private readonly signingKey: string,
    private readonly log: (m: string) => void,
  ) {}

  onChange(listener: () => void) {
    this.listeners.push(listener);
  }

  get size() {
    return this.functions.size;
  }

  get(id: string) {
    return this.functions.get(id);
  }

  all() {
    return [...this.functions.values()];
  }

  register(functions: FunctionConfig[]) {
    this.functions = new Map(functions.map((f) => [f.id, f]));
    for (const l of this.listeners) l();
  }

  /** Asks the app for its functions. Returns false while the app is not up yet. */
  async sync(): Promise<boolean> {
    try {
      const payload = canonicalJson({ url: this.appUrl });
      const res = await fetch(this.appUrl, {
        method: "PUT",
        headers: {
          "content-type": "application/json",
          "x-inngest-sync-kind": "in_band",
          "x-inngest-server-kind": "cloud",
          "x-inngest-signature": sign(payload, this.signingKey),
        },
        body: payload,
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      if (!res.ok) {
        this.log(`sync with ${this.appUrl} failed: HTTP ${res.status}`);
        return false;
      }
      // an unsigned answer comes from an app that verifies nothing (dev mode) or holds another key: run none of it
      if (!verifySignature(res.headers.get("x-inngest-signature"), text, this.signingKey)) {
        this.log(
          `sync with ${this.appUrl} refused: the answer is not signed with this runner's signing key (the app must run the SDK in cloud mode with the runner's INNGEST_SIGNING_KEY)`,
        );
        return false;
      }
      const body = JSON.parse(text) as { functions?: FunctionConfig[] };
      this.register(body.functions ?? []);
      this.log(`synced ${this.functions.size} function(s) from ${this.appUrl}`);
      return true;
    } catch {
      return false;
    }
  }

  /** Functions whose event triggers (name or prefix/*, plus optional expression) match the event. */
  matching(event: InngestEvent): FunctionConfig[] {
    return this.all().filter((fn) =>
      fn.triggers.some((t) => {
        if (!("event" in t)) return false;
        const nameMatches =
          t.event === event.name || (t.event.endsWith("/*") && event.name.startsWith(t.event.slice(0, -1)));
        if (!nameMatches) return false;
        if (!t.expression) return true;
        try {
          return evaluate(t.expression, { event });
        } catch (error) {
          this.log(`function ${fn.id}: cannot evaluate trigger expression "${t.expression}": ${String(error)}`);
          return false;
        }
      }),
    );
  }
}
