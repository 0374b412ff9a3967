"use client";

import { useState, useTransition } from "react";
import { toggleWaitlistAction } from "@/app/(site)/trips/[id]/waitlist-actions";
import { Button } from "@/components/ui/button";

export function WaitlistButton({ tripId, departureId, label, joined }: { tripId: string; departureId: string; label: string; joined: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="grid justify-items-end gap-1">
      <Button
        type="button"
        size="sm"
        variant={joined ? "ghost" : "outline"}
        disabled={pending}
        aria-label={`${joined ? "Leave the waitlist" : "Join the waitlist"} for ${label}`}
        onClick={() => start(async () => setError((await toggleWaitlistAction(tripId, departureId, !joined)).error))}
      >
        {joined ? "Leave waitlist" : "Join waitlist"}
      </Button>
      {error ? <span role="alert" className="text-xs text-destructive">{error}</span> : null}
    </span>
  );
}
