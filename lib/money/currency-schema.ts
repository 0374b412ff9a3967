import { z } from "zod";
import { CURRENCY_CODES } from "./currencies";

/**
 * One of the platform's currencies, lower-case as stored ("usd"): for currencies pages bind into server actions.
 * It takes any string (a record's currency column is one) and lets only an accepted code through.
 */
export const Currency = z
  .string()
  .pipe(z.enum(CURRENCY_CODES, { error: `currency is one of ${CURRENCY_CODES.join(", ")}` }));
