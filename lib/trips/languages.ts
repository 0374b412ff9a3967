// Trip languages are stored as ISO 639-1 codes ("en", "ja") and shown by name. The vendor form offers the languages
// guides most often speak; a trip that holds another valid code (sent through the API) keeps it in the list.

const ENGLISH_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Two-letter codes Intl can name: the schema accepts these and nothing else. */
export const isLanguageCode = (code: string) => /^[a-z]{2}$/.test(code) && ENGLISH_NAMES.of(code) !== undefined;

/**
 * The languages the form lists, by code; names come from Intl so no table of names has to be kept up to date. Kept
 * as a block rather than one code a line.
 */
// prettier-ignore
export const COMMON_LANGUAGE_CODES = [
  "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "ga", "he", "hi", "hr", "hu",
  "id", "is", "it", "ja", "ko", "lt", "lv", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "sw",
  "th", "tr", "uk", "ur", "vi", "zh",
] as const;

export interface LanguageChoice {
  code: string;
  /** in English, like the rest of the interface */
  name: string;
  /** what speakers call it ("Español"), when it differs from the English name */
  native?: string;
}

/** "English" for "en"; an unknown code is shown as it is. */
export const languageName = (code: string) => ENGLISH_NAMES.of(code) ?? code;

/** The name in the language itself, capitalised as a list entry ("español" → "Español"). */
function nativeName(code: string) {
  try {
    const name = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
    return name && name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return undefined;
  }
}

export function languageChoice(code: string): LanguageChoice {
  const name = languageName(code);
  const native = nativeName(code);
  return native && native !== name ? { code, name, native } : { code, name };
}

/**
 * The form's list, by English name, with any other valid codes the trip already has. Built on the server and passed
 * to the form, so the page and the browser (whose Intl data may name a language differently) render the same list.
 */
export function languageChoices(current: readonly string[] = []): LanguageChoice[] {
  const codes = new Set<string>(COMMON_LANGUAGE_CODES);
  for (const code of current) if (isLanguageCode(code)) codes.add(code);
  return [...codes].map(languageChoice).sort((a, b) => a.name.localeCompare(b.name, "en"));
}
