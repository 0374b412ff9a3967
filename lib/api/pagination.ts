import { z } from "zod";

/** `?page=1&limit=20` (limit ≤ 100); lists answer `{data, page, limit, total}`. */
export const PageQuery = z.object({
  page: z.coerce.number({ error: "page must be a number" }).int().min(1, "page starts at 1").max(100_000).default(1),
  limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100, "limit is at most 100").default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const toSkipTake = (q: PageQuery) => ({ skip: (q.page - 1) * q.limit, take: q.limit });

export function pageResponse<T>(data: T[], q: PageQuery, total: number) {
  return { data, page: q.page, limit: q.limit, total };
}
