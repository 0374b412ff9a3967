import { z } from "zod";
import {
  AdminBookingsFilter,
  AdminBookingsQuery,
  AdminPayoutsQuery,
  AdminUpdateUserInput,
  AdminUsersQuery,
  AnalyticsQuery,
  AuditQuery,
  WebhooksQuery,
} from "../../admin/schemas";
import { UserDto } from "../../users/user-dto";
import { PayoutDto } from "../../vendors/vendor-dto";
import { Page, defineOperations } from "../operation";
import { AdminBooking, AnalyticsReport, AuditEntry, PayoutRunSummary, WebhookEvent } from "../responses";

const ADMIN = "admin";

export const adminOperations = defineOperations([
  {
    method: "get",
    path: "/api/v1/admin/users",
    summary: "Users by name/email, role and active flag",
    access: "bearer",
    who: ADMIN,
    query: AdminUsersQuery,
    responses: { 200: { description: "One page of users", schema: Page(UserDto) } },
  },
  {
    method: "patch",
    path: "/api/v1/admin/users/{id}",
    summary: "Change a user's role or (de)activate them",
    description: "Not on yourself; never the last admin.",
    access: "bearer",
    who: ADMIN,
    body: AdminUpdateUserInput,
    responses: { 200: { description: "The user", schema: z.object({ user: UserDto }) } },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/admin/bookings",
    summary: "Every booking, searchable and filtered",
    access: "bearer",
    who: ADMIN,
    query: AdminBookingsQuery,
    responses: { 200: { description: "One page of bookings", schema: Page(AdminBooking) } },
  },
  {
    method: "get",
    path: "/api/v1/admin/bookings/export",
    summary: "The filtered bookings as CSV (streamed)",
    access: "bearer",
    who: ADMIN,
    query: AdminBookingsFilter,
    responses: { 200: { description: "CSV, one row per booking", mediaType: "text/csv" } },
  },
  {
    method: "get",
    path: "/api/v1/admin/analytics",
    summary: "GMV, revenue, refunds, bookings and conversion over a range",
    access: "bearer",
    who: ADMIN,
    query: AnalyticsQuery,
    responses: { 200: { description: "The figures", schema: AnalyticsReport } },
  },
  {
    method: "get",
    path: "/api/v1/admin/audit",
    summary: "Audit entries, newest first",
    access: "bearer",
    who: ADMIN,
    query: AuditQuery,
    responses: { 200: { description: "One page of entries", schema: Page(AuditEntry) } },
  },
  {
    method: "get",
    path: "/api/v1/admin/payouts",
    summary: "Every vendor's payouts",
    access: "bearer",
    who: ADMIN,
    query: AdminPayoutsQuery,
    responses: { 200: { description: "One page of payouts", schema: Page(PayoutDto) } },
  },
  {
    method: "post",
    path: "/api/v1/admin/payouts/run",
    summary: "Pay every vendor due for its schedule's last ended period",
    access: "bearer",
    who: ADMIN,
    responses: { 200: { description: "What the run did", schema: z.object({ run: PayoutRunSummary }) } },
  },
  {
    method: "get",
    path: "/api/v1/admin/webhooks",
    summary: "Stored Stripe events and their processing status",
    access: "bearer",
    who: ADMIN,
    query: WebhooksQuery,
    responses: { 200: { description: "One page of events", schema: Page(WebhookEvent) } },
  },
  {
    method: "post",
    path: "/api/v1/admin/webhooks/{id}/retry",
    summary: "Process a failed Stripe event again",
    access: "bearer",
    who: ADMIN,
    responses: { 200: { description: "The event after the retry", schema: z.object({ webhook: WebhookEvent }) } },
    errors: [409],
  },
]);
