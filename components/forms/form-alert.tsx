import { CircleAlert, CircleCheck } from "@/components/ui/icons";
import { cn } from "@/lib/ui/cn";

export function FormAlert({ error, success }: { error?: string; success?: string }) {
  const text = error ?? success;
  if (!text) return null;
  return (
    <div
      role={error ? "alert" : "status"}
      // an error alert can take the focus (not by Tab) when a submit fails as a whole: see use-focus-first-error.ts
      tabIndex={error ? -1 : undefined}
      className={cn(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-destructive/40",
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
