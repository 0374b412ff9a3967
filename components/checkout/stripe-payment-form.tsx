"use client";

import { loadStripe, type Stripe, type StripeElements } from "@stripe/stripe-js";
import { LoaderCircle } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

/** Stripe's Payment Element (Stripe.js), used when a publishable key is configured. */
export function StripePaymentForm({
  publishableKey,
  clientSecret,
  returnUrl,
}: {
  publishableKey: string;
  clientSecret: string;
  returnUrl: string;
}) {
  const mountRef = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<Stripe | null>(null);
  const [elements, setElements] = useState<StripeElements | null>(null);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void loadStripe(publishableKey).then((s) => {
      if (!s || cancelled || !mountRef.current) return;
      const els = s.elements({ clientSecret });
      els.create("payment").mount(mountRef.current);
      setStripe(s);
      setElements(els);
    });
    return () => {
      cancelled = true;
    };
  }, [publishableKey, clientSecret]);

  async function pay() {
    if (!stripe || !elements) return;
    setPending(true);
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } });
    // only reached on an error: on success Stripe redirects to returnUrl
    setError(result.error?.message ?? "The payment could not be completed.");
    setPending(false);
  }

  return (
    <form action={pay} className="grid gap-4" aria-label="Card payment">
      <FormAlert error={error} />
      <div ref={mountRef} className="min-h-[220px]" />
      <Button type="submit" disabled={!stripe || pending} className="w-full">
        {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
        {pending ? "Paying…" : "Pay now"}
      </Button>
    </form>
  );
}
