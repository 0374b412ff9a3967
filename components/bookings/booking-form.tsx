"use client";

import { Minus, Plus } from "lucide-react";
import { type ReactNode, useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useViewerTimeTrigger, ViewerTime } from "@/components/trips/viewer-time";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";
import { bookableSeats } from "@/lib/bookings/limits";
import { cx } from "@/lib/ui/cn";
import { ActionForm } from "@/components/forms/action-form";

export interface DepartureOption {
  id: string;
  label: string;
  /** start and end dates in the departure's time zone, e.g. "Jun 1 – 3, 2027" */
  dates: string;
  startsAt: string;
  timeZone: string;
  seatsLeft: number;
  priceLabel: string;
  /**
   * The total for 1, 2, … seats (as many as one booking can take on this departure), formatted by the server: the
   * browser's first Intl.NumberFormat loads its currency data (23–38 ms of main thread in Chromium, measured), which
   * would otherwise land in the trip page's hydration.
   */
  totals: string[];
  special: boolean;
}

/**
 * `limits` are the booking rules the server enforces (lib/bookings), shown and applied here as the traveller picks.
 * A sold-out departure can be chosen too, but not booked: in place of "Book and pay" it shows its `waitlist` entry
 * (the "Join the waitlist" button, or a link to log in first), rendered by the page.
 */
export function BookingForm({
  departures,
  limits,
  book,
  waitlist,
}: {
  departures: DepartureOption[];
  limits: { holdMinutes: number; maxSeats: number };
  book: (prev: FormState, data: FormData) => Promise<FormState>;
  waitlist: Record<string, ReactNode>;
}) {
  const [state, action] = useActionState<FormState, FormData>(book, {});
  const viewerTimeTrigger = useViewerTimeTrigger<HTMLFieldSetElement>();
  const firstOpen = departures.find((d) => d.seatsLeft > 0) ?? departures[0];
  const [departureId, setDepartureId] = useState(state.values?.departureId ?? firstOpen?.id ?? "");
  const [seats, setSeats] = useState(Number(state.values?.seats ?? 1));
  const selected = departures.find((d) => d.id === departureId);
  const soldOut = selected?.seatsLeft === 0;
  const max = bookableSeats(selected?.seatsLeft ?? 1, limits.maxSeats);
  const total = selected?.totals[Math.min(seats, max) - 1] ?? "";

  return (
    <ActionForm state={state} action={action} className="grid gap-3" aria-label="Book this trip">
      <FormAlert error={state.formError} />
      <fieldset ref={viewerTimeTrigger} className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Choose a departure</legend>
        {departures.map((d) => (
          <label
            key={d.id}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-lg border px-3 py-2 text-sm transition-colors has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50"
          >
            <input
              type="radio"
              name="departureId"
              value={d.id}
              className="sr-only"
              checked={departureId === d.id}
              onChange={() => {
                setDepartureId(d.id);
                setSeats(1);
              }}
            />
            <span className="grid gap-0.5">
              <span className="font-medium">{d.label}</span>
              <ViewerTime iso={d.startsAt} timeZone={d.timeZone} />
              <span className="text-xs text-muted-foreground">{d.dates}</span>
              <span className={cx("text-xs", d.special ? "text-success" : "text-muted-foreground")}>
                {d.priceLabel} per seat{d.special ? " · special price" : ""}
              </span>
            </span>
            <span
              className={cx(
                "text-xs whitespace-nowrap",
                d.seatsLeft === 0
                  ? "text-destructive"
                  : d.seatsLeft <= 3
                    ? "font-medium text-foreground"
                    : "text-muted-foreground",
              )}
            >
              {d.seatsLeft === 0 ? "Sold out" : `${d.seatsLeft} left`}
            </span>
          </label>
        ))}
      </fieldset>
      {state.fieldErrors?.departureId ? (
        <p className="text-xs text-destructive" role="alert">
          {state.fieldErrors.departureId[0]}
        </p>
      ) : null}
      {soldOut ? (
        <div className="grid gap-2 rounded-lg border border-dashed p-3 text-sm">
          <p className="font-medium">This departure is sold out.</p>
          <p className="text-muted-foreground">
            Join the waitlist: when seats free up we tell waitlisted travellers, in the order they joined.
          </p>
          {waitlist[departureId]}
        </div>
      ) : (
        <>
          <div className="flex items-center justify-between gap-3">
            <label htmlFor="seats" className="text-sm font-medium">
              Seats
            </label>
            <div className="flex items-center gap-1">
              <Button
                type="button"
                variant="outline"
                size="icon"
                aria-label="One seat fewer"
                onClick={() => setSeats((s) => Math.max(1, s - 1))}
                disabled={seats <= 1}
              >
                <Minus aria-hidden />
              </Button>
              <input
                id="seats"
                name="seats"
                type="number"
                inputMode="numeric"
                min={1}
                max={max}
                value={seats}
                onChange={(e) => setSeats(Math.max(1, Math.min(max, Number(e.target.value) || 1)))}
                className="h-9 w-14 rounded-md border border-input bg-background text-center text-sm tabular-nums"
                aria-describedby="seats-error"
              />
              <Button
                type="button"
                variant="outline"
                size="icon"
                aria-label="One seat more"
                onClick={() => setSeats((s) => Math.min(max, s + 1))}
                disabled={seats >= max}
              >
                <Plus aria-hidden />
              </Button>
            </div>
          </div>
          <p
            id="seats-error"
            className="min-h-4 text-xs text-destructive"
            role={state.fieldErrors?.seats ? "alert" : undefined}
          >
            {state.fieldErrors?.seats?.[0] ?? ""}
          </p>
          <div className="flex items-center justify-between border-t pt-3 text-sm">
            <span className="text-muted-foreground">Total</span>
            <span className="text-lg font-semibold tabular-nums" aria-live="polite">
              {total}
            </span>
          </div>
          {/* full width as a grid item of the form, not by a className (which would make it merge classes while the
              page hydrates: lib/ui/cn.ts) */}
          <SubmitButton pendingText="Holding your seats…">Book and pay</SubmitButton>
          <p className="text-center text-xs text-muted-foreground">
            Your seats are held for {limits.holdMinutes} minutes while you pay.
          </p>
        </>
      )}
    </ActionForm>
  );
}
