import { completeFinishedBookings } from "../../bookings/complete-finished-bookings";
import { inngest } from "../client";

// Hourly: confirmed bookings whose departure has ended become completed, in batches (each batch one step, so a retry
// resumes after the last finished batch). Idempotent: only `confirmed` bookings are touched.
export const completeFinishedBookingsJob = inngest.createFunction(
  { id: "complete-finished-bookings", retries: 3, triggers: [{ cron: "TZ=UTC 0 * * * *" }] },
  async ({ step }) => {
    let total = 0;
    for (let batch = 0; batch < 200; batch++) {
      const done = await step.run(`batch-${batch}`, () => completeFinishedBookings({ batchSize: 500 }));
      total += done;
      if (done < 500) break;
    }
    return { completed: total };
  },
);
