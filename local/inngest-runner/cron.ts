// Fires cron triggers on schedule. Each firing is an event with a deterministic id (function + scheduled time), so
// two runners, or a restart within the same minute, never start the same scheduled run twice.
import { Cron } from "croner";
import type { Registry } from "./registry";
import type { Runner } from "./runner";

export class CronScheduler {
  private jobs: Cron[] = [];

  constructor(
    private readonly registry: Registry,
    private readonly runner: Runner,
    private readonly log: (m: string) => void,
  ) {
    registry.onChange(() => this.reschedule());
  }

  reschedule() {
    this.stop();
    for (const fn of this.registry.all()) {
      for (const trigger of fn.triggers) {
        if (!("cron" in trigger)) continue;
        const match = /^TZ=(\S+)\s+(.*)$/.exec(trigger.cron.trim());
        const timezone = match?.[1] ?? "UTC";
        const pattern = match?.[2] ?? trigger.cron.trim();
        try {
          this.jobs.push(
            new Cron(pattern, { timezone, protect: true }, async (self: Cron) => {
              const scheduled = self.currentRun() ?? new Date();
              await this.runner
                .fireCron(fn, trigger.cron, scheduled)
                .catch((e) => this.log(`cron ${fn.id}: ${String(e)}`));
            }),
          );
        } catch (error) {
          this.log(`function ${fn.id}: invalid cron "${trigger.cron}": ${String(error)}`);
        }
      }
    }
  }

  stop() {
    for (const job of this.jobs) job.stop();
    this.jobs = [];
  }
}
