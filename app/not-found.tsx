import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="grid justify-items-center gap-4 py-24 text-center">
      <p className="text-sm font-medium text-primary">404</p>
      <h1 className="text-3xl font-semibold tracking-tight">We couldn’t find that page</h1>
      <p className="text-muted-foreground">It may have moved, or the trip is no longer published.</p>
      <Button asChild>
        <Link href="/trips">Explore trips</Link>
      </Button>
    </div>
  );
}
