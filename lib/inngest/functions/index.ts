import { cleanupNotifications } from "./cleanup-notifications";
import { housekeeping } from "./housekeeping";
import { expireBookingHold } from "./expire-booking-hold";
import { notifyBookingCancelled } from "./notify-booking-cancelled";
import { notifyBookingConfirmed } from "./notify-booking-confirmed";
import { notifyBookingCreated } from "./notify-booking-created";
import { notifyBookingExpired } from "./notify-booking-expired";
import { notifyPaymentFailed } from "./notify-payment-failed";
import { notifyPaymentRefunded } from "./notify-payment-refunded";
import { notifyWaitlist } from "./notify-waitlist";
import { notifyPaymentSucceeded } from "./notify-payment-succeeded";
import { retryPendingRefunds } from "./retry-pending-refunds";
import { welcomeUser } from "./welcome-user";
import { sendPasswordReset } from "./send-password-reset";
import { completeFinishedBookingsJob } from "./complete-finished-bookings";
import { executePayoutJob, resumePendingPayouts } from "./execute-payout";
import { monthlyStatements, sendVendorStatement } from "./monthly-statements";
import { notifyBookingCompleted } from "./notify-booking-completed";
import { inviteReviewJob } from "./invite-review";
import { notifyPayoutFailed } from "./notify-payout-failed";
import { notifyPayoutPaid } from "./notify-payout-paid";
import { flagTaxForm } from "./flag-tax-form";
import { notifyPaymentReturned } from "./notify-payment-returned";
import { monthlyPayouts, weeklyPayouts } from "./scheduled-payouts";

/** Every Inngest function the app serves at /api/inngest. */
export const functions = [
  welcomeUser,
  sendPasswordReset,
  cleanupNotifications,
  housekeeping,
  expireBookingHold,
  notifyBookingCreated,
  notifyBookingConfirmed,
  notifyBookingExpired,
  notifyPaymentSucceeded,
  notifyPaymentFailed,
  notifyBookingCancelled,
  notifyPaymentRefunded,
  notifyPaymentReturned,
  retryPendingRefunds,
  notifyWaitlist,
  completeFinishedBookingsJob,
  notifyBookingCompleted,
  inviteReviewJob,
  weeklyPayouts,
  monthlyPayouts,
  executePayoutJob,
  resumePendingPayouts,
  notifyPayoutPaid,
  flagTaxForm,
  notifyPayoutFailed,
  monthlyStatements,
  sendVendorStatement,
];
