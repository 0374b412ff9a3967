import { CalendarPlus, Download, Printer } from "@/components/ui/icons";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * The booking's files: the calendar event (while the trip is ahead), the PDF receipt and the printable receipt. The
 * downloads are plain links to the API, which the session cookie authenticates.
 */
export function BookingDocuments({ bookingId, calendar }: { bookingId: string; calendar: boolean }) {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Calendar and receipt">
      {calendar ? (
        <Button asChild variant="outline" size="sm">
          <a href={`/api/v1/bookings/${bookingId}/calendar.ics`} download>
            <CalendarPlus aria-hidden /> Add to calendar
          </a>
        </Button>
      ) : null}
      <Button asChild variant="outline" size="sm">
        <a href={`/api/v1/bookings/${bookingId}/receipt.pdf`} download>
          <Download aria-hidden /> Download receipt (PDF)
        </a>
      </Button>
      <Button asChild variant="outline" size="sm">
        <Link href={`/bookings/${bookingId}/receipt`}>
          <Printer aria-hidden /> Print receipt
        </Link>
      </Button>
    </div>
  );
}
