// Shared by the trip schema tests: a minimal valid trip and the fields a failed parse names.
import { z } from "zod";

export const minimalTrip = {
  title: "Douro wine days",
  description: "Three days among the vineyards of the Douro valley.",
  city: "Porto",
  country: "Portugal",
  pricePerSeat: 15_000,
  durationDays: 3,
};

export const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? Object.keys(z.flattenError(result.error).fieldErrors) : [];
