"use server";

import { z } from "zod";
import { Id, action } from "@/lib/forms/action";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { leaveWaitlist } from "@/lib/waitlist/leave-waitlist";

/** Join (one seat) or leave the waitlist of a full departure; used on the trip page and in My bookings. */
export const toggleWaitlistAction = action(
  {
    permission: "waitlist:join",
    args: [Id, Id, z.boolean()],
    revalidate: (tripId) => [`/trips/${tripId}`, "/bookings"],
  },
  async ({ actor, args: [, departureId, join] }) => {
    if (join) await joinWaitlist(actor, departureId, 1);
    else await leaveWaitlist(actor, departureId);
    return { ok: true };
  },
);
