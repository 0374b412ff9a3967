// List responses (`{object: "list", data, has_more, url}` with limit / starting_after / ending_before) and
// `expand[]`, which replaces an id by the object it names (`latest_charge`, `data.latest_charge` on lists).
import { invalidRequest, paramError } from "./errors";
import type { Params } from "./params";
import type { Store } from "./store";

export const LIST_PARAMS = ["limit", "starting_after", "ending_before", "created"] as const;

/** `created=<unix>` or `created[gt|gte|lt|lte]=<unix>`, as every Stripe list accepts. */
function createdFilter(p: Params): (created: number) => boolean {
  if (!p.has("created")) return () => true;
  if (typeof p.data.created === "string") {
    const exact = p.integer("created", { required: true })!;
    return (c) => c === exact;
  }
  const range = p.object("created", { required: true })!;
  range.allowOnly(["gt", "gte", "lt", "lte"]);
  const [gt, gte, lt, lte] = (["gt", "gte", "lt", "lte"] as const).map((k) => range.integer(k));
  return (c) =>
    (gt === undefined || c > gt) &&
    (gte === undefined || c >= gte) &&
    (lt === undefined || c < lt) &&
    (lte === undefined || c <= lte);
}

/** Pages through `items`, which must already be newest first (Stripe's list order). */
export function listOf<T extends { id: string; created: number }>(all: T[], p: Params, url: string) {
  const inRange = createdFilter(p);
  const items = all.filter((item) => inRange(item.created));
  const limit = p.integer("limit", { min: 1, max: 100 }) ?? 10;
  const after = p.string("starting_after");
  const before = p.string("ending_before");
  const indexOf = (id: string, param: string) => {
    const i = items.findIndex((item) => item.id === id);
    if (i < 0) throw invalidRequest(`No such object: '${id}'`, { code: "resource_missing", param });
    return i;
  };
  let data: T[];
  let hasMore: boolean;
  if (after) {
    const rest = items.slice(indexOf(after, "starting_after") + 1);
    data = rest.slice(0, limit);
    hasMore = rest.length > limit;
  } else if (before) {
    const head = items.slice(0, indexOf(before, "ending_before"));
    data = head.slice(Math.max(0, head.length - limit));
    hasMore = head.length > limit;
  } else {
    data = items.slice(0, limit);
    hasMore = items.length > limit;
  }
  return { object: "list", data, has_more: hasMore, url };
}

/**
 * A list endpoint filtered by exact-match fields (`?payment_intent=pi_…`): the table newest first, narrowed by every
 * field given, then paged.
 */
export function filteredList<T extends { id: string; created: number }>(
  params: Params,
  table: Record<string, T>,
  fields: readonly (keyof T & string)[],
  url: string,
) {
  const p = params.allowOnly([...LIST_PARAMS, ...fields]);
  const wanted = fields.map((f) => [f, p.string(f)] as const).filter(([, v]) => v !== undefined);
  const items = newestFirst(table).filter((item) => wanted.every(([f, v]) => item[f] === v));
  return { body: listOf(items, p, url) };
}

/** Newest first, as Stripe lists: objects are stored in creation order. */
export function newestFirst<T>(table: Record<string, T>): T[] {
  return Object.values(table).reverse();
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** Applies `expand[]` paths to a deep copy of a response body. */
export function expand(store: Store, body: object, paths: string[]): object {
  if (paths.length === 0) return body;
  const copy: Node = structuredClone({ ...body });
  paths.forEach((path, i) => {
    const segments = path.split(".");
    if (segments.length > 4)
      throw paramError(`You cannot expand more than 4 levels of a property. Property: ${path}`, {
        param: `expand[${i}]`,
      });
    expandInto(store, copy, segments, path, i);
  });
  return copy;
}

function expandInto(store: Store, node: Node, [head, ...rest]: string[], path: string, index: number) {
  const fail = () => paramError(`This property cannot be expanded (${path}).`, { param: `expand[${index}]` });
  if (!Object.hasOwn(node, head)) throw fail();
  let value = node[head];
  if (typeof value === "string") {
    const found = store.lookup(value);
    if (!found) throw fail();
    value = node[head] = structuredClone(found);
  }
  if (value === null) return;
  if (rest.length === 0) {
    if (!isNode(value)) throw fail();
    return;
  }
  const children = Array.isArray(value) ? value : [value];
  for (const child of children) {
    if (!isNode(child)) throw fail();
    expandInto(store, child, rest, path, index);
  }
}
