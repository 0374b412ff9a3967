import Link from "next/link";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";

export interface Column<T> {
  header: string;
  cell: (row: T) => React.ReactNode;
  align?: "right";
  /** hidden from sight (still read by screen readers), e.g. an actions column */
  srOnly?: boolean;
}

/** A card-framed table that scrolls sideways on a phone instead of widening the page. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
}) {
  return (
    <div className="relative overflow-x-auto rounded-xl border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b bg-muted/50 text-left text-muted-foreground">
          <tr>
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={cn("px-4 py-3 font-medium whitespace-nowrap", c.align === "right" && "text-right")}
              >
                {c.srOnly ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-muted-foreground">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="border-b last:border-0">
                {columns.map((c) => (
                  <td
                    key={c.header}
                    className={cn("px-4 py-3 align-top", c.align === "right" && "text-right tabular-nums")}
                  >
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** "N results · page x of y" with previous/next links that keep the other query parameters. */
export function Pager({
  total,
  page,
  limit,
  href,
  noun,
}: {
  total: number;
  page: number;
  limit: number;
  href: (page: number) => string;
  noun: string;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-muted-foreground">
      <span>
        {total} {noun} · page {Math.min(page, pages)} of {pages}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href(Math.min(page - 1, pages))}>Previous</Link>
          </Button>
        ) : null}
        {page < pages ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href(page + 1)}>Next</Link>
          </Button>
        ) : null}
      </span>
    </nav>
  );
}

/** The current query string with `page` replaced, empty values dropped. */
export function pageHref(path: string, params: Record<string, string | undefined>) {
  return (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, page: String(page) })) if (v) q.set(k, v);
    return `${path}?${q}`;
  };
}
