import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * Previous / "Page 2 of 6" / Next. A page past the last (an old link, a hand-edited URL) says so and links to the
 * last page instead of showing "Page 99 of 6".
 */
export function PaginationNav({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (page > pages) {
    return (
      <nav
        aria-label="Pagination"
        className="grid justify-items-center gap-3 rounded-xl border border-dashed p-8 text-center"
      >
        <p className="text-sm text-muted-foreground">
          There is no page {page}: the list ends on page {pages}.
        </p>
        <Button asChild variant="outline" size="sm">
          <Link href={href(pages)}>Go to page {pages}</Link>
        </Button>
      </nav>
    );
  }
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-center gap-2">
      {page > 1 ? (
        <Button asChild variant="outline" size="sm">
          <Link href={href(page - 1)}>Previous</Link>
        </Button>
      ) : null}
      <span className="text-sm text-muted-foreground">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Button asChild variant="outline" size="sm">
          <Link href={href(page + 1)}>Next</Link>
        </Button>
      ) : null}
    </nav>
  );
}
