import { z } from "zod";
import { CreateDepartureInput, CreateTripInput, SearchTripsQuery, UpdateTripInput } from "../../trips/schemas";
import { DepartureDto, TripDto } from "../../trips/trip-dto";
import { JoinWaitlistInput } from "../../waitlist/schemas";
import { Page, defineOperations } from "../operation";
import { TripSearchResult, WaitlistEntry, WaitlistJoined } from "../responses";

const TripResponse = z.object({ trip: TripDto });

export const tripOperations = defineOperations([
  {
    method: "get",
    path: "/api/v1/trips",
    summary: "Search published trips",
    description: "Ranked full-text search with filters; only trips with an upcoming departure that has seats.",
    access: "public",
    who: "anyone",
    query: SearchTripsQuery,
    responses: { 200: { description: "One page of results", schema: Page(TripSearchResult) } },
  },
  {
    method: "post",
    path: "/api/v1/trips",
    summary: "Create a trip",
    access: "bearer",
    who: "vendor, admin",
    body: CreateTripInput,
    responses: { 201: { description: "The trip", schema: TripResponse } },
  },
  {
    method: "get",
    path: "/api/v1/trips/{id}",
    summary: "A trip with its upcoming departures",
    access: "optional",
    who: "anyone (drafts: their vendor, admins)",
    responses: { 200: { description: "The trip with `departures`", schema: TripResponse } },
  },
  {
    method: "put",
    path: "/api/v1/trips/{id}",
    summary: "Edit a trip",
    access: "bearer",
    who: "its vendor, admin",
    body: UpdateTripInput,
    responses: { 200: { description: "The updated trip", schema: TripResponse } },
  },
  {
    method: "delete",
    path: "/api/v1/trips/{id}",
    summary: "Archive a trip",
    access: "bearer",
    who: "its vendor, admin",
    responses: { 200: { description: "The archived trip", schema: TripResponse } },
  },
  {
    method: "post",
    path: "/api/v1/trips/{id}/departures",
    summary: "Add a dated departure",
    description: "`startsAt` without an offset is read in `timeZone`.",
    access: "bearer",
    who: "the trip's vendor, admin",
    body: CreateDepartureInput,
    responses: { 201: { description: "The departure", schema: z.object({ departure: DepartureDto }) } },
  },
  {
    method: "post",
    path: "/api/v1/departures/{id}/cancel",
    summary: "Cancel a departure and all its bookings (full refunds)",
    access: "bearer",
    who: "the trip's vendor, admin",
    responses: {
      200: {
        description: "The departure and the bookings cancelled",
        schema: z.object({ departure: DepartureDto, cancelledBookings: z.number().int() }),
      },
    },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/departures/{id}/passengers.csv",
    summary: "A departure's passenger list as CSV",
    description:
      "Pending and confirmed bookings: booking code, traveller name, email, phone, seats, status, notes (RFC 4180).",
    access: "bearer",
    who: "the trip's vendor, admin",
    responses: { 200: { description: "The passenger list", mediaType: "text/csv" } },
  },
  {
    method: "post",
    path: "/api/v1/departures/{id}/waitlist",
    summary: "Join a full departure's waitlist",
    access: "bearer",
    who: "authenticated",
    body: JoinWaitlistInput,
    bodyOptional: true,
    responses: { 201: { description: "The waitlist entry", schema: z.object({ waitlistEntry: WaitlistJoined }) } },
    errors: [409],
  },
  {
    method: "delete",
    path: "/api/v1/departures/{id}/waitlist",
    summary: "Leave a departure's waitlist",
    access: "bearer",
    who: "authenticated",
    responses: { 204: { description: "Left" } },
  },
  {
    method: "get",
    path: "/api/v1/waitlist",
    summary: "The caller's waitlist entries, oldest first",
    access: "bearer",
    who: "authenticated",
    responses: { 200: { description: "The entries", schema: z.object({ data: z.array(WaitlistEntry) }) } },
  },
]);
