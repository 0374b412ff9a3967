import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CancelDepartureButton } from "@/components/vendor/cancel-departure-button";
import { DepartureForm } from "@/components/vendor/departure-form";
import { TripForm } from "@/components/vendor/trip-form";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime, formatMoney } from "@/lib/format";
import { orNotFound } from "@/lib/forms/or-not-found";
import { minorToInput } from "@/lib/money/decimal";
import { getVendorTrip } from "@/lib/vendors/get-vendor-trip";
import { contentFormValues } from "@/lib/trips/content-text";
import { languageChoices } from "@/lib/trips/languages";
import { storedItinerary } from "@/lib/trips/trip-dto";
import { cityTimeZone } from "@/lib/trips/city-time-zone";
import { previewDepartureCancellations } from "@/lib/trips/preview-departure-cancellation";
import { addDepartureAction, cancelDepartureAction, updateTripAction } from "../actions";
import { replyToReviewAction } from "../review-actions";
import { TripReviews } from "@/components/reviews/trip-reviews";

export const metadata: Metadata = { title: "Manage trip" };
export const dynamic = "force-dynamic";

export default async function ManageTripPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; reviews?: string }>;
}) {
  const { id } = await params;
  const actor = await requireActor(`/vendor/trips/${id}`, "trips:manage_own");
  // someone else's published trip is forbidden to manage: the page does not tell it apart from a missing one
  const { trip, departures } = await orNotFound(getVendorTrip(actor, id), ["not_found", "forbidden"]);
  const { created, reviews } = await searchParams;
  // a new departure starts in the zone of the trip's latest one, else its city's; the form falls back to the browser's
  const zone = departures.at(-1)?.timeZone ?? cityTimeZone(trip.city);
  const cancellations = await previewDepartureCancellations(actor, trip.id);
  return (
    <div className="mx-auto grid w-full max-w-4xl gap-6 py-10">
      <Link href="/vendor" className="text-sm text-primary hover:underline">
        ← Vendor dashboard
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{trip.title}</h1>
        <div className="flex items-center gap-3">
          <Badge variant={trip.status === "published" ? "success" : "secondary"} className="capitalize">
            {trip.status}
          </Badge>
          {trip.status === "published" ? (
            <Link href={`/trips/${trip.id}`} className="text-sm text-primary hover:underline">
              View public page
            </Link>
          ) : null}
        </div>
      </div>
      {created ? (
        <p role="status" className="rounded-md border border-success/30 bg-success/10 px-3 py-2 text-sm text-success">
          Trip created. Add its departures below, then publish it.
        </p>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>Departures</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-6">
          {departures.length === 0 ? (
            <p className="text-sm text-muted-foreground">No departures yet.</p>
          ) : (
            <div className="relative overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">Departures of {trip.title}</caption>
                <thead className="border-b text-left text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-2 font-medium">
                      Starts
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Status
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      Price
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      Sold
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      Left
                    </th>
                    <th scope="col" className="py-2">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {departures.map((d) => (
                    <tr key={d.id} className="border-b last:border-0">
                      <td className="py-2">{formatDateTime(d.startsAt, d.timeZone)}</td>
                      <td className="py-2">
                        <Badge variant={d.status === "scheduled" ? "secondary" : "destructive"} className="capitalize">
                          {d.startsAt < new Date() && d.status === "scheduled" ? "past" : d.status}
                        </Badge>
                      </td>
                      <td className="py-2 text-right tabular-nums">
                        {formatMoney(d.priceOverride ?? trip.pricePerSeat, trip.currency)}
                      </td>
                      <td className="py-2 text-right tabular-nums">
                        {d.seatsTaken} / {d.capacity}
                      </td>
                      <td className="py-2 text-right tabular-nums">{Math.max(0, d.capacity - d.seatsTaken)}</td>
                      <td className="py-2 text-right">
                        {d.status === "scheduled" && d.startsAt > new Date() ? (
                          <CancelDepartureButton
                            cancel={cancelDepartureAction.bind(null, d.id)}
                            label={formatDateTime(d.startsAt, d.timeZone)}
                            preview={
                              // a departure added since the preview was read has no bookings yet
                              cancellations.get(d.id) ?? {
                                bookings: 0,
                                travellers: 0,
                                refundAmount: 0,
                                currency: trip.currency,
                              }
                            }
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <DepartureForm
            action={addDepartureAction.bind(null, trip.id)}
            currency={trip.currency}
            timeZone={zone}
            zones={Intl.supportedValuesOf("timeZone")}
          />
        </CardContent>
      </Card>

      <Card>
        <CardContent>
          <TripReviews tripId={trip.id} operator="you" shown={Number(reviews) || 1} reply={replyToReviewAction} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Trip details</CardTitle>
        </CardHeader>
        <CardContent>
          <TripForm
            action={updateTripAction.bind(null, trip.id)}
            submitLabel="Save trip"
            languageChoices={languageChoices(trip.languages)}
            initial={{
              title: trip.title,
              description: trip.description,
              city: trip.city,
              country: trip.country,
              price: minorToInput(trip.pricePerSeat, trip.currency),
              currency: trip.currency,
              durationDays: String(trip.durationDays),
              cancellationPolicy: trip.cancellationPolicy,
              images: trip.images.join("\n"),
              status: trip.status,
              ...contentFormValues({ ...trip, itinerary: storedItinerary(trip.itinerary) }),
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
