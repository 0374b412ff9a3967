import "server-only";
import { Prisma } from "@prisma/client";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { publishEvent } from "../events/publish-event";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import type { RegisterInput } from "./schemas";

export async function registerUser(input: RegisterInput) {
  const passwordHash = await hashPassword(input.password);
  const role = input.role ?? "traveller";
  try {
    const created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, name: input.name, phone: input.phone ?? null, role },
      });
      if (role === "vendor") {
        await tx.vendorProfile.create({ data: { userId: user.id, displayName: user.name } });
      }
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.registered",
        entityType: "user",
        entityId: user.id,
        data: { role },
      });
      await publishEvent(tx, events.userRegistered, { userId: user.id, role }, `user/registered:${user.id}`);
      return user;
    });
    kickOutbox();
    return created;
  } catch (error) {
    // the unique index decides, so two concurrent registrations of one email cannot both succeed
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("email_taken", "An account with this email already exists", {
        details: { fieldErrors: { email: ["An account with this email already exists"] } },
      });
    }
    throw error;
  }
}
