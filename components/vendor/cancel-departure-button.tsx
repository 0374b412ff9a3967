"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

export function CancelDepartureButton({ departureId, label, bookings }: { departureId: string; label: string; bookings: number }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);

  async function confirm() {
    setPending(true);
    const res = await fetch(`/api/v1/departures/${departureId}/cancel`, { method: "POST" });
    const body = await res.json();
    setPending(false);
    if (!res.ok) return setError(body.error?.message ?? "The departure could not be cancelled.");
    setOpen(false);
    router.refresh();
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive" aria-label={`Cancel departure ${label}`}>Cancel</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Cancel the departure of {label}?</DialogTitle>
        <DialogDescription>
          {bookings > 0 ? `${bookings} booking${bookings === 1 ? "" : "s"} will be cancelled and every traveller refunded in full.` : "No one has booked it yet."} This cannot be undone.
        </DialogDescription>
        <FormAlert error={error} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild><Button variant="ghost">Keep it</Button></DialogClose>
          <Button variant="destructive" onClick={() => void confirm()} disabled={pending}>Cancel departure</Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
