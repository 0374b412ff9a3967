// Stripe's v1 wire format: `application/x-www-form-urlencoded` bodies and query strings with bracket notation
// (`metadata[bookingId]=x`, `expand[]=latest_charge`, `expand[0]=latest_charge`, `card[number]=4242...`), parsed
// into nested objects. Every leaf stays a string: the typed accessors in params.ts coerce and validate.
import { paramError } from "./errors";

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

// the object graph is built from untrusted keys: never let one reach the prototype chain
const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);
const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

export function parseForm(input: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(input)) {
    const match = KEY.exec(rawKey);
    if (!match) throw paramError(`Invalid parameter name: ${rawKey}`, { param: rawKey });
    const segments = [match[1], ...Array.from(match[2].matchAll(/\[([^[\]]*)\]/g), (m) => m[1])];
    assign(root, segments, value, rawKey);
  }
  return finalize(root, "") as FormObject;
}

function assign(root: FormObject, segments: string[], value: string, rawKey: string) {
  let node = root;
  segments.forEach((segment, i) => {
    if (FORBIDDEN.has(segment)) throw paramError(`Invalid parameter name: ${rawKey}`, { param: rawKey });
    // `a[]=x` appends: give it the next index so repeated keys become an array
    const key = segment === "" ? String(Object.keys(node).length) : segment;
    const existing = Object.hasOwn(node, key) ? node[key] : undefined;
    if (i === segments.length - 1) {
      if (existing !== undefined && typeof existing !== "string")
        throw paramError(`Invalid hash: ${rawKey} mixes a value and nested keys`, { param: rawKey });
      node[key] = value;
      return;
    }
    if (existing === undefined) node = node[key] = {};
    else if (typeof existing === "object" && !Array.isArray(existing)) node = existing;
    else throw paramError(`Invalid hash: ${rawKey} mixes a value and nested keys`, { param: rawKey });
  });
}

/** Objects keyed 0..n-1 become arrays, except metadata, whose keys are the caller's own strings. */
function finalize(value: FormValue, key: string): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const k of keys) value[k] = finalize(value[k], k);
  const isList =
    key !== "metadata" &&
    keys.length > 0 &&
    keys.every((k) => /^\d+$/.test(k)) &&
    keys.every((_, i) => Object.hasOwn(value, String(i)));
  return isList ? keys.map((_, i) => value[String(i)]) : value;
}

/** A stable fingerprint of parameters, so idempotent replays compare meaning rather than key order. */
export function canonical(value: FormValue): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
    .join(",")}}`;
}
