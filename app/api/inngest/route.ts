// GET/POST/PUT /api/inngest — the Inngest serve() endpoint (Inngest Cloud, a self-hosted server or the local runner)
import { serve } from "inngest/next";
import { inngest } from "@/lib/inngest/client";
import { functions } from "@/lib/inngest/functions";

export const { GET, POST, PUT } = serve({ client: inngest, functions });
