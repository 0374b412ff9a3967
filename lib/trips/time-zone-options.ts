import type { SearchOption } from "../text/filter-options";

// The departure form's time-zone picker: every IANA zone with its offset from UTC at a given moment, so a vendor who
// knows "UTC+9" but not "Asia/Tokyo" finds it too. The offset is the one in force at `at` (summer time included).

// Intl lists zones by their CLDR names, some of them renamed in IANA long ago: a vendor in Kyiv or Kolkata searches
// for today's name. Intl accepts both, so today's is offered (and submitted) and the old one still finds it.
const CURRENT_NAMES: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** "UTC+09:00", "UTC-03:30", "UTC+00:00" for a zone at a moment. */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  // browsers write zero as a bare "GMT", Node as "GMT+00:00"; some locales use the minus sign U+2212
  const offset = name.replace(/^GMT/, "").replace("\u2212", "-");
  return `UTC${offset || "+00:00"}`;
}

/**
 * One option per zone, in alphabetical order, UTC included: the current IANA name is both what is shown and what is
 * submitted; the offset is shown, and matched in its long and short forms ("UTC+09:00", "UTC+9"), as is an old name.
 */
export function timeZoneOptions(zones: readonly string[], at: Date): SearchOption[] {
  const byName = new Map<string, string[]>();
  for (const zone of [...zones, "UTC"]) {
    const name = CURRENT_NAMES[zone] ?? zone;
    byName.set(name, [...(byName.get(name) ?? []), ...(name === zone ? [] : [zone])]);
  }
  return [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([zone, oldNames]) => {
      const offset = utcOffsetLabel(zone, at);
      const short = offset.replace(/([+-])0(\d)/, "$1$2").replace(/:00$/, "");
      return { value: zone, label: zone, detail: offset, keywords: [offset, short, ...oldNames] };
    });
}
