"use client";

import { Timer } from "lucide-react";
import { useEffect, useState } from "react";
import { cn } from "@/lib/ui/cn";

/** Time left on the seat hold, updated every second; announced to screen readers only once a minute. */
export function HoldCountdown({ expiresAt }: { expiresAt: string }) {
  const end = new Date(expiresAt).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = Math.max(0, end - now);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  const label = left === 0 ? "Your hold has ended" : `${minutes}:${String(seconds).padStart(2, "0")} left to pay`;
  return (
    <div
      className={cn(
        "flex items-center gap-2 rounded-lg border px-3 py-2 text-sm",
        left < 120_000 ? "border-warning bg-warning/10" : "bg-muted/40",
      )}
    >
      <Timer className="size-4" aria-hidden />
      <span className="tabular-nums" suppressHydrationWarning>
        {label}
      </span>
      <span className="sr-only" aria-live="polite">
        {left === 0 ? "Your hold has ended" : `${minutes} minutes left to pay`}
      </span>
    </div>
  );
}
