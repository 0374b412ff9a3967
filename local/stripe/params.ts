// Typed access to parsed form parameters with Stripe's validation errors. Numbers and booleans arrive as strings on
// the wire; each accessor coerces and rejects what Stripe would reject, naming the parameter the way Stripe does
// (`card[number]`, `payment_method_data[card][exp_year]`).
import { missingParam, paramError, unknownParam } from "./errors";
import type { FormObject } from "./form";
import type { Metadata } from "./types";

type Opts = { required?: boolean };

export type MetadataChange = { clear: boolean; set: Metadata; unset: string[] };

export class Params {
  constructor(
    readonly data: FormObject,
    private readonly prefix = "",
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.data, key);
  }

  /** Stripe rejects parameters it does not know, which catches typos in the caller early. */
  allowOnly(keys: readonly string[]): this {
    for (const key of Object.keys(this.data)) {
      if (key !== "expand" && !keys.includes(key)) throw unknownParam(this.name(key));
    }
    return this;
  }

  /** A string, or undefined when absent or empty (Stripe treats `x=` as "unset"). */
  string(key: string, opts: Opts = {}): string | undefined {
    const value = this.has(key) ? this.data[key] : undefined;
    if (value === undefined || value === "") {
      if (opts.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof value !== "string")
      throw paramError(`Invalid string: ${this.name(key)} must be a string`, { param: this.name(key) });
    return value;
  }

  oneOf<T extends string>(key: string, values: readonly T[], opts: Opts = {}): T | undefined {
    const value = this.string(key, opts);
    if (value === undefined) return undefined;
    const found = values.find((v) => v === value);
    if (!found)
      throw paramError(`Invalid ${this.name(key)}: must be one of ${values.join(", ")}`, { param: this.name(key) });
    return found;
  }

  integer(key: string, opts: Opts & { min?: number; max?: number } = {}): number | undefined {
    const raw = this.string(key, opts);
    if (raw === undefined) return undefined;
    const param = this.name(key);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
      throw paramError(`Invalid integer: ${raw}`, { code: "parameter_invalid_integer", param });
    const value = Number(raw);
    if (opts.min !== undefined && value < opts.min)
      throw paramError(`This value must be greater than or equal to ${opts.min}.`, {
        code: "parameter_invalid_integer",
        param,
      });
    if (opts.max !== undefined && value > opts.max)
      throw paramError(`This value must be less than or equal to ${opts.max}.`, {
        code: "parameter_invalid_integer",
        param,
      });
    return value;
  }

  boolean(key: string): boolean | undefined {
    const raw = this.string(key);
    if (raw === undefined) return undefined;
    if (raw !== "true" && raw !== "false") throw paramError(`Invalid boolean: ${raw}`, { param: this.name(key) });
    return raw === "true";
  }

  currency(key = "currency", opts: Opts = {}): string | undefined {
    const raw = this.string(key, opts)?.toLowerCase();
    if (raw !== undefined && !/^[a-z]{3}$/.test(raw))
      throw paramError(`Invalid currency: ${raw}. Stripe currently supports these currencies: usd, eur, gbp, ...`, {
        param: this.name(key),
      });
    return raw;
  }

  object(key: string, opts: Opts = {}): Params | undefined {
    const value = this.has(key) ? this.data[key] : undefined;
    if (value === undefined || value === "") {
      if (opts.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof value !== "object" || Array.isArray(value))
      throw paramError(`Invalid object: ${this.name(key)} must be a hash`, { param: this.name(key) });
    return new Params(value, this.name(key));
  }

  /** `expand[]=a&expand[]=b`, also accepting a single plain value. */
  stringList(key: string): string[] {
    const value = this.has(key) ? this.data[key] : undefined;
    if (value === undefined || value === "") return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((item, i) => {
      if (typeof item !== "string")
        throw paramError(`Invalid array: ${this.name(key)}[${i}] must be a string`, {
          param: `${this.name(key)}[${i}]`,
        });
      return item;
    });
  }

  /** Metadata updates as Stripe applies them: `metadata[k]=` removes k, `metadata=` removes everything. */
  metadata(key = "metadata"): MetadataChange | undefined {
    if (!this.has(key)) return undefined;
    const value = this.data[key];
    if (value === "") return { clear: true, set: {}, unset: [] };
    if (typeof value !== "object" || Array.isArray(value))
      throw paramError("Invalid metadata: must be a hash of string keys and values", { param: key });
    const change: MetadataChange = { clear: false, set: {}, unset: [] };
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== "string")
        throw paramError(`Invalid metadata[${k}]: metadata values must be strings`, { param: `${key}[${k}]` });
      if (k.length > 40)
        throw paramError(`Metadata keys can have up to 40 characters: ${k}`, { param: `${key}[${k}]` });
      if (v.length > 500)
        throw paramError(`Metadata values can have up to 500 characters, but ${k} has ${v.length}`, {
          param: `${key}[${k}]`,
        });
      if (v === "") change.unset.push(k);
      else change.set[k] = v;
    }
    return change;
  }
}

/** Applies a metadata change to existing metadata (or to `{}` on create), enforcing Stripe's 50-key limit. */
export function applyMetadata(current: Metadata, change: MetadataChange | undefined): Metadata {
  if (!change) return current;
  const next: Metadata = change.clear ? {} : { ...current };
  for (const k of change.unset) delete next[k];
  Object.assign(next, change.set);
  if (Object.keys(next).length > 50)
    throw paramError("You can only have up to 50 metadata keys", { param: "metadata" });
  return next;
}
