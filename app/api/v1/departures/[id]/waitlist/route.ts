// POST /api/v1/departures/:id/waitlist — join the waitlist of a full departure; DELETE — leave it
import { readOptionalJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { JoinWaitlistInput } from "@/lib/waitlist/schemas";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { leaveWaitlist } from "@/lib/waitlist/leave-waitlist";

type P = { id: string };

export const POST = withAuth<P>({ permission: "waitlist:join" }, async ({ req, actor, params }) => {
  const { seats } = await readOptionalJson(req, JoinWaitlistInput);
  const entry = await joinWaitlist(actor, params.id, seats);
  return Response.json(
    {
      waitlistEntry: {
        id: entry.id,
        departureId: entry.departureId,
        seats: entry.seats,
        createdAt: entry.createdAt.toISOString(),
      },
    },
    { status: 201 },
  );
});

export const DELETE = withAuth<P>({ permission: "waitlist:join" }, async ({ actor, params }) => {
  await leaveWaitlist(actor, params.id);
  return new Response(null, { status: 204 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH } = allowOnly("POST", "DELETE");
