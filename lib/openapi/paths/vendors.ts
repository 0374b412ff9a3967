import { z } from "zod";
import { EarningsQuery, PayVendorInput, PayoutsQuery, UpdateVendorInput } from "../../vendors/schemas";
import { PayoutDto, VendorDto } from "../../vendors/vendor-dto";
import { Page, defineOperations } from "../operation";
import { Earnings } from "../responses";

const VendorResponse = z.object({ vendor: VendorDto });
const WHO = "that vendor, admin";

export const vendorOperations = defineOperations([
  {
    method: "get",
    path: "/api/v1/vendors/{id}",
    summary: "A vendor's profile and payout settings",
    description: "`id` is the vendor's user id.",
    access: "bearer",
    who: WHO,
    responses: { 200: { description: "The vendor", schema: VendorResponse } },
  },
  {
    method: "put",
    path: "/api/v1/vendors/{id}",
    summary: "Edit a vendor's profile",
    access: "bearer",
    who: WHO,
    body: UpdateVendorInput,
    responses: { 200: { description: "The updated vendor", schema: VendorResponse } },
  },
  {
    method: "post",
    path: "/api/v1/vendors/{id}/connect",
    summary: "A Stripe Connect onboarding link",
    access: "bearer",
    who: "that vendor",
    responses: { 200: { description: "Where to send the vendor", schema: z.object({ url: z.string() }) } },
  },
  {
    method: "get",
    path: "/api/v1/vendors/{id}/earnings",
    summary: "Pending, available and paid-out earnings in one currency",
    access: "bearer",
    who: WHO,
    query: EarningsQuery,
    responses: { 200: { description: "The earnings", schema: z.object({ earnings: Earnings }) } },
  },
  {
    method: "get",
    path: "/api/v1/vendors/{id}/payouts",
    summary: "The vendor's payouts, newest first",
    access: "bearer",
    who: WHO,
    query: PayoutsQuery,
    responses: { 200: { description: "One page of payouts", schema: Page(PayoutDto) } },
  },
  {
    method: "post",
    path: "/api/v1/vendors/{id}/payout",
    summary: "Pay the vendor everything available now",
    access: "bearer",
    who: "admin",
    body: PayVendorInput,
    bodyOptional: true,
    idempotent: true,
    responses: { 201: { description: "The payout", schema: z.object({ payout: PayoutDto }) } },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/vendors/{id}/statements/{month}",
    summary: "A month's statement as CSV",
    description: "`month` is `yyyy-mm`.",
    access: "bearer",
    who: WHO,
    responses: { 200: { description: "The statement", mediaType: "text/csv" } },
  },
]);
