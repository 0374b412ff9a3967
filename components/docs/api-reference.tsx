"use client";

import { useEffect, useRef, useState } from "react";
import "swagger-ui-dist/swagger-ui.css";
import "./api-reference.css";
import { keepScrollingCodeFocusable } from "./focusable-code";
import { accessibilityPlugin } from "./swagger-a11y-plugin";

// Swagger UI's prebuilt bundle (swagger-ui-dist), shipped with the app: no CDN, no web fonts, so the reference works
// offline and under the CSP (same-origin scripts, inline styles, connect-src 'self' for the document). The
// swagger-ui-react package is not used: under Turbopack its OpenAPI 3.1 parser breaks ("refract is not a function",
// vercel/next.js#86507), while the prebuilt bundle carries its own, already-bundled dependencies. Its accessibility
// gaps (WCAG 2.2 AA, checked by axe in e2e/ui/accessibility.spec.ts) are closed by a plugin, api-reference.css and
// focusable-code.ts, without forking it.
export function ApiReference({ url }: { url: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    let cancelled = false;
    let stopCodeWatch: (() => void) | undefined;
    import("swagger-ui-dist/swagger-ui-es-bundle.js")
      .then(({ default: SwaggerUIBundle }) => {
        if (cancelled || !container.current) return;
        SwaggerUIBundle({
          domNode: container.current,
          url,
          docExpansion: "list",
          defaultModelsExpandDepth: 0,
          deepLinking: true,
          persistAuthorization: false,
          displayRequestDuration: true,
          filter: true,
          plugins: [accessibilityPlugin],
        });
        stopCodeWatch = keepScrollingCodeFocusable(container.current);
        setState("ready");
      })
      .catch(() => setState("failed"));
    return () => {
      cancelled = true;
      stopCodeWatch?.();
    };
  }, [url]);

  return (
    <div className="api-reference min-h-96 rounded-lg border bg-white py-2 text-black">
      {state === "loading" ? (
        <p className="px-6 py-8 text-sm text-muted-foreground">Loading the API reference…</p>
      ) : null}
      {state === "failed" ? (
        <p className="p-6 text-sm">
          The interactive reference could not load. The document itself is at{" "}
          <a className="underline" href={url}>
            {url}
          </a>
          .
        </p>
      ) : null}
      {/* Swagger UI renders into this element with its own React: nothing of ours lives inside it */}
      <div ref={container} />
    </div>
  );
}
