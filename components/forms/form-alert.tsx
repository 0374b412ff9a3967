import { CircleAlert, CircleCheck } from "lucide-react";
import { cn } from "@/lib/ui/cn";

export function FormAlert({ error, success }: { error?: string; success?: string }) {
  const text = error ?? success;
  if (!text) return null;
  return (
    <div
      role={error ? "alert" : "status"}
      className={cn(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
        error
          ? "border-destructive/30 bg-destructive/5 text-destructive"
          : "border-success/30 bg-success/10 text-success",
      )}
    >
      {error ? (
        <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      ) : (
        <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden />
      )}
      <span>{text}</span>
    </div>
  );
}
