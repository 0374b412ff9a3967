import type { Metadata } from "next";
import Link from "next/link";
import { Pager, pageHref } from "@/components/admin/data-table";
import { AdminReviewCard } from "@/components/reviews/admin-review-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { requireActor } from "@/lib/auth/current-actor";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { listReviewsForAdmin } from "@/lib/reviews/list-reviews-for-admin";
import { toAdminReviewDto } from "@/lib/reviews/review-dto";
import { AdminReviewsQuery } from "@/lib/reviews/schemas";
import { plural } from "@/lib/text/plural";
import { hideReviewAction, showReviewAction } from "./actions";

export const metadata: Metadata = { title: "Reviews · Admin" };
export const dynamic = "force-dynamic";

const FILTERS = ["q", "visibility", "rating"] as const;
const SELECT = "h-9 rounded-md border border-input bg-background px-2 text-sm";

export default async function AdminReviewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("/admin/reviews", "reviews:moderate");
  const { params, query, error } = parseSearchParams(await searchParams, AdminReviewsQuery);
  const { total, rows } = await listReviewsForAdmin({ actor, query });
  const reviews = rows.map(toAdminReviewDto);
  // "all" is the default: a filter only when it narrows the list
  const filters = pickParams(
    params,
    FILTERS.filter((f) => !(f === "visibility" && params.visibility === "all")),
  );
  const filtered = Object.keys(filters).length > 0;

  return (
    <div className="grid gap-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Reviews</h1>
        <p className="text-muted-foreground">
          Every review, newest first. Hide an abusive one: it leaves the trip&apos;s page and rating, and the audit log
          records who hid it. Show brings it back.
        </p>
      </div>
      <form
        role="search"
        aria-label="Filter reviews"
        className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="grid gap-1 sm:col-span-2">
          <Label htmlFor="reviews-q">Search</Label>
          <Input
            id="reviews-q"
            name="q"
            defaultValue={params.q}
            placeholder="Trip title, reviewer name or email, review text"
          />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="reviews-visibility">Visibility</Label>
          <select
            id="reviews-visibility"
            name="visibility"
            defaultValue={params.visibility ?? "all"}
            className={SELECT}
          >
            <option value="all">All reviews</option>
            <option value="visible">Visible</option>
            <option value="hidden">Hidden</option>
          </select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="reviews-rating">Rating</Label>
          <select id="reviews-rating" name="rating" defaultValue={params.rating ?? ""} className={SELECT}>
            <option value="">Any rating</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {plural(n, "star")}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit">Search</Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href="/admin/reviews">Clear filters</Link>
            </Button>
          ) : null}
        </div>
      </form>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          Some filters are not valid ({error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}), so all
          reviews are shown.
        </p>
      ) : null}
      {reviews.length === 0 ? (
        <div className="grid justify-items-center gap-2 rounded-xl border bg-card px-4 py-10 text-center">
          <p className="font-medium">{filtered ? "No review matches these filters." : "No reviews yet."}</p>
          <p className="text-sm text-muted-foreground">
            {filtered
              ? "Try another search, or clear the filters."
              : "Travellers can review a trip once their booking is completed."}
          </p>
        </div>
      ) : (
        <ul aria-label="Reviews, newest first" className="divide-y rounded-xl border bg-card">
          {reviews.map((r) => (
            <li key={r.id}>
              <AdminReviewCard review={r} moderate={{ hide: hideReviewAction, show: showReviewAction }} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        total={total}
        page={query.page}
        limit={query.limit}
        noun="reviews"
        href={pageHref("/admin/reviews", filters)}
      />
    </div>
  );
}
