import { z } from "zod";
import { queryNumber } from "./api/fields";

// Paging is shared by the domain schemas, the use cases (skip/take) and the REST lists, so it lives outside lib/api.

/** `?page=1&limit=20` (limit ≤ 100, plain digits only); lists answer `{data, page, limit, total}`. */
export const PageQuery = z.object({
  page: queryNumber(
    z
      .number({ error: "page must be a whole number" })
      .int("page must be a whole number")
      .min(1, "page starts at 1")
      .max(100_000, "page is at most 100000"),
  ).default(1),
  limit: queryNumber(
    z
      .number({ error: "limit must be a whole number" })
      .int("limit must be a whole number")
      .min(1, "limit is at least 1")
      .max(100, "limit is at most 100"),
  ).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const toSkipTake = (q: PageQuery) => ({ skip: (q.page - 1) * q.limit, take: q.limit });

export function pageResponse<T>(data: T[], q: PageQuery, total: number) {
  return { data, page: q.page, limit: q.limit, total };
}
