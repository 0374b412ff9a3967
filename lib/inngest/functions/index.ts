import { cleanupNotifications } from "./cleanup-notifications";
import { expireBookingHold } from "./expire-booking-hold";
import { notifyBookingConfirmed } from "./notify-booking-confirmed";
import { notifyBookingCreated } from "./notify-booking-created";
import { notifyBookingExpired } from "./notify-booking-expired";
import { notifyPaymentFailed } from "./notify-payment-failed";
import { notifyPaymentSucceeded } from "./notify-payment-succeeded";
import { welcomeUser } from "./welcome-user";

/** Every Inngest function the app serves at /api/inngest. */
export const functions = [
  welcomeUser,
  cleanupNotifications,
  expireBookingHold,
  notifyBookingCreated,
  notifyBookingConfirmed,
  notifyBookingExpired,
  notifyPaymentSucceeded,
  notifyPaymentFailed,
];
