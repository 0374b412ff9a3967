// Email templates: each renders a subject, an HTML body (inline styles, for mail clients) and a plain-text body.
import { z } from "zod";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function layout(title: string, paragraphs: string[], cta?: { label: string; url: string }) {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.55">${escape(p)}</p>`).join("");
  const button = cta
    ? `<p style="margin:24px 0"><a href="${escape(cta.url)}" style="background:#0f766e;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">${escape(cta.label)}</a></p>`
    : "";
  return `<!doctype html><html><body style="margin:0;background:#f6f5f0;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#fff;border-radius:12px;padding:32px">
<tr><td><p style="margin:0 0 24px;font-weight:700;font-size:18px;color:#0f766e">Travellr</p>
<h1 style="margin:0 0 16px;font-size:22px">${escape(title)}</h1>${body}${button}
<p style="margin:32px 0 0;font-size:12px;color:#6b7280">You receive this email because you have a Travellr account.</p></td></tr></table></td></tr></table></body></html>`;
}

function text(title: string, paragraphs: string[], cta?: { label: string; url: string }) {
  return [
    title,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(cta ? [`${cta.label}: ${cta.url}`, ""] : []),
    "— Travellr",
  ].join("\n");
}

const WelcomeData = z.object({ name: z.string(), role: z.enum(["traveller", "vendor", "admin"]), appUrl: z.string() });
/** A general notification email: a heading, a few paragraphs and an optional button. */
const NoticeData = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()).min(1),
  ctaLabel: z.string().optional(),
  ctaUrl: z.string().optional(),
});

/** A forgot-password link; `resetUrl` carries the one-time token. */
const PasswordResetData = z.object({ name: z.string(), resetUrl: z.string() });

/** Which template an email uses, with that template's data: the name narrows the data, so no caller can mix them. */
export type EmailSpec =
  | { template: "welcome"; data: z.infer<typeof WelcomeData> }
  | { template: "notice"; data: z.infer<typeof NoticeData> }
  | { template: "password_reset"; data: z.infer<typeof PasswordResetData> };

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function renderWelcome(d: z.infer<typeof WelcomeData>): RenderedEmail {
  const title = `Welcome to Travellr, ${d.name}!`;
  const paragraphs =
    d.role === "vendor"
      ? [
          "Your operator account is ready. Publish your first trip, add departures and start taking bookings.",
          "Travellr keeps 20 % of each booking and pays the rest to you on a weekly or monthly schedule.",
        ]
      : [
          "Your account is ready. Find a small-group trip, pick a departure and hold your seats while you pay.",
          "Flexible trips can be cancelled for a full refund until 24 hours before they start.",
        ];
  const cta =
    d.role === "vendor"
      ? { label: "Open your dashboard", url: `${d.appUrl}/vendor` }
      : { label: "Explore trips", url: `${d.appUrl}/trips` };
  return { subject: title, html: layout(title, paragraphs, cta), text: text(title, paragraphs, cta) };
}

function renderNotice(d: z.infer<typeof NoticeData>): RenderedEmail {
  const cta = d.ctaLabel && d.ctaUrl ? { label: d.ctaLabel, url: d.ctaUrl } : undefined;
  return { subject: d.title, html: layout(d.title, d.paragraphs, cta), text: text(d.title, d.paragraphs, cta) };
}

function renderPasswordReset(d: z.infer<typeof PasswordResetData>): RenderedEmail {
  const title = "Reset your Travellr password";
  const paragraphs = [
    `Hi ${d.name}, someone asked to reset the password of your Travellr account. If it was you, choose a new password with the link below.`,
    "The link works once and expires in one hour. Once the password is changed you are signed out everywhere, including apps that use your API tokens.",
    "If you did not ask for this, ignore this email: your password stays as it is.",
  ];
  const cta = { label: "Choose a new password", url: d.resetUrl };
  return { subject: title, html: layout(title, paragraphs, cta), text: text(title, paragraphs, cta) };
}

/** Renders an email; each template checks its data again, since the data may come from a stored or retried job. */
export function renderEmail(email: EmailSpec): RenderedEmail {
  switch (email.template) {
    case "welcome":
      return renderWelcome(WelcomeData.parse(email.data));
    case "notice":
      return renderNotice(NoticeData.parse(email.data));
    case "password_reset":
      return renderPasswordReset(PasswordResetData.parse(email.data));
  }
}
