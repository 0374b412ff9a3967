import { Download } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/bookings/print-button";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/current-actor";
import { getBookingReceipt, travellerLine } from "@/lib/bookings/booking-receipt";
import { orNotFound } from "@/lib/forms/or-not-found";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Receipt" };
export const dynamic = "force-dynamic";

// Printing shows only the receipt: the site's header, footer and this page's buttons stay on screen. Inline, so the
// rule exists on this page alone (the CSP allows inline styles).
const PRINT_CSS = `@media print {
  @page { margin: 16mm; }
  body * { visibility: hidden; }
  [data-printable], [data-printable] * { visibility: visible; }
  [data-printable] { position: absolute; top: 0; left: 0; width: 100%; border: 0; box-shadow: none; padding: 0; }
}`;

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/bookings/${id}/receipt`);
  const r = await orNotFound(getBookingReceipt(actor, id));
  const details: [string, string][] = [
    ["Trip", r.trip.title],
    ["Destination", `${r.trip.city}, ${r.trip.country}`],
    ["Departure", `${r.departure.label} (${r.departure.timeZone})`],
    ["Duration", plural(r.trip.durationDays, "day")],
    ["Seats", `${plural(r.seats, "seat")} at ${r.lines.unitPrice}`],
    ["Traveller", travellerLine(r.traveller)],
    ["Operator", r.vendorName],
    ["Payment", r.payment.paidAt ? `${r.payment.label}, ${r.payment.paidAt}` : r.payment.label],
  ];
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 py-10">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href={`/bookings/${r.bookingId}`} className="text-sm text-primary hover:underline">
          ← Back to the booking
        </Link>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <a href={`/api/v1/bookings/${r.bookingId}/receipt.pdf`} download>
              <Download aria-hidden /> Download receipt (PDF)
            </a>
          </Button>
          <PrintButton label="Print receipt" />
        </div>
      </div>

      <article
        data-printable
        aria-labelledby="receipt-title"
        className="grid gap-6 rounded-xl border bg-card p-6 sm:p-8"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-lg font-bold text-primary">Travellr</p>
            <h1 id="receipt-title" className="text-2xl font-semibold tracking-tight">
              Receipt <span className="font-mono">{r.code}</span>
            </h1>
            <p className="text-sm text-muted-foreground">Booked on {r.bookedAt}</p>
          </div>
          <p className="font-medium">{r.statusLabel}</p>
        </div>

        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>

        <table className="w-full text-sm">
          <caption className="sr-only">Amounts of booking {r.code}</caption>
          <tbody>
            <tr className="border-t">
              <th scope="row" className="py-2 text-left font-normal">
                {r.seats} × {r.lines.unitPrice}
              </th>
              <td className="py-2 text-right tabular-nums">{r.lines.total}</td>
            </tr>
            <tr>
              <th scope="row" className="py-2 text-left font-normal">
                Paid
              </th>
              <td className="py-2 text-right tabular-nums">{r.lines.paid}</td>
            </tr>
            <tr>
              <th scope="row" className="py-2 text-left font-normal">
                Refunded
              </th>
              <td className="py-2 text-right tabular-nums">
                {r.amounts.refunded ? `−${r.lines.refunded}` : r.lines.refunded}
              </td>
            </tr>
            <tr className="border-t">
              <th scope="row" className="py-2 text-left font-semibold">
                Net paid
              </th>
              <td className="py-2 text-right font-semibold tabular-nums">{r.lines.net}</td>
            </tr>
          </tbody>
        </table>
        <p className="text-xs text-muted-foreground">
          Amounts in {r.currency.toUpperCase()}. Booking id {r.bookingId}. Quote {r.code} when you contact the operator
          or Travellr.
        </p>
      </article>
    </div>
  );
}
