import { Inngest } from "inngest";
import { logger } from "../logger";

// One client for the app, pinned to the SDK's cloud mode (`isDev: false`): /api/inngest refuses any call that is not
// signed with INNGEST_SIGNING_KEY, and INNGEST_DEV cannot switch that off. Who signs follows the environment (see
// README → Inngest):
// - INNGEST_EVENT_KEY + INNGEST_SIGNING_KEY: Inngest Cloud;
// - INNGEST_BASE_URL + the same keys: a self-hosted Inngest server (its --event-key / --signing-key);
// - neither: the local runner in local/inngest-runner, which the npm scripts start and point the SDK at with
//   INNGEST_BASE_URL plus a signing key and an event key generated into .data/ (and INNGEST_LOCAL_RUNNER=1).
export const inngest = new Inngest({ id: "travellr", isDev: false, logger: logger.child({ component: "inngest" }) });
