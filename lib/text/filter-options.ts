// What a combobox lists for the words typed into it (components/ui/combobox.tsx). Pure, so the rules are unit-tested:
// case and accents never matter ("chalten" finds "El Chaltén"), the words may sit anywhere in the label, and
// underscores count as spaces so "new york" finds the IANA name "America/New_York".

export interface SearchOption {
  /** what the input holds and the form submits once the option is picked */
  value: string;
  /** what the list shows and the typed words are matched against */
  label: string;
  /** shown under the label, muted ("Portugal · 3 trips") */
  detail?: string;
  /** matched too but ranked after the label ("Portugal" finds Lisbon and Porto) */
  keywords?: string[];
}

/** "  El  CHALTÉN_x " → "el chalten x": the form two texts are compared in. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

// a word starts after a space or one of the separators of place and zone names ("Europe/Lisbon", "Cape Town (ZA)")
const WORD_START = /[\s/,()·-]/;

/** 0 label starts with it, 1 a word of the label does, 2 it is inside the label, 3 inside a keyword; null: no match */
function rank(option: SearchOption, query: string): number | null {
  const label = normalizeForSearch(option.label);
  const at = label.indexOf(query);
  if (at === 0) return 0;
  if (at > 0) {
    for (let i = at; i >= 0; i = label.indexOf(query, i + 1)) if (WORD_START.test(label[i - 1])) return 1;
    return 2;
  }
  return option.keywords?.some((k) => normalizeForSearch(k).includes(query)) ? 3 : null;
}

/**
 * The options whose label (or a keyword) contains the typed text, best first: the label starting with it, then a word
 * of it starting with it, then anywhere. Ties keep the given order. Blank text lists every option.
 */
export function filterOptions<T extends SearchOption>(options: readonly T[], typed: string): T[] {
  const query = normalizeForSearch(typed);
  if (!query) return [...options];
  return options
    .flatMap((option, index) => {
      const r = rank(option, query);
      return r === null ? [] : [{ option, r, index }];
    })
    .sort((a, b) => a.r - b.r || a.index - b.index)
    .map((m) => m.option);
}
