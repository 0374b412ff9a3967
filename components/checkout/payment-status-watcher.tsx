"use client";

import { CircleCheck, LoaderCircle } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { getJson } from "@/lib/api/client";
import type { BookingDto } from "@/lib/bookings/booking-dto";

type Status = BookingDto["status"];

/**
 * Waits for the booking to be confirmed. Only Stripe's webhook confirms a booking, so this page polls the booking
 * instead of trusting the redirect that brought the traveller here.
 */
export function PaymentStatusWatcher({ bookingId, initial }: { bookingId: string; initial: Status }) {
  const [status, setStatus] = useState<Status>(initial);
  const [waitedLong, setWaitedLong] = useState(false);

  useEffect(() => {
    if (status !== "pending") return;
    const started = Date.now();
    const t = setInterval(async () => {
      // GET /api/v1/bookings/:id answers { booking: BookingDto, … }
      const body = await getJson<{ booking: BookingDto }>(`/api/v1/bookings/${bookingId}`);
      if (body) setStatus(body.booking.status);
      if (Date.now() - started > 30_000) setWaitedLong(true);
    }, 1000);
    return () => clearInterval(t);
  }, [bookingId, status]);

  if (status === "confirmed" || status === "completed") {
    return (
      <div className="grid justify-items-center gap-3 text-center" role="status">
        <CircleCheck className="size-12 text-success" aria-hidden />
        <h1 className="text-2xl font-semibold">Booking confirmed</h1>
        <p className="text-muted-foreground">We received your payment. A confirmation email is on its way.</p>
        <div className="flex gap-2">
          <Button asChild>
            <Link href={`/bookings/${bookingId}`}>View booking</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/bookings">My bookings</Link>
          </Button>
        </div>
      </div>
    );
  }
  if (status !== "pending") {
    return (
      <div className="grid justify-items-center gap-3 text-center" role="alert">
        <h1 className="text-2xl font-semibold">This booking is {status}</h1>
        <Button asChild variant="outline">
          <Link href={`/bookings/${bookingId}`}>View booking</Link>
        </Button>
      </div>
    );
  }
  return (
    <div className="grid justify-items-center gap-3 text-center" role="status" aria-live="polite">
      <LoaderCircle className="size-10 animate-spin text-primary" aria-hidden />
      <h1 className="text-2xl font-semibold">Confirming your payment…</h1>
      <p className="text-muted-foreground">
        {waitedLong
          ? "This is taking longer than usual. You can leave this page; we will email you when the booking is confirmed."
          : "This usually takes a few seconds."}
      </p>
    </div>
  );
}
