"use client";

import { CreditCard, LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface Props {
  apiBase: string;
  publishableKey: string;
  paymentIntentId: string;
  clientSecret: string;
  completeUrl: string;
}

/**
 * The card form for local mode: it confirms the PaymentIntent against the local Stripe stand-in with the publishable
 * key and client secret, exactly as Stripe.js does against Stripe. Test cards: 4242 4242 4242 4242 pays,
 * 4000 0000 0000 0002 is declined.
 */
export function LocalCardForm({ apiBase, publishableKey, paymentIntentId, clientSecret, completeUrl }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function pay(form: FormData) {
    setPending(true);
    setError(undefined);
    const [month, year] = String(form.get("expiry") ?? "")
      .split("/")
      .map((p) => p.trim());
    const body = new URLSearchParams({
      key: publishableKey,
      client_secret: clientSecret,
      "payment_method_data[type]": "card",
      "payment_method_data[card][number]": String(form.get("number") ?? "").replace(/\s+/g, ""),
      "payment_method_data[card][exp_month]": month ?? "",
      "payment_method_data[card][exp_year]": year ? (year.length === 2 ? `20${year}` : year) : "",
      "payment_method_data[card][cvc]": String(form.get("cvc") ?? ""),
    });
    try {
      const res = await fetch(`${apiBase}/v1/payment_intents/${paymentIntentId}/confirm`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body,
      });
      const json = (await res.json()) as { status?: string; error?: { message?: string } };
      if (res.ok && (json.status === "succeeded" || json.status === "processing")) {
        router.push(completeUrl);
        return;
      }
      setError(json.error?.message ?? "The payment could not be completed.");
    } catch {
      setError("Could not reach the payment service. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form action={pay} className="grid gap-4" aria-label="Card payment">
      <FormAlert error={error} />
      <div className="grid gap-2">
        <Label htmlFor="card-number">Card number</Label>
        <Input
          id="card-number"
          name="number"
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="4242 4242 4242 4242"
          required
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div className="grid gap-2">
          <Label htmlFor="card-expiry">Expiry (MM/YY)</Label>
          <Input id="card-expiry" name="expiry" autoComplete="cc-exp" placeholder="12/34" required />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="card-cvc">CVC</Label>
          <Input id="card-cvc" name="cvc" inputMode="numeric" autoComplete="cc-csc" placeholder="123" required />
        </div>
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : <CreditCard aria-hidden />}
        {pending ? "Paying…" : "Pay now"}
      </Button>
      <p className="text-xs text-muted-foreground">
        Local test mode — no real money moves. Use 4242 4242 4242 4242 to pay or 4000 0000 0000 0002 for a declined
        card, any future expiry and any CVC.
      </p>
    </form>
  );
}
