"use client";

import { LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { formatMoney } from "@/lib/ui/format";

interface Preview {
  refundAmount: number;
  percent: number;
  currency: string;
  policy: string;
  cancelledBy: string;
}

/** Shows the exact refund (from the API's preview) before the cancellation is confirmed. */
export function CancelBookingDialog({ bookingId, paid }: { bookingId: string; paid: boolean }) {
  const router = useRouter();
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string>();

  async function load(open: boolean) {
    if (!open) return;
    setError(undefined);
    setPreview(undefined);
    const res = await fetch(`/api/v1/bookings/${bookingId}/cancellation`, { cache: "no-store" });
    const body = await res.json();
    if (res.ok) setPreview(body);
    else setError(body.error?.message ?? "Could not compute the refund.");
  }

  async function confirm() {
    setPending(true);
    const res = await fetch(`/api/v1/bookings/${bookingId}/cancel`, { method: "POST" });
    const body = await res.json();
    setPending(false);
    if (!res.ok) return setError(body.error?.message ?? "The booking could not be cancelled.");
    const message = body.refund ? `Booking cancelled. ${formatMoney(body.refund.amount, body.refund.currency)} is being refunded.` : "Booking cancelled.";
    setDone(message);
    // the refreshed page no longer offers cancellation (and unmounts this dialog), so the outcome is also a toast
    toast.success(message);
    router.refresh();
  }

  return (
    <Dialog onOpenChange={(o) => void load(o)}>
      <DialogTrigger asChild>
        <Button variant="outline">Cancel booking</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Cancel this booking?</DialogTitle>
        {done ? (
          <FormAlert success={done} />
        ) : (
          <>
            <DialogDescription>
              {!preview && !error ? "Working out your refund…" : null}
              {preview
                ? paid
                  ? preview.refundAmount > 0
                    ? `You will get ${formatMoney(preview.refundAmount, preview.currency)} back (${preview.percent} % under the ${preview.policy} policy${preview.cancelledBy !== "traveller" ? ", cancelled by the operator side" : ""}).`
                    : `No refund is due under the ${preview.policy} policy at this point.`
                  : "Nothing has been paid yet, so nothing is refunded. Your seats are released."
                : null}
            </DialogDescription>
            <FormAlert error={error} />
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button variant="ghost">Keep booking</Button>
              </DialogClose>
              <Button variant="destructive" onClick={() => void confirm()} disabled={!preview || pending}>
                {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
                {preview && paid && preview.refundAmount > 0 ? `Cancel and refund ${formatMoney(preview.refundAmount, preview.currency)}` : "Cancel booking"}
              </Button>
            </div>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
