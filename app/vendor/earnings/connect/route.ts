// GET /vendor/earnings/connect — Stripe's refresh_url: an expired onboarding link sends the vendor here for a new one
import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { startConnectOnboarding } from "@/lib/vendors/start-connect-onboarding";

export async function GET() {
  const base = env().APP_URL;
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(`${base}/login?callbackUrl=${encodeURIComponent("/vendor/earnings")}`, 303);
  if (!can(actor.role, "vendors:connect")) return NextResponse.redirect(`${base}/?denied=1`, 303);
  const { url } = await startConnectOnboarding(actor, actor.id);
  return NextResponse.redirect(url, 303);
}
