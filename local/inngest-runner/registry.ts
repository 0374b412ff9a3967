// The functions the app serves, learned by syncing with its real serve() endpoint (in-band PUT), or from the SDK's
// own out-of-band registration (POST /fn/register).
import { evaluate } from "./expression";
import type { FunctionConfig, InngestEvent } from "./types";

export class Registry {
  private functions = new Map<string, FunctionConfig>();
  private listeners: (() => void)[] = [];

  constructor(
    private readonly appUrl: string,
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
      const res = await fetch(this.appUrl, {
        method: "PUT",
        headers: { "content-type": "application/json", "x-inngest-sync-kind": "in_band" },
        body: JSON.stringify({ url: this.appUrl }),
        signal: AbortSignal.timeout(60_000),
      });
      if (!res.ok) {
        this.log(`sync with ${this.appUrl} failed: HTTP ${res.status}`);
        return false;
      }
      const body = (await res.json()) as { functions?: FunctionConfig[] };
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
        const nameMatches = t.event === event.name || (t.event.endsWith("/*") && event.name.startsWith(t.event.slice(0, -1)));
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
