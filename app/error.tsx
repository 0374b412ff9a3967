"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="grid justify-items-center gap-4 py-24 text-center" role="alert">
      <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="text-muted-foreground">We logged the problem. Please try again.</p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
