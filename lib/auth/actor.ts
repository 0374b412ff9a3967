import type { Role } from "@prisma/client";

/** The authenticated user a request acts as. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}
