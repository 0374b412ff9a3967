import { CalendarDays, MapPin, Receipt, Users } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminRefundForm } from "@/components/bookings/admin-refund-form";
import { BookingDocuments } from "@/components/bookings/booking-documents";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { CancelBookingDialog } from "@/components/bookings/cancel-booking-dialog";
import { CompleteBookingButton } from "@/components/vendor/complete-booking-button";
import { HoldCountdown } from "@/components/checkout/hold-countdown";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current-actor";
import { getBooking } from "@/lib/bookings/get-booking";
import { POLICY_TEXT } from "@/lib/trips/policy-text";
import { formatDateTime, formatMoney } from "@/lib/format";
import { refundableAmount } from "@/lib/payments/refundable";
import { completeBookingAction } from "@/app/vendor/actions";
import { orNotFound } from "@/lib/forms/or-not-found";
import { plural } from "@/lib/text/plural";
import { cancelBookingAction, previewCancellationAction, refundPaymentAction } from "./actions";
import { saveReviewAction } from "./review-actions";
import { BookingReview } from "@/components/reviews/booking-review";

export const metadata: Metadata = { title: "Booking" };
export const dynamic = "force-dynamic";

const PAYMENT_LABEL = {
  pending: "Awaiting payment",
  succeeded: "Paid",
  failed: "Declined",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
} as const;

export default async function BookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/bookings/${id}`);
  const { booking, relation } = await orNotFound(getBooking(actor, id));
  const paid = booking.payments.find(
    (p) => p.status === "succeeded" || p.status === "refunded" || p.status === "partially_refunded",
  );
  const latest = booking.payments[0];
  const money = (n: number) => formatMoney(n, booking.currency);

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 py-10">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">
            Booking code <span className="font-mono font-medium tracking-wide text-foreground">{booking.code}</span>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{booking.trip.title}</h1>
        </div>
        <BookingStatusBadge status={booking.status} />
      </div>

      {booking.status === "pending" && relation === "owner" ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-warning bg-warning/10 p-4 text-sm">
          <span>
            Your seats are held until {formatDateTime(booking.holdExpiresAt, booking.departure.timeZone)}. Pay to
            confirm them.
          </span>
          <span className="flex flex-wrap items-center gap-3">
            <HoldCountdown expiresAt={booking.holdExpiresAt.toISOString()} />
            <Button asChild size="sm">
              <Link href={`/checkout/${booking.id}`}>Complete payment</Link>
            </Button>
          </span>
        </div>
      ) : null}

      <Card>
        <CardContent className="grid gap-3 text-sm sm:grid-cols-3">
          <p className="flex items-center gap-2">
            <MapPin className="size-4 text-muted-foreground" aria-hidden /> {booking.trip.city}, {booking.trip.country}
          </p>
          <p className="flex items-center gap-2">
            <CalendarDays className="size-4 text-muted-foreground" aria-hidden />{" "}
            {formatDateTime(booking.departure.startsAt, booking.departure.timeZone)}
          </p>
          <p className="flex items-center gap-2">
            <Users className="size-4 text-muted-foreground" aria-hidden /> {plural(booking.seats, "seat")}
          </p>
          <p className="text-muted-foreground sm:col-span-3">
            Cancellation: {POLICY_TEXT[booking.trip.cancellationPolicy].text}
          </p>
          <div className="sm:col-span-3">
            <BookingDocuments
              bookingId={booking.id}
              calendar={booking.status === "pending" || booking.status === "confirmed"}
            />
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Receipt className="size-5" aria-hidden /> Receipt
          </CardTitle>
        </CardHeader>
        <CardContent>
          <table className="w-full text-sm">
            <caption className="sr-only">Charges and refunds of this booking</caption>
            <tbody>
              <tr className="border-b">
                <th scope="row" className="py-2 text-left font-normal">
                  {booking.seats} × {money(booking.unitPrice)} — {booking.trip.title}
                </th>
                <td className="py-2 text-right tabular-nums">{money(booking.totalAmount)}</td>
              </tr>
              {booking.refunds.map((r) => (
                <tr key={r.id} className="border-b">
                  <th scope="row" className="py-2 text-left font-normal">
                    Refund{r.reason ? ` — ${r.reason.replace(/_/g, " ")}` : ""}{" "}
                    {r.status === "succeeded" ? (
                      ""
                    ) : (
                      <Badge variant={r.status === "failed" ? "destructive" : "warning"}>{r.status}</Badge>
                    )}
                  </th>
                  <td className="py-2 text-right tabular-nums">−{money(r.amount)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="py-2 text-left font-semibold">
                  Paid
                </th>
                <td className="py-2 text-right font-semibold tabular-nums">
                  {paid ? money(paid.amount - paid.refundedAmount) : money(0)}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="mt-3 text-sm text-muted-foreground">
            Payment: {latest ? PAYMENT_LABEL[latest.status] : "not started"}
            {paid?.succeededAt ? ` on ${formatDateTime(paid.succeededAt, "UTC")}` : ""}
            {latest?.status === "failed" && latest.failureMessage ? ` — ${latest.failureMessage}` : ""}
          </p>
        </CardContent>
      </Card>
      {booking.status === "completed" && relation === "owner" ? (
        <BookingReview bookingId={booking.id} save={saveReviewAction.bind(null, booking.id, booking.tripId)} />
      ) : null}
      {booking.status === "pending" || booking.status === "confirmed" ? (
        <Card>
          <CardHeader>
            <CardTitle>Cancellation</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            <p className="text-muted-foreground">
              {relation === "owner"
                ? "You can cancel this booking; you see the exact refund before you confirm."
                : "Cancelled by the operator or an admin, the traveller is refunded in full."}
            </p>
            <div>
              <CancelBookingDialog
                paid={Boolean(paid)}
                preview={previewCancellationAction.bind(null, booking.id)}
                cancel={cancelBookingAction.bind(null, booking.id)}
              />
            </div>
          </CardContent>
        </Card>
      ) : null}

      {booking.status === "confirmed" &&
      (relation === "admin" || (relation === "vendor" && booking.departure.startsAt <= new Date())) ? (
        <Card>
          <CardHeader>
            <CardTitle>Completion</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            <p className="text-muted-foreground">
              Completing the booking makes the vendor&apos;s share available for the next payout. Bookings complete on
              their own an hour after the trip ends.
            </p>
            <CompleteBookingButton action={completeBookingAction.bind(null, booking.id)} label={booking.trip.title} />
          </CardContent>
        </Card>
      ) : null}

      {relation === "admin" && paid ? (
        <Card>
          <CardHeader>
            <CardTitle>Refund (admin)</CardTitle>
          </CardHeader>
          <CardContent>
            <AdminRefundForm
              refund={refundPaymentAction.bind(null, paid.id, booking.currency)}
              currency={booking.currency}
              refundable={refundableAmount(paid)}
            />
          </CardContent>
        </Card>
      ) : null}
      <Link
        href={relation === "owner" ? "/bookings" : relation === "vendor" ? "/vendor" : "/admin/bookings"}
        className="text-sm text-primary hover:underline"
      >
        ← {relation === "owner" ? "All my bookings" : relation === "vendor" ? "Vendor dashboard" : "All bookings"}
      </Link>
    </div>
  );
}
