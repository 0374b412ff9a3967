import { CircleAlert } from "@/components/ui/icons";
import Link from "next/link";
import { summarize } from "@/lib/text/summarize";
import type { InvalidFilter } from "@/lib/trips/search-params";

/** `search-problem-<param>`: the id a form field points at with aria-describedby when its value was refused. */
export const problemId = (param: string) => `search-problem-${param}`;

/**
 * Filter values the search could not use ("Min price: “abc” is not an amount in dollars…"): named, explained, left
 * out of the results, with a link to the same search without them.
 */
export function InvalidFilters({ invalid, withoutHref }: { invalid: InvalidFilter[]; withoutHref: string }) {
  if (invalid.length === 0) return null;
  const one = invalid.length === 1;
  return (
    <div
      role="alert"
      className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="grid min-w-0 gap-1">
        <p className="font-medium">
          {one ? "One filter could not be used" : "Some filters could not be used"}, so the results leave{" "}
          {one ? "it" : "them"} out:
        </p>
        <ul className="grid gap-0.5">
          {invalid.map((i) => (
            <li key={i.param} id={problemId(i.param)} className="break-words">
              <strong>{i.label}</strong>: “{summarize(i.value, 40)}” {i.message}.
            </li>
          ))}
        </ul>
        <Link href={withoutHref} className="justify-self-start font-medium underline underline-offset-4">
          {one ? "Remove this filter" : "Remove these filters"}
        </Link>
      </div>
    </div>
  );
}
