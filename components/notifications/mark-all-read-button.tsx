"use client";

import { CheckCheck, LoaderCircle } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";
import { announceNotificationsChanged } from "./notifications-changed";

/** "Mark all read" on /notifications: the action re-renders the page; the bell in the header is told to follow. */
export function MarkAllReadButton({ markAllRead }: { markAllRead: () => Promise<FormState> }) {
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const state = await markAllRead();
          if (state.formError) toast.error(state.formError);
          else if (state.message) toast.success(state.message);
          announceNotificationsChanged();
        })
      }
    >
      {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : <CheckCheck aria-hidden />}
      Mark all read
    </Button>
  );
}
