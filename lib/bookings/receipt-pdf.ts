import "server-only";
import { PDFDocument, type PDFFont, StandardFonts, rgb } from "pdf-lib";
import { plural } from "../text/plural";
import { type Receipt, travellerLine } from "./booking-receipt";

// The receipt as a one-page A4 PDF, drawn with pdf-lib's built-in Helvetica: no font file to ship and nothing fetched.
// The standard fonts only cover Windows-1252 (Western European), so any other character is written as its closest
// Latin letter ("ł" → "l") or "?", rather than failing the download.

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const LABEL_WIDTH = 130;
const INK = rgb(0.12, 0.16, 0.22);
const MUTED = rgb(0.36, 0.4, 0.46);
const BRAND = rgb(0.06, 0.46, 0.43);

// letters without a Unicode decomposition to a Latin base
const LATIN: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŧ: "T", ŧ: "t" };

/** Keeps what the font can encode; Intl's narrow no-break spaces and the minus sign become their ASCII cousins. */
function encoderFor(font: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return (text: string) =>
    [...text.replace(/[\u00A0\u2009\u202F]/g, " ").replace(/\u2212/g, "-")]
      .map((ch) => {
        if (supported.has(ch.codePointAt(0)!)) return ch;
        if (LATIN[ch]) return LATIN[ch];
        const base = [...ch.normalize("NFKD")].filter((c) => supported.has(c.codePointAt(0)!)).join("");
        return base || "?";
      })
      .join("");
}

/** Splits text into lines no wider than `width` at this size, breaking between words. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}

export async function renderReceiptPdf(receipt: Receipt, { generatedAt = new Date() } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Travellr receipt ${receipt.code}`);
  doc.setSubject(`${receipt.trip.title}, ${receipt.departure.label}`);
  doc.setAuthor("Travellr");
  doc.setCreator("Travellr");
  doc.setProducer("Travellr");
  doc.setKeywords([receipt.code, receipt.bookingId]);
  doc.setCreationDate(generatedAt);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const safe = encoderFor(regular);
  const page = doc.addPage(PAGE);
  const right = PAGE[0] - MARGIN;
  let y = PAGE[1] - MARGIN;

  const text = (s: string, x: number, size: number, font = regular, color = INK) =>
    page.drawText(safe(s), { x, y, size, font, color });
  const textRight = (s: string, size: number, font = regular) =>
    text(s, right - font.widthOfTextAtSize(safe(s), size), size, font);

  text("Travellr", MARGIN, 20, bold, BRAND);
  textRight("Receipt", 20, bold);
  y -= 34;
  text(`Booking ${receipt.code}`, MARGIN, 15, bold);
  textRight(receipt.statusLabel, 11, bold);
  y -= 16;
  text(`Booked on ${receipt.bookedAt}`, MARGIN, 9, regular, MUTED);
  y -= 30;

  const rows: [string, string][] = [
    ["Trip", receipt.trip.title],
    ["Destination", `${receipt.trip.city}, ${receipt.trip.country}`],
    ["Departure", `${receipt.departure.label} (${receipt.departure.timeZone})`],
    ["Duration", plural(receipt.trip.durationDays, "day")],
    ["Seats", `${plural(receipt.seats, "seat")} at ${receipt.lines.unitPrice}`],
    ["Traveller", travellerLine(receipt.traveller)],
    ["Operator", receipt.vendorName],
    ["Payment", receipt.payment.paidAt ? `${receipt.payment.label}, ${receipt.payment.paidAt}` : receipt.payment.label],
  ];
  for (const [label, value] of rows) {
    text(label, MARGIN, 10, regular, MUTED);
    for (const line of wrap(safe(value), regular, 10, right - MARGIN - LABEL_WIDTH)) {
      text(line, MARGIN + LABEL_WIDTH, 10);
      y -= 15;
    }
    y -= 4;
  }

  y -= 16;
  page.drawLine({ start: { x: MARGIN, y: y + 14 }, end: { x: right, y: y + 14 }, thickness: 0.5, color: MUTED });
  const amounts: [string, string, boolean][] = [
    [`${receipt.seats} x ${receipt.lines.unitPrice}`, receipt.lines.total, false],
    ["Paid", receipt.lines.paid, false],
    ["Refunded", receipt.amounts.refunded ? `-${receipt.lines.refunded}` : receipt.lines.refunded, false],
    ["Net paid", receipt.lines.net, true],
  ];
  for (const [label, value, strong] of amounts) {
    if (strong) {
      page.drawLine({ start: { x: MARGIN, y: y + 13 }, end: { x: right, y: y + 13 }, thickness: 0.5, color: MUTED });
      y -= 4;
    }
    text(label, MARGIN, 11, strong ? bold : regular);
    textRight(value, 11, strong ? bold : regular);
    y -= 18;
  }
  text(`Amounts in ${receipt.currency.toUpperCase()}.`, MARGIN, 9, regular, MUTED);

  const footer = `Booking id ${receipt.bookingId}, generated ${generatedAt.toISOString().slice(0, 10)}. Quote ${receipt.code} when you contact the operator or Travellr.`;
  const footerLines = wrap(safe(footer), regular, 8, right - MARGIN);
  y = MARGIN + (footerLines.length - 1) * 11;
  for (const line of footerLines) {
    text(line, MARGIN, 8, regular, MUTED);
    y -= 11;
  }
  return doc.save();
}
