// GET /api/v1/admin/bookings/export — the filtered bookings as CSV, streamed (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { readQuery } from "@/lib/api/query";
import { exportAdminBookings } from "@/lib/admin/list-bookings";
import { AdminBookingsFilter } from "@/lib/admin/schemas";

export const GET = withAuth({ permission: "bookings:read_any" }, async ({ req, actor }) => {
  const filter = readQuery(req, AdminBookingsFilter);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportAdminBookings(actor, filter), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="travellr-bookings-${stamp}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
