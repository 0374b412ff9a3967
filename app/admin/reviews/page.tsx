import type { Metadata } from "next";
import {
  AdminFilterForm,
  describeIssues,
  type FilterForm,
  InvalidFiltersAlert,
} from "@/components/admin/admin-filter-form";
import { Pager, pageHref } from "@/components/admin/data-table";
import { AdminReviewCard } from "@/components/reviews/admin-review-card";
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
const FILTER_FORM: FilterForm = {
  label: "Filter reviews",
  columns: 4,
  submit: "Search",
  clearHref: "/admin/reviews",
  fields: [
    {
      kind: "input",
      name: "q",
      id: "reviews-q",
      label: "Search",
      placeholder: "Trip title, reviewer name or email, review text",
      className: "sm:col-span-2",
    },
    {
      kind: "select",
      name: "visibility",
      id: "reviews-visibility",
      label: "Visibility",
      options: [
        { value: "all", label: "All reviews" },
        { value: "visible", label: "Visible" },
        { value: "hidden", label: "Hidden" },
      ],
    },
    {
      kind: "select",
      name: "rating",
      id: "reviews-rating",
      label: "Rating",
      options: [
        { value: "", label: "Any rating" },
        ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: plural(n, "star") })),
      ],
    },
  ],
};

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
      <AdminFilterForm form={FILTER_FORM} values={params} filtered={filtered} />
      {error ? (
        <InvalidFiltersAlert>
          Some filters are not valid ({describeIssues(error)}), so all reviews are shown.
        </InvalidFiltersAlert>
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
