"use client";

import { Check } from "lucide-react";
import * as React from "react";
import { plural } from "@/lib/text/plural";
import { type SearchOption, filterOptions, normalizeForSearch } from "@/lib/text/filter-options";
import { cx, withClassName } from "@/lib/ui/cn";
import { INPUT_CLASSES } from "./input";

type InputProps = Omit<React.ComponentProps<"input">, "type" | "role" | "list" | "value" | "defaultValue" | "children">;

export interface ComboboxProps extends InputProps {
  id: string;
  name: string;
  /** a function is called once, the first time the list opens (a long list that is costly to build) */
  options: readonly SearchOption[] | (() => readonly SearchOption[]);
  defaultValue?: string;
  /** the list's accessible name; must not contain the field's label, or getByLabel(label) finds two elements */
  listLabel: string;
  /** what the options are, for the announced count: "5 destinations" */
  noun: string;
  nounPlural?: string;
}

/**
 * An editable combobox with list autocomplete (WAI-ARIA 1.2 APG): the input is a plain uncontrolled text field with
 * a name, so the form submits whatever is typed and works without JavaScript; the list only suggests. Focus stays in
 * the input (aria-activedescendant points at the option under the arrow keys), Enter picks that option, Escape closes
 * the list and a second Escape clears the field, Tab leaves keeping the text. Written by hand rather than with cmdk:
 * cmdk is a command palette (its list is always "expanded", it filters fuzzily, and shadcn's combobox is a button
 * opening a popover, which submits nothing without JavaScript and is no text field).
 */
export function Combobox({
  id,
  name,
  options,
  defaultValue,
  listLabel,
  noun,
  nounPlural,
  className,
  ref,
  onBlur,
  onChange,
  onClick,
  onKeyDown,
  ...input
}: ComboboxProps) {
  const inputRef = React.useRef<HTMLInputElement | null>(null);
  const [open, setOpen] = React.useState(false);
  /** the field's text as last seen (the form may also set it, e.g. a default filled in after hydration) */
  const [text, setText] = React.useState(defaultValue ?? "");
  /** what the list is filtered by: the typed text, or nothing when the field holds an option's value untouched */
  const [query, setQuery] = React.useState("");
  const [active, setActive] = React.useState(-1);
  const [built, setBuilt] = React.useState<readonly SearchOption[] | null>(null);
  const matches = React.useMemo(
    () => filterOptions(typeof options === "function" ? (built ?? []) : options, query),
    [options, built, query],
  );
  const listboxId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeId = open && active >= 0 ? optionId(active) : undefined;
  const chosen = normalizeForSearch(text);

  const setRefs = React.useCallback(
    (el: HTMLInputElement | null) => {
      inputRef.current = el;
      if (typeof ref === "function") ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );

  function list(): readonly SearchOption[] {
    if (typeof options !== "function") return options;
    if (built) return built;
    const made = options();
    setBuilt(made);
    return made;
  }

  /** Opens the list. Without new typing, a field holding an option's value lists everything, that option marked. */
  function show(move?: "first" | "last") {
    const typed = inputRef.current?.value ?? "";
    const options = list();
    const picked = options.findIndex((o) => normalizeForSearch(o.value) === normalizeForSearch(typed));
    const shown = picked >= 0 ? options.length : filterOptions(options, typed).length;
    setText(typed);
    setQuery(picked >= 0 ? "" : typed);
    setOpen(true);
    if (move === undefined || shown === 0) setActive(-1);
    else if (picked >= 0) setActive(picked);
    else setActive(move === "first" ? 0 : shown - 1);
  }

  const close = () => (setOpen(false), setActive(-1));

  function pick(option: SearchOption) {
    if (inputRef.current) inputRef.current.value = option.value;
    setText(option.value);
    setQuery(option.value);
    close();
  }

  // Escape belongs to the combobox while it has something to undo. A dialog around it (the phone's filter sheet)
  // listens on the document in the capture phase, before any handler on the input could stop it: so listen earlier.
  React.useEffect(() => {
    function onEscape(event: KeyboardEvent) {
      const el = inputRef.current;
      if (event.key !== "Escape" || !el || event.target !== el) return;
      if (open) close();
      else if (el.value) {
        el.value = "";
        setText("");
        setQuery("");
      } else return; // nothing to undo: the dialog may close
      event.preventDefault();
      event.stopPropagation();
    }
    window.addEventListener("keydown", onEscape, true);
    return () => window.removeEventListener("keydown", onEscape, true);
  }, [open]);

  React.useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function keyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const n = matches.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) show(event.altKey ? undefined : "first");
        else if (n > 0) setActive((a) => (a + 1) % n);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) show(event.altKey ? undefined : "last");
        else if (n > 0) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        break;
      case "Enter":
        // with no option under the arrow keys, Enter submits the form with the typed text, as a text field does
        if (open && active >= 0 && matches[active]) {
          event.preventDefault();
          pick(matches[active]);
        } else close();
        break;
      // Tab needs nothing: leaving the field closes the list (onBlur) and keeps the typed text
    }
  }

  const announcement = !open ? "" : matches.length === 0 ? "No matches" : plural(matches.length, noun, nounPlural);

  return (
    <div className="relative min-w-0">
      <input
        {...input}
        ref={setRefs}
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        defaultValue={defaultValue}
        data-slot="input"
        className={withClassName(INPUT_CLASSES, className)}
        onChange={(event) => {
          onChange?.(event);
          setText(event.target.value);
          setQuery(event.target.value);
          list();
          setOpen(true);
          setActive(-1);
        }}
        onClick={(event) => {
          onClick?.(event);
          if (!open) show();
        }}
        onKeyDown={keyDown}
        onBlur={(event) => {
          onBlur?.(event);
          close();
        }}
      />
      <div
        hidden={!open}
        // a press inside the list must not blur the input (which would close the list before the click lands)
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-50 mt-1 max-w-[calc(100vw-1rem)] overflow-hidden rounded-md border bg-popover text-popover-foreground shadow-md"
      >
        {/* the listbox itself scrolls: checkers (axe) know a combobox's popup needs no focusable content */}
        <ul
          id={listboxId}
          role="listbox"
          aria-label={listLabel}
          hidden={matches.length === 0}
          className="max-h-64 overflow-y-auto overscroll-contain p-1"
        >
          {open
            ? matches.map((option, i) => (
                <li
                  key={`${option.value}-${i}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  // the name reads "Lisbon, Portugal · 3 trips": named from the flex children, Chromium would put a
                  // space before the comma (or run "LisbonPortugal" together without one)
                  aria-label={option.detail ? `${option.label}, ${option.detail}` : undefined}
                  onClick={() => pick(option)}
                  className="group flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm hover:bg-muted aria-selected:bg-accent aria-selected:text-accent-foreground"
                >
                  <Check
                    aria-hidden
                    className={cx(
                      "size-4 shrink-0",
                      normalizeForSearch(option.value) === chosen ? "opacity-100" : "opacity-0",
                    )}
                  />
                  <span className="flex min-w-0 flex-1 flex-wrap items-baseline justify-between gap-x-3">
                    <span className="min-w-0 break-words">{option.label}</span>
                    {option.detail ? (
                      <span className="text-xs text-muted-foreground group-aria-selected:text-accent-foreground">
                        {option.detail}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))
            : null}
        </ul>
        {open && matches.length === 0 ? <p className="px-3 py-2 text-sm text-muted-foreground">No matches</p> : null}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
