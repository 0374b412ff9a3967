// GET /api/v1/departures/:id/passengers.csv — a departure's passenger list as CSV (the trip's vendor, admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { listDeparturePassengers } from "@/lib/vendors/list-departure-passengers";
import { passengersCsv } from "@/lib/vendors/passengers-csv";

export const GET = withAuth<{ id: string }>({ permission: "bookings:read_vendor" }, async ({ actor, params }) => {
  const { departure, passengers } = await listDeparturePassengers(actor, params.id);
  // the day it starts where it starts: what the vendor calls the departure
  const day = departure.startsAt.toLocaleDateString("en-CA", { timeZone: departure.timeZone });
  return new Response(passengersCsv(passengers), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="passengers-${day}-${departure.id}.csv"`,
      // travellers' contact details: never kept by a shared cache
      "cache-control": "private, no-store",
    },
  });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
