// The keys and secrets of local mode, in one place: the app uses them when Stripe is not configured, the stand-in
// accepts them, and reconcile and the tests sign and call with them. They unlock nothing outside this machine.
export const LOCAL_STRIPE_SECRET_KEY = "sk_test_travellr_local";
export const LOCAL_STRIPE_PUBLISHABLE_KEY = "pk_test_travellr_local";
export const LOCAL_STRIPE_WEBHOOK_SECRET = "whsec_travellr_local";
