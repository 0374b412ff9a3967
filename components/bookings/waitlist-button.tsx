"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";

export function WaitlistButton({
  tripId,
  departureId,
  label,
  joined,
  toggle,
}: {
  tripId: string;
  departureId: string;
  label: string;
  joined: boolean;
  toggle: (tripId: string, departureId: string, join: boolean) => Promise<FormState>;
}) {
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
        onClick={() => start(async () => setError((await toggle(tripId, departureId, !joined)).formError))}
      >
        {joined ? "Leave waitlist" : "Join waitlist"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
