// What is wrong with a departure's special price, said in the trip's currency as the vendor typed it ("$0.50"), never
// in minor units: the form checks it before the use case, whose own refusal (assertChargeable) speaks API.
import { formatMoney } from "../format";
import { MAXIMUM_CHARGE, minimumCharge } from "../money/currencies";

export function priceOverrideProblem(amount: number, currency: string): string | null {
  const code = currency.toUpperCase();
  const min = minimumCharge(currency);
  if (amount < min)
    return `Enter at least ${formatMoney(min, currency)}, the smallest amount that can be charged in ${code}`;
  if (amount > MAXIMUM_CHARGE) return `Enter at most ${formatMoney(MAXIMUM_CHARGE, currency)}`;
  return null;
}
