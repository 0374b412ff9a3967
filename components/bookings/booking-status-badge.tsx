import type { BookingStatus } from "@prisma/client";
import { Badge } from "@/components/ui/badge";

const STYLE: Record<
  BookingStatus,
  { label: string; variant: "success" | "warning" | "secondary" | "destructive" | "outline" }
> = {
  pending: { label: "Awaiting payment", variant: "warning" },
  confirmed: { label: "Confirmed", variant: "success" },
  completed: { label: "Completed", variant: "secondary" },
  cancelled: { label: "Cancelled", variant: "destructive" },
  expired: { label: "Expired", variant: "outline" },
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const s = STYLE[status];
  return <Badge variant={s.variant}>{s.label}</Badge>;
}
