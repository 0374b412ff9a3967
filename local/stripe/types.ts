// Shapes of the Stripe objects the stand-in serves. They are `type` aliases rather than interfaces so that they stay
// assignable to Record<string, unknown>, which the generic expand/diff code needs. Field names follow Stripe's API.
export type Metadata = Record<string, string>;

/** What a test card does when charged (local/stripe/cards.ts maps each test number to one). */
export type CardOutcome =
  "succeed" | "generic_decline" | "insufficient_funds" | "expired_card" | "incorrect_cvc" | "processing_error";

export type CardDetails = {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  funding: "credit" | "debit";
  country: string;
  fingerprint: string;
};

export type PaymentMethod = {
  id: string;
  object: "payment_method";
  type: "card";
  card: CardDetails & { checks: { cvc_check: "pass" | null } };
  billing_details: { name: string | null; email: string | null; phone: string | null };
  created: number;
  customer: null;
  livemode: false;
  metadata: Metadata;
};

type PaymentError = {
  type: "card_error";
  code: string;
  decline_code?: string;
  message: string;
  doc_url: string;
  param?: string;
  charge?: string;
  payment_method?: PaymentMethod;
};

type PaymentIntentStatus = "requires_payment_method" | "requires_confirmation" | "succeeded" | "canceled";

export type PaymentIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_capturable: number;
  amount_received: number;
  application_fee_amount: number | null;
  automatic_payment_methods: { enabled: boolean; allow_redirects?: string } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: string;
  client_secret: string;
  confirmation_method: "automatic";
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  last_payment_error: PaymentError | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Metadata;
  next_action: null;
  on_behalf_of: string | null;
  payment_method: string | null;
  payment_method_types: string[];
  receipt_email: string | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: PaymentIntentStatus;
  transfer_data: { destination: string; amount?: number } | null;
  transfer_group: string | null;
};

export type Charge = {
  id: string;
  object: "charge";
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  balance_transaction: null;
  captured: boolean;
  created: number;
  currency: string;
  description: string | null;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Metadata;
  outcome: {
    network_status: string;
    reason: string | null;
    risk_level: "normal";
    seller_message: string;
    type: string;
  };
  paid: boolean;
  payment_intent: string;
  payment_method: string;
  payment_method_details: { type: "card"; card: CardDetails };
  receipt_email: string | null;
  refunded: boolean;
  status: "succeeded" | "failed";
  transfer_group: string | null;
};

export type Refund = {
  id: string;
  object: "refund";
  amount: number;
  balance_transaction: null;
  charge: string;
  created: number;
  currency: string;
  failure_reason?: string;
  metadata: Metadata;
  payment_intent: string;
  reason: string | null;
  receipt_number: null;
  status: "pending" | "succeeded" | "failed";
};

export type CapabilityStatus = "active" | "inactive" | "pending";

export type Account = {
  id: string;
  object: "account";
  type: string;
  business_type: string | null;
  business_profile: Record<string, string | null>;
  capabilities: Record<string, CapabilityStatus>;
  charges_enabled: boolean;
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  metadata: Metadata;
  payouts_enabled: boolean;
  requirements: {
    currently_due: string[];
    eventually_due: string[];
    past_due: string[];
    disabled_reason: string | null;
  };
};

export type TransferReversal = {
  id: string;
  object: "transfer_reversal";
  amount: number;
  balance_transaction: null;
  created: number;
  currency: string;
  destination_payment_refund: null;
  metadata: Metadata;
  source_refund: null;
  transfer: string;
};

export type Transfer = {
  id: string;
  object: "transfer";
  amount: number;
  amount_reversed: number;
  balance_transaction: null;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Metadata;
  reversals: { object: "list"; data: TransferReversal[]; has_more: boolean; total_count: number; url: string };
  reversed: boolean;
  source_transaction: string | null;
  source_type: "card";
  transfer_group: string | null;
};

export type StripeObject = PaymentIntent | Charge | PaymentMethod | Refund | Account | Transfer | TransferReversal;

export type StripeEvent = {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};

/** One pending webhook attempt series for one event (Stripe delivers each event to each endpoint). */
export type Delivery = { eventId: string; seq: number; attempts: number; dueAt: number };

export type IdempotencyEntry = {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: unknown;
  requestId: string;
  createdAt: number;
};

export type State = {
  paymentIntents: Record<string, PaymentIntent>;
  charges: Record<string, Charge>;
  // the card's scripted test outcome is kept beside the public object, never exposed through the API
  paymentMethods: Record<string, { object: PaymentMethod; outcome: CardOutcome }>;
  refunds: Record<string, Refund>;
  accounts: Record<string, Account>;
  transfers: Record<string, Transfer>;
  reversals: Record<string, TransferReversal>;
  events: Record<string, StripeEvent>;
  deliveries: Delivery[];
  idempotency: Record<string, IdempotencyEntry>;
  seq: number;
};

export function emptyState(): State {
  return {
    paymentIntents: {},
    charges: {},
    paymentMethods: {},
    refunds: {},
    accounts: {},
    transfers: {},
    reversals: {},
    events: {},
    deliveries: [],
    idempotency: {},
    seq: 0,
  };
}
