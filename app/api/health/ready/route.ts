// GET /api/health/ready — readiness for load balancers: database, Stripe, Inngest and the cache; 503 names what is down
import { readinessResponse } from "@/lib/health/readiness-response";

export const dynamic = "force-dynamic";

export const GET = readinessResponse;
