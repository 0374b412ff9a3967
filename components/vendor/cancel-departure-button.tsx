"use client";

import { useState } from "react";
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
import type { FormState } from "@/lib/forms/form-state";
import { type CancellationCounts, cancellationSummary } from "@/lib/trips/cancellation-summary";

/** `cancel` is the page's server action bound to this departure; it refreshes the page, where the row shows "cancelled". */
export function CancelDepartureButton({
  cancel,
  label,
  preview,
}: {
  cancel: () => Promise<FormState>;
  label: string;
  /** what cancelling does, computed by the page (previewDepartureCancellations) */
  preview: CancellationCounts;
}) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);

  async function confirm() {
    setPending(true);
    const result = await cancel();
    setPending(false);
    if (!result.ok) return setError(result.formError ?? "The departure could not be cancelled.");
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive" aria-label={`Cancel departure ${label}`}>
          Cancel
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Cancel the departure of {label}?</DialogTitle>
        <DialogDescription>{cancellationSummary(preview)} This cannot be undone.</DialogDescription>
        <FormAlert error={error} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="ghost">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" onClick={() => void confirm()} disabled={pending}>
            Cancel departure
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
