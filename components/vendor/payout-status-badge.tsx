import type { PayoutStatus } from "@prisma/client";
import { Badge } from "@/components/ui/badge";

const STYLE: Record<PayoutStatus, { label: string; variant: "success" | "warning" | "destructive" }> = {
  pending: { label: "In transit", variant: "warning" },
  paid: { label: "Paid", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
};

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const s = STYLE[status];
  return <Badge variant={s.variant}>{s.label}</Badge>;
}
