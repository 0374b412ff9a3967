import { z } from "zod";
import { BookingDto, PaymentDto, RefundDto } from "../../bookings/booking-dto";
import {
  CancelBookingInput,
  CreateBookingInput,
  ListBookingsQuery,
  RefundPaymentInput,
  RetryPaymentInput,
  UpdateBookingInput,
} from "../../bookings/schemas";
import { Page, defineOperations } from "../operation";
import { CancellationPreview } from "../responses";

const BookingResponse = z.object({ booking: BookingDto });

export const bookingOperations = defineOperations([
  {
    method: "post",
    path: "/api/v1/bookings",
    summary: "Hold seats and start payment",
    description:
      "Holds the seats for 15 minutes and creates a Stripe PaymentIntent. Pay with `payment.clientSecret` (Stripe.js or a native SDK) or send the traveller to `payment.checkoutUrl`; the booking is confirmed by Stripe's webhook.",
    access: "bearer",
    who: "authenticated",
    body: CreateBookingInput,
    idempotent: true,
    responses: {
      201: {
        description: "The pending booking and its payment",
        schema: z.object({ booking: BookingDto, payment: PaymentDto }),
      },
    },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/bookings",
    summary: "Bookings the caller may see",
    description: "Travellers see their own, vendors those on their trips, admins all.",
    access: "bearer",
    who: "own / on own trips (vendor) / all (admin)",
    query: ListBookingsQuery,
    responses: { 200: { description: "One page of bookings", schema: Page(BookingDto) } },
  },
  {
    method: "get",
    path: "/api/v1/bookings/{id}",
    summary: "A booking with its payment and refunds",
    access: "bearer",
    who: "owner, the trip's vendor, admin",
    responses: {
      200: {
        description: "The booking",
        schema: z.object({ booking: BookingDto, payment: PaymentDto.nullable(), refunds: z.array(RefundDto) }),
      },
    },
  },
  {
    method: "put",
    path: "/api/v1/bookings/{id}",
    summary: "Edit contact details and notes",
    access: "bearer",
    who: "owner, admin",
    body: UpdateBookingInput,
    responses: { 200: { description: "The updated booking", schema: BookingResponse } },
  },
  {
    method: "get",
    path: "/api/v1/bookings/{id}/cancellation",
    summary: "The refund a cancellation would give now",
    access: "bearer",
    who: "owner, the trip's vendor, admin",
    responses: { 200: { description: "The quote", schema: CancellationPreview } },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/bookings/{id}/receipt.pdf",
    summary: "The receipt as a PDF",
    description:
      "Booking code, trip, departure (in its time zone), seats, traveller, operator, payment status and the amounts paid, refunded and net. Sent as an attachment named `travellr-<code>.pdf`.",
    access: "bearer",
    who: "owner, the trip's vendor, admin",
    responses: { 200: { description: "A one-page PDF", mediaType: "application/pdf" } },
  },
  {
    method: "get",
    path: "/api/v1/bookings/{id}/calendar.ics",
    summary: "The booking as a calendar event",
    description:
      "An iCalendar (RFC 5545) file with one event from the departure to the end of the trip, in the departure's time zone (`DTSTART;TZID=<IANA name>` with its VTIMEZONE), `UID` `<bookingId>@travellr`; a cancelled booking's event has `STATUS:CANCELLED`.",
    access: "bearer",
    who: "owner, the trip's vendor, admin",
    responses: { 200: { description: "The calendar file", mediaType: "text/calendar" } },
  },
  {
    method: "post",
    path: "/api/v1/bookings/{id}/cancel",
    summary: "Cancel a booking",
    description: "The traveller is refunded by the trip's policy; the trip's vendor or an admin refunds in full.",
    access: "bearer",
    who: "owner (policy), the trip's vendor or admin (100 %)",
    body: CancelBookingInput,
    bodyOptional: true,
    responses: {
      200: {
        description: "The cancelled booking and its refund, if any",
        schema: z.object({ booking: BookingDto, refund: RefundDto.nullable() }),
      },
    },
    errors: [409],
  },
  {
    method: "post",
    path: "/api/v1/bookings/{id}/complete",
    summary: "Complete a booking",
    access: "bearer",
    who: "the trip's vendor (once the departure started), admin",
    responses: { 200: { description: "The completed booking", schema: BookingResponse } },
    errors: [409],
  },
  {
    method: "post",
    path: "/api/v1/payments",
    summary: "A new checkout for a pending booking",
    description: "For a booking whose payment failed (e.g. a declined card).",
    access: "bearer",
    who: "the booking's owner",
    body: RetryPaymentInput,
    idempotent: true,
    responses: { 201: { description: "The new payment", schema: z.object({ payment: PaymentDto }) } },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/payments/{id}",
    summary: "A payment's status and refunds",
    access: "bearer",
    who: "owner, the trip's vendor, admin",
    responses: {
      200: { description: "The payment", schema: z.object({ payment: PaymentDto, refunds: z.array(RefundDto) }) },
    },
  },
  {
    method: "post",
    path: "/api/v1/payments/{id}/refund",
    summary: "Refund part or all of a payment",
    description: "Without `amount`, refunds what is left.",
    access: "bearer",
    who: "admin",
    body: RefundPaymentInput,
    bodyOptional: true,
    idempotent: true,
    responses: {
      201: {
        description: "The refund and the payment after it",
        schema: z.object({ refund: RefundDto, payment: PaymentDto }),
      },
    },
    errors: [409],
  },
]);
