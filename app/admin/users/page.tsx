import type { Metadata } from "next";
import Link from "next/link";
import { StatCard } from "@/components/site/stat-card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { listUsers } from "@/lib/admin/list-users";
import { ListUsersQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDate } from "@/lib/format";
import { parseSearchParams } from "@/lib/forms/search-params";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/admin/users", "users:list");
  const { query } = parseSearchParams(await searchParams, ListUsersQuery);
  const { data, total, page, limit, counts } = await listUsers(actor, query);
  const pages = Math.max(1, Math.ceil(total / limit));
  const href = (p: number) =>
    `/admin/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), ...(query.active !== undefined ? { active: String(query.active) } : {}), page: String(p) })}`;
  return (
    <div className="grid gap-8 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="text-muted-foreground">People on the marketplace.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label="Travellers" value={String(counts.traveller ?? 0)} />
        <StatCard label="Vendors" value={String(counts.vendor ?? 0)} />
        <StatCard label="Admins" value={String(counts.admin ?? 0)} />
      </div>
      <section aria-labelledby="users" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="users" className="text-lg font-semibold">
            Directory
          </h2>
          <form role="search" className="flex flex-wrap gap-2">
            <label htmlFor="user-search" className="sr-only">
              Search users
            </label>
            <Input id="user-search" name="q" defaultValue={query.q} placeholder="Name or email" className="w-64" />
            <label htmlFor="user-role" className="sr-only">
              Role
            </label>
            <select
              id="user-role"
              name="role"
              defaultValue={query.role ?? ""}
              className="h-9 rounded-md border border-input bg-background px-2 text-sm"
            >
              <option value="">All roles</option>
              <option value="traveller">Travellers</option>
              <option value="vendor">Vendors</option>
              <option value="admin">Admins</option>
            </select>
            <label htmlFor="user-active" className="sr-only">
              Status
            </label>
            <select
              id="user-active"
              name="active"
              defaultValue={query.active === undefined ? "" : String(query.active)}
              className="h-9 rounded-md border border-input bg-background px-2 text-sm"
            >
              <option value="">Any status</option>
              <option value="true">Active</option>
              <option value="false">Deactivated</option>
            </select>
            <Button type="submit" variant="outline">
              Filter
            </Button>
          </form>
        </div>
        <div className="relative overflow-x-auto rounded-xl border bg-card">
          <table className="w-full text-sm">
            <caption className="sr-only">Users, newest first</caption>
            <thead className="border-b bg-muted/50 text-left text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Name
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Email
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Role
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Joined
                </th>
              </tr>
            </thead>
            <tbody>
              {data.length === 0 ? (
                <tr>
                  <td colSpan={5} className="px-4 py-10 text-center text-muted-foreground">
                    No users match.
                  </td>
                </tr>
              ) : (
                data.map((u) => (
                  <tr key={u.id} className="border-b last:border-0">
                    <td className="px-4 py-3 font-medium">
                      <Link href={`/admin/users/${u.id}`} className="hover:underline">
                        {u.name}
                      </Link>
                    </td>
                    <td className="px-4 py-3">{u.email}</td>
                    <td className="px-4 py-3 capitalize">{u.role}</td>
                    <td className="px-4 py-3">
                      {u.active ? (
                        <Badge variant="success">Active</Badge>
                      ) : (
                        <Badge variant="outline">Deactivated</Badge>
                      )}
                    </td>
                    <td className="px-4 py-3 tabular-nums">{formatDate(u.createdAt)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-muted-foreground">
          <span>
            {total} users · page {page} of {pages}
          </span>
          <span className="flex gap-2">
            {page > 1 ? (
              <Button asChild variant="outline" size="sm">
                <Link href={href(page - 1)}>Previous</Link>
              </Button>
            ) : null}
            {page < pages ? (
              <Button asChild variant="outline" size="sm">
                <Link href={href(page + 1)}>Next</Link>
              </Button>
            ) : null}
          </span>
        </nav>
      </section>
    </div>
  );
}
