import Link from "next/link";
import { Logo } from "./logo";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t bg-muted/40">
      <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div className="grid gap-2">
          <div className="flex items-center gap-2 font-semibold">
            <Logo className="size-6" /> Travellr
          </div>
          <p className="text-muted-foreground">Small-group trips from local operators, booked in minutes.</p>
        </div>
        <nav aria-label="Travellers" className="grid content-start gap-2">
          <span className="font-medium">Travellers</span>
          <Link href="/trips" className="text-muted-foreground hover:text-foreground">
            Explore trips
          </Link>
          <Link href="/bookings" className="text-muted-foreground hover:text-foreground">
            My bookings
          </Link>
        </nav>
        <nav aria-label="Operators" className="grid content-start gap-2">
          <span className="font-medium">Operators</span>
          <Link href="/register" className="text-muted-foreground hover:text-foreground">
            Publish your trips
          </Link>
          <Link href="/vendor" className="text-muted-foreground hover:text-foreground">
            Vendor dashboard
          </Link>
          <Link href="/docs/api" className="text-muted-foreground hover:text-foreground">
            API reference
          </Link>
        </nav>
      </div>
      <div className="border-t py-4 text-center text-xs text-muted-foreground">
        © {new Date().getFullYear()} Travellr · open source
      </div>
    </footer>
  );
}
