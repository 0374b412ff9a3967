// The curl walk-through on /docs/api: the whole booking flow an external client goes through, against a local
// Travellr with its demo data and the local Stripe stand-in (in production, the client pays with Stripe.js or a native
// SDK using `payment.clientSecret` instead of the stand-in call).

import { HOLD_MINUTES } from "@/lib/bookings/schemas";

const STEPS: { title: string; text: string; code: string }[] = [
  {
    title: "1. Log in",
    text: "Exchange a demo account's email and password for a bearer token (valid one hour).",
    code: `BASE=http://localhost:3000
TOKEN=$(curl -s $BASE/api/v1/auth/login -H 'content-type: application/json' \\
  -d '{"email":"traveller@example.com","password":"travellr-demo"}' | jq -r .token)`,
  },
  {
    title: "2. Search",
    text: "Search is public. Each result carries its next departure; a trip lists all its upcoming departures.",
    code: `TRIP=$(curl -s "$BASE/api/v1/trips?sort=soonest&seats=2&limit=5" | jq -r '.data[0].id')
DEPARTURE=$(curl -s $BASE/api/v1/trips/$TRIP | jq -r '[.trip.departures[] | select(.seatsLeft >= 2)][0].id')`,
  },
  {
    title: "3. Book",
    text: `Holds the seats for ${HOLD_MINUTES} minutes and starts a payment. The Idempotency-Key makes a retried request safe.`,
    code: `BOOKING=$(curl -s $BASE/api/v1/bookings -H "authorization: Bearer $TOKEN" \\
  -H 'content-type: application/json' -H "idempotency-key: quickstart-$RANDOM$RANDOM" \\
  -d "{\\"departureId\\":\\"$DEPARTURE\\",\\"seats\\":2}")
BOOKING_ID=$(echo "$BOOKING" | jq -r .booking.id)
PI=$(echo "$BOOKING" | jq -r .payment.stripePaymentIntentId)`,
  },
  {
    title: "4. Pay (local Stripe stand-in)",
    text: "Locally, confirm the PaymentIntent at the stand-in with Stripe's test card; Stripe's webhook then confirms the booking.",
    code: `curl -s -X POST http://127.0.0.1:12111/v1/payment_intents/$PI/confirm \\
  -H 'authorization: Bearer sk_test_local' -d payment_method=pm_card_visa
sleep 2
curl -s $BASE/api/v1/bookings/$BOOKING_ID -H "authorization: Bearer $TOKEN" | jq .booking.status   # "confirmed"`,
  },
  {
    title: "5. Cancel",
    text: "See the refund the trip's policy gives now, then cancel; the refund is returned with the booking.",
    code: `curl -s $BASE/api/v1/bookings/$BOOKING_ID/cancellation -H "authorization: Bearer $TOKEN"
curl -s -X POST $BASE/api/v1/bookings/$BOOKING_ID/cancel -H "authorization: Bearer $TOKEN" \\
  -H 'content-type: application/json' -d '{"reason":"plans changed"}' | jq '{status: .booking.status, refund: .refund.amount}'`,
  },
];

export function QuickStart() {
  return (
    <section aria-labelledby="quick-start" className="grid gap-4">
      <h2 id="quick-start" className="text-xl font-semibold">
        Quick start
      </h2>
      <ol className="grid gap-4">
        {STEPS.map((step) => (
          <li key={step.title} className="grid gap-2">
            <h3 className="font-medium">{step.title}</h3>
            <p className="text-sm text-muted-foreground">{step.text}</p>
            {/* focusable: on a phone the long lines scroll sideways, and a keyboard must be able to scroll them */}
            <pre
              tabIndex={0}
              className="overflow-x-auto rounded-md bg-muted p-3 text-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              <code>{step.code}</code>
            </pre>
          </li>
        ))}
      </ol>
    </section>
  );
}
