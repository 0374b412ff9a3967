"use client";

import { LoaderCircle } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { previewCancellation } from "@/lib/bookings/cancel-booking";
import { formatMoney } from "@/lib/format";
import type { FormState } from "@/lib/forms/form-state";

type Preview = Awaited<ReturnType<typeof previewCancellation>>;

/**
 * Shows the exact refund (computed when the dialog opens, so it is the refund of this moment) before the cancellation
 * is confirmed. `preview` and `cancel` are the page's server actions bound to this booking.
 */
export function CancelBookingDialog({
  paid,
  preview: loadPreview,
  cancel,
}: {
  paid: boolean;
  preview: () => Promise<FormState<Preview>>;
  cancel: () => Promise<FormState>;
}) {
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string>();

  async function load(open: boolean) {
    if (!open) return;
    setError(undefined);
    setPreview(undefined);
    const result = await loadPreview();
    if (result.data) setPreview(result.data);
    else setError(result.formError ?? "Could not compute the refund.");
  }

  async function confirm() {
    setPending(true);
    const result = await cancel();
    setPending(false);
    if (!result.ok) return setError(result.formError ?? "The booking could not be cancelled.");
    const message = result.message ?? "Booking cancelled.";
    setDone(message);
    // the action refreshes the page, which no longer offers cancellation (and unmounts this dialog): also a toast
    toast.success(message);
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
                {preview && paid && preview.refundAmount > 0
                  ? `Cancel and refund ${formatMoney(preview.refundAmount, preview.currency)}`
                  : "Cancel booking"}
              </Button>
            </div>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
