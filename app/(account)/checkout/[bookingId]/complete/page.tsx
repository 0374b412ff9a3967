import type { Metadata } from "next";
import { PaymentStatusWatcher } from "@/components/checkout/payment-status-watcher";
import { requireActor } from "@/lib/auth/current-actor";
import { getBooking } from "@/lib/bookings/get-booking";
import { orNotFound } from "@/lib/forms/or-not-found";

export const metadata: Metadata = { title: "Payment" };
export const dynamic = "force-dynamic";

export default async function CheckoutCompletePage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requireActor(`/checkout/${bookingId}/complete`);
  const { booking } = await orNotFound(getBooking(actor, bookingId));
  return (
    <div className="mx-auto max-w-lg py-20">
      <PaymentStatusWatcher bookingId={booking.id} initial={booking.status} />
    </div>
  );
}
