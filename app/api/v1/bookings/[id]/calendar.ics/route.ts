// GET /api/v1/bookings/:id/calendar.ics — the booking as a calendar event in the departure's time zone
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { downloadResponse, getBookingCalendar } from "@/lib/bookings/booking-downloads";

export const GET = withAuth<{ id: string }>({ permission: "bookings:read_own" }, async ({ actor, params }) => {
  return downloadResponse(await getBookingCalendar(actor, params.id));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
