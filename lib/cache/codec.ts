// Cached values go through JSON (Redis stores strings), which would turn every Date into a string and break code
// that compares or formats them. Dates are written as {"$date": iso} and revived on the way back.

const DATE = "$date";

export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // JSON.stringify has already called Date#toJSON on `v`; the holder still has the Date itself
    const original = this[key];
    if (original instanceof Date) return { [DATE]: original.toISOString() };
    // pg hands back int8 counts as strings unless told otherwise; a bigint would make JSON.stringify throw
    return typeof v === "bigint" ? v.toString() : v;
  });
}

export function decode<T>(raw: string): T {
  return JSON.parse(raw, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === DATE) return new Date(String((v as Record<string, unknown>)[DATE]));
    }
    return v;
  }) as T;
}
