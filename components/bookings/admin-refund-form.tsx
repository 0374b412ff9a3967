"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatMoney } from "@/lib/ui/format";

/** Admin: refund any amount up to what remains on the payment. */
export function AdminRefundForm({ paymentId, refundable, currency }: { paymentId: string; refundable: number; currency: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [ok, setOk] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    setError(undefined);
    setOk(undefined);
    const raw = String(form.get("amount") ?? "").trim();
    if (raw && !/^\d+(\.\d{1,2})?$/.test(raw)) return setError("Enter an amount such as 25 or 25.50");
    const amount = raw ? Math.round(Number(raw) * 100) : undefined;
    setPending(true);
    const res = await fetch(`/api/v1/payments/${paymentId}/refund`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: JSON.stringify(amount ? { amount } : {}),
    });
    const body = await res.json();
    setPending(false);
    if (!res.ok) return setError(body.error?.message ?? "The refund failed.");
    setOk(`Refunded ${formatMoney(body.refund.amount, body.refund.currency)} (${body.refund.status}).`);
    router.refresh();
  }

  return (
    <form action={submit} className="grid gap-3" aria-label="Refund payment">
      <FormAlert error={error} success={ok} />
      <div className="grid gap-2">
        <Label htmlFor="refund-amount">Amount to refund ({currency.toUpperCase()})</Label>
        <Input id="refund-amount" name="amount" inputMode="decimal" placeholder={`Up to ${(refundable / 100).toFixed(2)} — empty refunds all of it`} aria-describedby="refund-hint" />
        <p id="refund-hint" className="text-xs text-muted-foreground">Refundable now: {formatMoney(refundable, currency)}</p>
      </div>
      <div>
        <Button type="submit" variant="outline" disabled={pending || refundable <= 0}>Refund</Button>
      </div>
    </form>
  );
}
