import {
  logPurgeCounts,
  PURGE_BATCH_SIZE,
  PURGES,
  type PurgeCounts,
  type PurgeName,
} from "../../housekeeping/purge-expired-records";
import { purgeUnusedUploads } from "../../uploads/purge-unused-uploads";
import { inngest } from "../client";

// A step deletes at most this many batches (100,000 rows), so one step stays well inside a request's time limit; a
// bigger backlog takes more steps, and what is left after MAX_STEPS_PER_PURGE waits for the next day.
const BATCHES_PER_STEP = 20;
const MAX_STEPS_PER_PURGE = 25;
// Unused trip photos: a step deletes at most this many (one storage request each, a few at a time), then the same
// bounds apply. A step lists trips/ from the start again, but what the steps before deleted is no longer there.
const UPLOAD_DELETES_PER_STEP = 1000;

// Daily at 03:35 UTC: clear of cleanup-read-notifications and monthly-statements (03:00) and of the 10- and 15-minute
// crons. Each purge runs in its own steps, so a retry after a failure does not redo the purges that finished.
export const housekeeping = inngest.createFunction(
  { id: "housekeeping", name: "Purge expired records", retries: 2, triggers: [{ cron: "TZ=UTC 35 3 * * *" }] },
  async ({ step }) => {
    // Runs `once` in steps "<id>", "<id>-1", … until a step deletes less than a full step's worth (nothing left).
    // A step's output is what it returned (memoized as such), `deletedBy` reads the count from it.
    const inSteps = async <T>(
      id: string,
      perStep: number,
      once: () => Promise<T>,
      deletedBy: (result: Awaited<ReturnType<typeof step.run<() => Promise<T>>>>) => number,
    ) => {
      let total = 0;
      for (let round = 0; round < MAX_STEPS_PER_PURGE; round++) {
        const deleted = deletedBy(await step.run(round === 0 ? id : `${id}-${round}`, once));
        total += deleted;
        if (deleted < perStep) break;
      }
      return total;
    };
    const purge = (name: PurgeName) =>
      inSteps(
        `purge-${name}`,
        BATCHES_PER_STEP * PURGE_BATCH_SIZE,
        () => PURGES[name]({ maxBatches: BATCHES_PER_STEP }),
        (deleted) => deleted,
      );
    const counts: PurgeCounts = {
      idempotencyKeys: await purge("idempotencyKeys"),
      revokedTokens: await purge("revokedTokens"),
      sentEvents: await purge("sentEvents"),
      sentEmails: await purge("sentEmails"),
      processedStripeEvents: await purge("processedStripeEvents"),
      passwordResetTokens: await purge("passwordResetTokens"),
    };
    // each step logs its own counts (lib/uploads/purge-unused-uploads.ts)
    const unusedUploads = await inSteps(
      "purge-unused-uploads",
      UPLOAD_DELETES_PER_STEP,
      () => purgeUnusedUploads({ maxDeletes: UPLOAD_DELETES_PER_STEP }),
      ({ deleted }) => deleted,
    );
    // code after the last step runs once, in the run's final request
    logPurgeCounts(counts);
    return { ...counts, unusedUploads };
  },
);
