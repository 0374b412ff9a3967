"use client";

import { Search, X } from "lucide-react";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { Input } from "@/components/ui/input";
import type { LanguageChoice } from "@/lib/trips/languages";

const MAX = 10;
const codesOf = (text: string | undefined) =>
  [...new Set((text ?? "").split(/[,\s]+/).map((s) => s.trim().toLowerCase()))].filter(Boolean);

const matches = (choice: LanguageChoice, query: string) =>
  [choice.name, choice.native ?? "", choice.code].some((s) => s.toLocaleLowerCase().includes(query));

/**
 * The guide languages as checkboxes by name, filtered by a search box, with the chosen ones as removable chips above.
 * The form sends one hidden field of comma-separated ISO 639-1 codes ("en, ja"), what the action has always read.
 * `choices` come from the page (lib/trips/languages.ts) so the server and the browser draw the same names.
 */
export function LanguagePicker({
  name,
  label,
  choices,
  defaultValue,
  hint,
  errors,
}: {
  name: string;
  label: string;
  choices: LanguageChoice[];
  defaultValue?: string;
  hint?: string;
  errors?: string[];
}) {
  const [selected, setSelected] = useState(() => codesOf(defaultValue));
  const [query, setQuery] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  // after a chip is removed its button is gone: focus moves to the chip now in its place, else to the search box
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    const buttons = chips.current?.querySelectorAll("button");
    (buttons?.[Math.min(refocus.current, buttons.length - 1)] ?? search.current)?.focus();
    refocus.current = null;
  }, [selected]);

  useEffect(() => {
    const form = search.current?.form;
    if (!form) return;
    // React resets a form after its action succeeds, which unticks boxes drawn from state: draw them again
    const redraw = () => setSelected(codesOf(defaultValue));
    form.addEventListener("reset", redraw);
    return () => form.removeEventListener("reset", redraw);
  }, [defaultValue]);

  const controlId = `field-${name}`;
  const listId = `${useId()}-languages`;
  const error = errors?.[0];
  const byCode = new Map(choices.map((c) => [c.code, c]));
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? choices.filter((c) => matches(c, q)) : choices;
  const full = selected.length >= MAX;

  const toggle = (code: string, on: boolean) =>
    setSelected((codes) => (on ? [...codes.filter((c) => c !== code), code] : codes.filter((c) => c !== code)));
  const remove = (index: number) => {
    refocus.current = index;
    setSelected((codes) => codes.filter((_, i) => i !== index));
  };
  // Enter in the search box must not submit the trip form; with one match left it picks that language (never unpicks)
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const only = shown.length === 1 ? shown[0].code : undefined;
    if (!only || (full && !selected.includes(only))) return;
    if (!selected.includes(only)) toggle(only, true);
    setQuery("");
  };

  return (
    <fieldset className="grid min-w-0 gap-2" aria-describedby={fieldMessageIds(controlId, { hint, error }).describedBy}>
      <legend className="mb-2 text-sm leading-none font-medium">{label}</legend>
      <input type="hidden" name={name} value={selected.join(", ")} />
      {selected.length > 0 ? (
        <ul ref={chips} className="flex flex-wrap gap-2" aria-label={`Chosen: ${selected.length} of at most ${MAX}`}>
          {selected.map((code, i) => (
            <li key={code}>
              <button
                type="button"
                onClick={() => remove(i)}
                className="inline-flex items-center gap-1.5 rounded-full border bg-card px-3 py-1 text-sm transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
              >
                <span className="sr-only">{"Remove "}</span>
                <span className="font-medium">{byCode.get(code)?.name ?? code}</span>
                <X className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No language chosen yet.</p>
      )}
      <div className="relative">
        <Search className="absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input
          ref={search}
          type="search"
          aria-label="Find a language"
          placeholder="Find a language, e.g. Japanese or Español"
          aria-controls={listId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
          className="pl-8"
        />
      </div>
      <div id={listId} className="grid max-h-56 gap-0.5 overflow-y-auto rounded-md border p-1 sm:grid-cols-2">
        {shown.map((choice) => {
          const checked = selected.includes(choice.code);
          return (
            <label
              key={choice.code}
              className="flex cursor-pointer items-baseline gap-2 rounded px-2 py-1.5 text-sm hover:bg-accent has-disabled:cursor-not-allowed has-disabled:opacity-60"
            >
              <input
                type="checkbox"
                className="size-4 shrink-0 translate-y-0.5 accent-primary"
                checked={checked}
                disabled={full && !checked}
                aria-invalid={error ? true : undefined}
                onChange={(event) => toggle(choice.code, event.target.checked)}
              />
              <span>{choice.name}</span>
              {choice.native ? (
                <span lang={choice.code} dir="auto" className="text-muted-foreground">
                  {choice.native}
                </span>
              ) : null}
            </label>
          );
        })}
        {shown.length === 0 ? (
          <p className="px-2 py-1.5 text-sm text-muted-foreground">No language matches “{query.trim()}”.</p>
        ) : null}
      </div>
      {/* the list changes as the vendor types; screen readers hear how many are left */}
      <p role="status" className="sr-only">
        {q ? `${shown.length} ${shown.length === 1 ? "language matches" : "languages match"}` : ""}
      </p>
      <FieldMessages
        controlId={controlId}
        hint={full ? `That is the most a trip can list (${MAX}); remove one to choose another.` : hint}
        errors={errors}
      />
    </fieldset>
  );
}
