"use client";

import { useActionState, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { FormState } from "@/lib/forms/form-state";

/** A consequential admin action behind a confirmation dialog; the outcome is a toast, an error stays in the dialog. */
export function ConfirmAction({
  action,
  trigger,
  title,
  description,
  confirm,
  variant = "outline",
}: {
  action: () => Promise<FormState>;
  trigger: string;
  title: string;
  description: string;
  confirm: string;
  variant?: "outline" | "destructive";
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(async () => {
    const result = await action();
    if (result.ok) {
      toast.success(result.message ?? "Done");
      setOpen(false);
    }
    return result;
  }, {});
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>{trigger}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        <form action={formAction} className="grid gap-3">
          <FormAlert error={state.formError} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Keep as is
            </Button>
            <SubmitButton pendingText="Saving…" variant={variant === "destructive" ? "destructive" : "default"}>
              {confirm}
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
