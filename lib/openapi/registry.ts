import type { ApiOperation } from "./operation";
import { adminOperations } from "./paths/admin";
import { authUserOperations } from "./paths/auth-users";
import { bookingOperations } from "./paths/bookings";
import { metaOperations } from "./paths/meta";
import { notificationOperations } from "./paths/notifications";
import { reviewOperations } from "./paths/reviews";
import { tripOperations } from "./paths/trips";
import { uploadOperations } from "./paths/uploads";
import { vendorOperations } from "./paths/vendors";

/** The one list of published endpoints; tests/openapi-contract.test.ts checks it against app/api/v1 both ways. */
export const API_OPERATIONS: ApiOperation[] = [
  ...authUserOperations,
  ...tripOperations,
  ...uploadOperations,
  ...bookingOperations,
  ...reviewOperations,
  ...vendorOperations,
  ...notificationOperations,
  ...adminOperations,
  ...metaOperations,
];
