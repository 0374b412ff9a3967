import "server-only";
import { db } from "../db";

export function listOutbox(limit = 100) {
  return db.emailOutbox.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { id: true, to: true, subject: true, template: true, status: true, createdAt: true, sentAt: true } });
}

export function getOutboxEmail(id: string) {
  return db.emailOutbox.findUnique({ where: { id } });
}
