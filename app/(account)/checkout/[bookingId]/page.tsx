import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { redirect } from "next/navigation";
import { HoldCountdown } from "@/components/checkout/hold-countdown";
import { LocalCardForm } from "@/components/checkout/local-card-form";
import { StripePaymentForm } from "@/components/checkout/stripe-payment-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current-actor";
import { loadCheckout } from "@/lib/bookings/load-checkout";
import { env } from "@/lib/env";
import { orNotFound } from "@/lib/forms/or-not-found";
import { HOLD_MINUTES } from "@/lib/bookings/schemas";
import { checkoutConfig } from "@/lib/payments/stripe";
import { formatDateTime, formatMoney } from "@/lib/format";
import { servedAsIs } from "@/lib/trips/image-src";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

export default async function CheckoutPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requireActor(`/checkout/${bookingId}`);
  const data = await orNotFound(loadCheckout(actor, bookingId));
  const { booking, payment } = data;
  if (booking.status === "confirmed" || booking.status === "completed") redirect(`/bookings/${booking.id}`);
  const config = checkoutConfig();
  const completeUrl = `/checkout/${booking.id}/complete`;
  const holdOver = booking.status !== "pending" || booking.holdExpiresAt <= new Date();

  return (
    <div className="mx-auto grid w-full max-w-4xl gap-8 py-10 md:grid-cols-[1fr_22rem]">
      <div className="grid content-start gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
          <p className="text-muted-foreground">Pay to confirm your booking.</p>
        </div>
        {holdOver ? (
          <Card>
            <CardContent className="grid gap-3">
              <p className="font-medium" role="alert">
                {booking.status === "expired" || booking.status === "pending"
                  ? `Your ${HOLD_MINUTES}-minute hold on these seats has ended.`
                  : `This booking is ${booking.status}.`}
              </p>
              <p className="text-sm text-muted-foreground">
                If seats are still free you can book again from the trip page.
              </p>
              <Button asChild variant="outline" className="w-fit">
                <Link href={`/trips/${booking.trip.id}`}>Back to the trip</Link>
              </Button>
            </CardContent>
          </Card>
        ) : (
          <Card>
            <CardHeader>
              <CardTitle>Card details</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4">
              <HoldCountdown expiresAt={booking.holdExpiresAt.toISOString()} />
              {payment?.failureMessage ? (
                <p className="text-sm text-destructive">Last attempt: {payment.failureMessage}</p>
              ) : null}
              {payment?.clientSecret && payment.stripePaymentIntentId ? (
                config.mode === "local" ? (
                  <LocalCardForm
                    apiBase={config.apiBase}
                    publishableKey={config.publishableKey}
                    paymentIntentId={payment.stripePaymentIntentId}
                    clientSecret={payment.clientSecret}
                    completeUrl={completeUrl}
                  />
                ) : (
                  <StripePaymentForm
                    publishableKey={config.publishableKey}
                    clientSecret={payment.clientSecret}
                    returnUrl={`${env().APP_URL}${completeUrl}`}
                  />
                )
              ) : (
                <p className="text-sm text-muted-foreground">Preparing the payment…</p>
              )}
            </CardContent>
          </Card>
        )}
      </div>
      <aside aria-label="Order summary" className="grid content-start gap-4 rounded-xl border bg-card p-5 shadow-sm">
        {booking.trip.images[0] ? (
          <div className="relative aspect-[16/9] overflow-hidden rounded-lg bg-muted">
            <Image
              src={booking.trip.images[0]}
              alt=""
              fill
              unoptimized={servedAsIs(booking.trip.images[0])}
              className="object-cover"
              sizes="22rem"
            />
          </div>
        ) : null}
        <div>
          <p className="font-semibold">{booking.trip.title}</p>
          <p className="text-sm text-muted-foreground">
            {booking.trip.city}, {booking.trip.country}
          </p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">Booking code</dt>
          <dd className="text-right font-mono">{booking.code}</dd>
          <dt className="text-muted-foreground">Departure</dt>
          <dd className="text-right">{formatDateTime(booking.departure.startsAt, booking.departure.timeZone)}</dd>
          <dt className="text-muted-foreground">Seats</dt>
          <dd className="text-right tabular-nums">
            {booking.seats} × {formatMoney(booking.unitPrice, booking.currency)}
          </dd>
          <dt className="border-t pt-2 font-medium">Total</dt>
          <dd className="border-t pt-2 text-right font-semibold tabular-nums">
            {formatMoney(booking.totalAmount, booking.currency)}
          </dd>
        </dl>
      </aside>
    </div>
  );
}
