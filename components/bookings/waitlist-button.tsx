"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";
import { cx } from "@/lib/ui/cn";

/**
 * Join (one seat) or leave a full departure's waitlist. `label` names the departure for screen readers ("Join the
 * waitlist for Jun 1, 2027, 9:30 AM"); the accessible name starts with the visible text. `wide`: the trip page's
 * booking card, where it takes the place of "Book and pay".
 */
export function WaitlistButton({
  tripId,
  departureId,
  label,
  joined,
  toggle,
  wide = false,
}: {
  tripId: string;
  departureId: string;
  label: string;
  joined: boolean;
  toggle: (tripId: string, departureId: string, join: boolean) => Promise<FormState>;
  wide?: boolean;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const text = joined ? "Leave the waitlist" : "Join the waitlist";
  return (
    <span className={cx("grid gap-1", wide ? "justify-items-stretch" : "justify-items-end")}>
      <Button
        type="button"
        size={wide ? "default" : "sm"}
        variant={joined ? "outline" : wide ? "default" : "outline"}
        disabled={pending}
        aria-label={`${text} for ${label}`}
        onClick={() => start(async () => setError((await toggle(tripId, departureId, !joined)).formError))}
      >
        {text}
      </Button>
      {joined && wide ? (
        <span role="status" className="text-xs text-muted-foreground">
          You’re on the waitlist. We’ll let you know when seats free up.
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
