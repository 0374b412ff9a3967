import { Inngest } from "inngest";
import { logger } from "../logger";

// One client for the app. Mode follows the environment (see README → Inngest):
// - INNGEST_EVENT_KEY + INNGEST_SIGNING_KEY: Inngest Cloud;
// - INNGEST_BASE_URL (+ keys): a self-hosted Inngest server;
// - neither: the local runner in local/inngest-runner, which the npm scripts start and point INNGEST_BASE_URL at
//   with INNGEST_DEV=1, so the SDK speaks the dev-server protocol to it.
export const inngest = new Inngest({ id: "travellr", logger: logger.child({ component: "inngest" }) });
