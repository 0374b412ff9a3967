// GET /api/v1/admin/bookings — every booking, searchable (id, traveller email, trip title) and filtered (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { listAdminBookings, toAdminBookingDto } from "@/lib/admin/list-bookings";
import { AdminBookingsQuery } from "@/lib/admin/schemas";

export const GET = withAuth({ permission: "bookings:read_any" }, async ({ req, actor }) => {
  const query = readQuery(req, AdminBookingsQuery);
  const { total, rows } = await listAdminBookings(actor, query);
  return Response.json(pageResponse(rows.map(toAdminBookingDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
