import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaymentStatusWatcher } from "@/components/checkout/payment-status-watcher";
import { requireActor } from "@/lib/auth/current-actor";
import { getBooking } from "@/lib/bookings/get-booking";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Payment" };
export const dynamic = "force-dynamic";

export default async function CheckoutCompletePage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requireActor(`/checkout/${bookingId}/complete`);
  const { booking } = await getBooking(actor, bookingId).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <div className="mx-auto max-w-lg py-20">
      <PaymentStatusWatcher bookingId={booking.id} initial={booking.status} />
    </div>
  );
}
