// The stand-in's state: every object in memory, snapshotted to a JSON file (debounced, written to a temp file and
// renamed so a crash mid-write never leaves half a file) and loaded again at start, so a restart keeps PaymentIntents,
// accounts, events and the webhooks still owed.
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { resourceMissing } from "./errors";
import {
  type Account,
  type Charge,
  emptyState,
  type PaymentIntent,
  type Refund,
  type State,
  type StripeEvent,
  type StripeObject,
  type Transfer,
  type TransferReversal,
} from "./types";

const FORMAT_VERSION = 1;
// a snapshot serialises the whole state (megabytes after a long benchmark), blocking the process meanwhile: at most
// one a second, coalescing bursts, and never more than 1/SNAPSHOT_SHARE of the time — a snapshot that took 100 ms
// waits 2 s before the next one
const SAVE_DELAY_MS = 1000;
const SNAPSHOT_SHARE = 20;
// Stripe keeps events for 30 days; a local store keeps a bounded number so the snapshot stays small. Pruning lists
// every event, so it runs every PRUNE_EVERY changes, not on each (the store may hold up to that many more meanwhile).
const MAX_EVENTS = 5000;
const PRUNE_EVERY = 100;

type Collection = "paymentIntents" | "charges" | "refunds" | "accounts" | "transfers" | "reversals" | "events";

const LABELS: Record<Collection, string> = {
  paymentIntents: "payment_intent",
  charges: "charge",
  refunds: "refund",
  accounts: "account",
  transfers: "transfer",
  reversals: "transfer_reversal",
  events: "event",
};

export class Store {
  state: State = emptyState();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private changes = 0;
  private saveDelayMs = SAVE_DELAY_MS;

  constructor(
    private readonly file: string | undefined,
    private readonly log: (m: string) => void,
  ) {}

  load() {
    if (!this.file || !existsSync(this.file)) return;
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, "utf8"));
      if (!isSnapshot(parsed)) throw new Error(`not a version ${FORMAT_VERSION} snapshot`);
      // merging into a fresh state lets a snapshot from an older build miss collections added since
      this.state = { ...emptyState(), ...parsed.state };
    } catch (error) {
      const aside = `${this.file}.corrupt-${Date.now()}`;
      renameSync(this.file, aside);
      this.log(`could not read ${this.file} (${String(error)}); moved it to ${aside} and started empty`);
    }
  }

  /** Looks an object up or fails with Stripe's 404 `resource_missing`. */
  get(collection: "paymentIntents", id: string, param?: string): PaymentIntent;
  get(collection: "charges", id: string, param?: string): Charge;
  get(collection: "refunds", id: string, param?: string): Refund;
  get(collection: "accounts", id: string, param?: string): Account;
  get(collection: "transfers", id: string, param?: string): Transfer;
  get(collection: "reversals", id: string, param?: string): TransferReversal;
  get(collection: "events", id: string, param?: string): StripeEvent;
  get(collection: Collection, id: string, param = "id"): StripeObject | StripeEvent {
    const table: Record<string, StripeObject | StripeEvent> = this.state[collection];
    const found = Object.hasOwn(table, id) ? table[id] : undefined;
    if (!found) throw resourceMissing(LABELS[collection], id, param);
    return found;
  }

  /** Any stored object by its id prefix, for `expand[]`. */
  lookup(id: string): StripeObject | undefined {
    const s = this.state;
    const table: [string, Record<string, StripeObject>][] = [
      ["pi_", s.paymentIntents],
      ["ch_", s.charges],
      ["re_", s.refunds],
      ["acct_", s.accounts],
      ["trr_", s.reversals],
      ["tr_", s.transfers],
    ];
    if (id.startsWith("pm_")) return s.paymentMethods[id]?.object;
    const hit = table.find(([prefix]) => id.startsWith(prefix));
    return hit && Object.hasOwn(hit[1], id) ? hit[1][id] : undefined;
  }

  nextSeq(): number {
    return ++this.state.seq;
  }

  /** Marks the state changed; the snapshot follows shortly, coalescing bursts of writes into one. */
  changed() {
    if (++this.changes % PRUNE_EVERY === 0) this.pruneEvents();
    if (!this.file) return;
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, this.saveDelayMs);
  }

  /** Writes the pending snapshot now (used by stop()). */
  async flush() {
    this.pruneEvents();
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.save();
  }

  private save(): Promise<void> {
    // chained so two snapshots never write the temp file at the same time
    this.writing = this.writing.then(async () => {
      if (!this.file || !this.dirty) return;
      this.dirty = false;
      const tmp = `${this.file}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(this.file), { recursive: true });
        const started = performance.now();
        const json = JSON.stringify({ version: FORMAT_VERSION, savedAt: new Date().toISOString(), state: this.state });
        this.saveDelayMs = Math.max(SAVE_DELAY_MS, Math.round((performance.now() - started) * SNAPSHOT_SHARE));
        await writeFile(tmp, json);
        await rename(tmp, this.file);
      } catch (error) {
        this.dirty = true;
        this.log(`could not save ${this.file}: ${String(error)}`);
      }
    });
    return this.writing;
  }

  private pruneEvents() {
    const ids = Object.keys(this.state.events);
    const owed = new Set(this.state.deliveries.map((d) => d.eventId));
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_EVENTS))) {
      if (!owed.has(id)) delete this.state.events[id];
    }
  }
}

function isSnapshot(value: unknown): value is { version: number; state: Partial<State> } {
  if (typeof value !== "object" || value === null || !("version" in value) || !("state" in value)) return false;
  return value.version === FORMAT_VERSION && typeof value.state === "object" && value.state !== null;
}
