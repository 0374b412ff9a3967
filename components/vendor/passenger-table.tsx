import { Badge } from "@/components/ui/badge";
import type { Passenger } from "@/lib/vendors/list-departure-passengers";

/** A departure's passengers; the table scrolls inside its card on a narrow screen rather than widening the page. */
export function PassengerTable({ caption, passengers }: { caption: string; passengers: Passenger[] }) {
  if (passengers.length === 0) return <p className="text-sm text-muted-foreground">No one has booked it yet.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b text-left text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Booking
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Traveller
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Phone
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Seats
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Status
            </th>
            <th scope="col" className="py-2 font-medium">
              Notes
            </th>
          </tr>
        </thead>
        <tbody>
          {passengers.map((p) => (
            <tr key={p.bookingId} className="border-b align-top last:border-0">
              <td className="py-2 pr-3 font-mono text-xs whitespace-nowrap">{p.code}</td>
              <td className="py-2 pr-3">
                <div>{p.name}</div>
                <a href={`mailto:${p.email}`} className="text-xs break-all text-primary hover:underline">
                  {p.email}
                </a>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {p.phone ? (
                  <a href={`tel:${p.phone}`} className="text-primary hover:underline">
                    {p.phone}
                  </a>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{p.seats}</td>
              <td className="py-2 pr-3">
                <Badge variant={p.status === "confirmed" ? "success" : "secondary"} className="capitalize">
                  {p.status === "pending" ? "awaiting payment" : p.status}
                </Badge>
              </td>
              <td className="max-w-64 py-2 whitespace-pre-line">{p.notes ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
