import { expect, test } from "vitest";
import { COMMON_LANGUAGE_CODES, isLanguageCode, languageChoice, languageChoices, languageName } from "./languages";
import { CreateTripInput } from "./schemas";

test("the common languages are about forty valid, distinct ISO 639-1 codes", () => {
  expect(COMMON_LANGUAGE_CODES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(COMMON_LANGUAGE_CODES).size).toBe(COMMON_LANGUAGE_CODES.length);
  expect(COMMON_LANGUAGE_CODES.filter((code) => !isLanguageCode(code))).toEqual([]);
});

test.each([
  ["en", { code: "en", name: "English" }],
  ["es", { code: "es", name: "Spanish", native: "Español" }],
  ["fr", { code: "fr", name: "French", native: "Français" }],
  ["de", { code: "de", name: "German", native: "Deutsch" }],
  ["it", { code: "it", name: "Italian", native: "Italiano" }],
  ["pt", { code: "pt", name: "Portuguese", native: "Português" }],
  ["ja", { code: "ja", name: "Japanese", native: "日本語" }],
])("%s is shown in English, with its own name where that differs", (code, choice) => {
  expect(languageChoice(code)).toEqual(choice);
});

test("the list is in English alphabetical order and keeps a trip's other valid languages", () => {
  const names = languageChoices().map((c) => c.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  const withBasque = languageChoices(["eu", "en", "xx", "EN"]);
  // Basque is added once, in its place by name; English is not repeated and "xx" is no language
  expect(withBasque).toHaveLength(COMMON_LANGUAGE_CODES.length + 1);
  expect(withBasque.map((c) => c.name)).toEqual([...withBasque.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
  expect(withBasque.find((c) => c.code === "eu")).toEqual({ code: "eu", name: "Basque", native: "Euskara" });
});

test("every code the picker offers is one the trip schema accepts; names fall back to the code", () => {
  const languages = languageChoices().map((c) => c.code);
  const parsed = CreateTripInput.safeParse({
    title: "Polyglot tour",
    description: "A trip with a guide for every language on the list.",
    city: "Geneva",
    country: "Switzerland",
    pricePerSeat: 10_000,
    durationDays: 1,
    languages: languages.slice(0, 10),
  });
  expect(parsed.success).toBe(true);
  expect(languageName("ja")).toBe("Japanese");
  expect(languageName("xx")).toBe("xx");
});
