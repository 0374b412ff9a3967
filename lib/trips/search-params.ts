import type { z } from "zod";
import { checkIsoDate } from "../api/dates";
import { formatDate, formatMoney } from "../format";
import { decimalToMinor } from "../money/decimal";
import { SearchTripsQuery } from "./schemas";

// The search page's URL (/trips?q=…&min=25) ↔ SearchTripsQuery. The page reads prices in dollars ("min", "max"),
// the API in cents ("minPrice", "maxPrice"); every other parameter has the API's name. A value that cannot be used
// is left out of the search and explained under the filter's label, never silently dropped.

/** The filters, in the order of the form, with the label each has there. */
export const SEARCH_FILTERS = {
  q: "Search",
  destination: "Destination",
  from: "From",
  to: "To",
  seats: "Travellers",
  min: "Min price",
  max: "Max price",
} as const;
const LABELS = { ...SEARCH_FILTERS, sort: "Sort by", page: "Page" } as const;
export type SearchParam = keyof typeof LABELS;
const PARAMS = Object.keys(LABELS) as SearchParam[];

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type SearchValues = Partial<Record<SearchParam, string>>;

export interface InvalidFilter {
  param: SearchParam;
  label: string;
  value: string;
  /** reads after the value: "“abc” is not an amount in dollars, e.g. 25 or 25.50" */
  message: string;
}

export interface TripSearch {
  query: SearchTripsQuery;
  /** what the URL holds for each parameter (its first value), invalid ones included */
  values: SearchValues;
  invalid: InvalidFilter[];
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const isBlank = (v: string | undefined) => v === undefined || v.trim() === "";

/**
 * The URL without the empty parameters a GET form sends for the fields left blank (`?q=lisbon&from=&to=`) and
 * without `page=1`, or null when it is clean already.
 */
export function cleanSearchHref(path: string, raw: RawSearchParams): string | null {
  const entries = Object.entries(raw).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => [k, x] as const),
  );
  const kept = entries.filter(([k, v]) => !isBlank(v) && !(k === "page" && v.trim() === "1"));
  if (kept.length === entries.length) return null;
  const params = new URLSearchParams(kept.map(([k, v]) => [k, v]));
  return params.size ? `${path}?${params}` : path;
}

/** A link to the search with some parameters changed (undefined removes one); any change goes back to page 1. */
export function searchHref(values: SearchValues, change: SearchValues = {}): string {
  const merged: SearchValues = { ...values, page: undefined, ...change };
  const params = new URLSearchParams();
  for (const p of PARAMS) {
    const v = merged[p];
    if (!isBlank(v) && !(p === "page" && v === "1")) params.set(p, v!);
  }
  return params.size ? `/trips?${params}` : "/trips";
}

type Issue = z.core.$ZodIssue;

/** Why a value was refused, worded to follow it: `To “2027-01-01” is before the From date`. */
function explain(param: SearchParam, value: string, issue: Issue): string {
  switch (param) {
    case "from":
    case "to": {
      const parts = checkIsoDate(value);
      if (typeof parts !== "string") return "is before the From date";
      return parts.startsWith("must be between")
        ? parts.replace("must be", "is not")
        : "is not a real date, e.g. 2027-06-01";
    }
    case "min":
    case "max":
      return issue.code === "custom" ? "is less than the min price" : "is more than any trip costs";
    case "seats":
    case "page":
      if (issue.code === "too_small") return `is less than ${issue.minimum}`;
      if (issue.code === "too_big") return `is more than ${issue.maximum}`;
      return "is not a whole number";
    case "sort":
      return "is not a way to sort the results";
    default:
      return issue.code === "too_big" ? "is too long" : "has characters that cannot be searched";
  }
}

/** Reads the URL into a search query: what is valid is searched for, what is not is listed in `invalid`. */
export function readTripSearch(raw: RawSearchParams, limit: number): TripSearch {
  const values: SearchValues = {};
  for (const p of PARAMS) if (!isBlank(first(raw[p]))) values[p] = first(raw[p]);

  const invalid: InvalidFilter[] = [];
  const refuse = (param: SearchParam, message: string) =>
    invalid.push({ param, label: LABELS[param], value: values[param]!, message });
  const input: Record<string, string | number> = { limit };
  /** schema field → the URL parameter it came from */
  const source = new Map<string, SearchParam>();
  for (const p of ["q", "destination", "from", "to", "seats", "sort", "page"] as const) {
    if (values[p] === undefined) continue;
    input[p] = values[p];
    source.set(p, p);
  }
  for (const [p, field] of [
    ["min", "minPrice"],
    ["max", "maxPrice"],
  ] as const) {
    if (values[p] === undefined) continue;
    const cents = decimalToMinor(values[p], "usd");
    if (cents === null) refuse(p, "is not an amount in dollars, e.g. 25 or 25.50");
    else {
      input[field] = String(cents);
      source.set(field, p);
    }
  }

  // each round leaves out the fields the schema refused (a rule across two fields names one of them), so it ends
  for (;;) {
    const parsed = SearchTripsQuery.safeParse(input);
    if (parsed.success) return { query: parsed.data, values, invalid };
    let dropped = false;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      const param = source.get(field);
      if (!param) continue;
      refuse(param, explain(param, values[param]!, issue));
      delete input[field];
      source.delete(field);
      dropped = true;
    }
    // only `limit` is left to blame, and the page sets that
    if (!dropped) throw parsed.error;
  }
}

export interface ActiveFilter {
  param: SearchParam;
  label: string;
  /** the value as the page shows it: a date, an amount in dollars */
  text: string;
  /** the same search without this filter */
  removeHref: string;
}

/** The filters the search applies, for the chips under the search bar. */
export function activeFilters({ query, values }: TripSearch): ActiveFilter[] {
  const shown: Partial<Record<keyof typeof SEARCH_FILTERS, string | undefined>> = {
    q: query.q && `“${query.q}”`,
    destination: query.destination,
    from: query.from && formatDate(query.from),
    to: query.to && formatDate(query.to),
    seats: query.seats === undefined ? undefined : String(query.seats),
    min: query.minPrice === undefined ? undefined : formatMoney(query.minPrice, "usd"),
    max: query.maxPrice === undefined ? undefined : formatMoney(query.maxPrice, "usd"),
  };
  return (Object.keys(SEARCH_FILTERS) as (keyof typeof SEARCH_FILTERS)[]).flatMap((param) => {
    const text = shown[param];
    if (text === undefined) return [];
    return [{ param, label: SEARCH_FILTERS[param], text, removeHref: searchHref(values, { [param]: undefined }) }];
  });
}
