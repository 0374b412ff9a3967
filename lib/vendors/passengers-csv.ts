// A departure's passenger list as CSV (RFC 4180, CRLF), through lib/csv.ts so no cell runs as a spreadsheet formula.
import { csvRow } from "../csv";

const HEADER = ["booking_code", "name", "email", "phone", "seats", "status", "notes"];

export function passengersCsv(
  passengers: {
    code: string;
    name: string;
    email: string;
    phone: string | null;
    seats: number;
    status: string;
    notes: string | null;
  }[],
): string {
  let out = csvRow(HEADER);
  for (const p of passengers) out += csvRow([p.code, p.name, p.email, p.phone, p.seats, p.status, p.notes]);
  return out;
}
