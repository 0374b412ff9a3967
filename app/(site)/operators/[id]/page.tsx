import { Star } from "@/components/ui/icons";
import type { Metadata } from "next";
import { TripCard } from "@/components/trips/trip-card";
import { orNotFound } from "@/lib/forms/or-not-found";
import { plural } from "@/lib/text/plural";
import { getOperator } from "@/lib/vendors/get-operator";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return orNotFound(getOperator(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const operator = await load((await params).id);
  return { title: operator.displayName, description: operator.bio ?? `Trips run by ${operator.displayName}` };
}

/** An operator's public page: their profile, their rating across all trips and their published trips. */
export default async function OperatorPage({ params }: Props) {
  const operator = await load((await params).id);
  return (
    <div className="grid gap-8 py-10">
      <header className="grid gap-2">
        <p className="text-sm text-muted-foreground">Operator</p>
        <h1 className="text-3xl font-semibold tracking-tight">{operator.displayName}</h1>
        {operator.bio ? <p className="max-w-prose leading-relaxed text-foreground/90">{operator.bio}</p> : null}
        <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted-foreground">
          <span>{plural(operator.trips.length, "published trip")}</span>
          {operator.rating.average === null ? (
            <span>No reviews yet</span>
          ) : (
            <span className="inline-flex items-center gap-1">
              <Star className="size-4 fill-current text-amber-600" aria-hidden />
              <span className="font-semibold text-foreground">{operator.rating.average.toFixed(1)}</span> average from{" "}
              {plural(operator.rating.count, "review")}
            </span>
          )}
        </p>
      </header>
      <section aria-labelledby="operator-trips" className="grid gap-4">
        <h2 id="operator-trips" className="text-xl font-semibold">
          Trips by {operator.displayName}
        </h2>
        {operator.trips.length === 0 ? (
          <p className="text-muted-foreground">This operator has no published trips right now.</p>
        ) : (
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {operator.trips.map((t) => (
              <TripCard
                key={t.id}
                trip={{ ...t, nextDeparture: t.departures[0] ?? null, operator: operator.displayName }}
              />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
