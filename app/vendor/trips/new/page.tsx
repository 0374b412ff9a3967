import type { Metadata } from "next";
import Link from "next/link";
import { TripForm } from "@/components/vendor/trip-form";
import { languageChoices } from "@/lib/trips/languages";
import { createTripAction } from "../actions";

export const metadata: Metadata = { title: "New trip" };

export default function NewTripPage() {
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 py-10">
      <Link href="/vendor" className="text-sm text-primary hover:underline">
        ← Vendor dashboard
      </Link>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New trip</h1>
        <p className="text-muted-foreground">Describe the trip; you add dated departures on the next page.</p>
      </div>
      <TripForm
        action={createTripAction}
        submitLabel="Create trip"
        languageChoices={languageChoices()}
        initial={{
          title: "",
          description: "",
          city: "",
          country: "",
          price: "",
          currency: "usd",
          durationDays: "1",
          cancellationPolicy: "moderate",
          images: "",
          status: "draft",
        }}
      />
    </div>
  );
}
