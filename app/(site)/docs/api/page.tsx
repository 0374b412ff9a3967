import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/docs/api-reference";
import { QuickStart } from "@/components/docs/quick-start";

export const metadata: Metadata = {
  title: "API reference",
  description: "Travellr's REST API: authentication, errors, rate limits and every endpoint.",
};

// /docs/api — the REST API reference, rendered from /api/v1/openapi.json
export default function ApiDocsPage() {
  return (
    <div className="grid gap-10 py-10">
      <header className="grid gap-3">
        <h1 className="text-3xl font-bold tracking-tight">API reference</h1>
        <p className="max-w-3xl text-muted-foreground">
          Travellr&apos;s REST API speaks JSON under <code>/api/v1</code>, with bearer tokens from{" "}
          <code>POST /api/v1/auth/login</code>. Errors are <code>{'{"error": {"code", "message", "details?"}}'}</code>,
          lists answer <code>{"{data, page, limit, total}"}</code>, money is an integer of minor units. The
          machine-readable description is the{" "}
          <Link href="/api/v1/openapi.json" className="underline">
            OpenAPI 3.1 document
          </Link>
          : generate a client from it.
        </p>
      </header>
      <QuickStart />
      <section aria-labelledby="endpoints" className="grid gap-4">
        <h2 id="endpoints" className="text-xl font-semibold">
          Endpoints
        </h2>
        <ApiReference url="/api/v1/openapi.json" />
      </section>
    </div>
  );
}
