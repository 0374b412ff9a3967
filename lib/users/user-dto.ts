import type { User } from "@prisma/client";
import { z } from "zod";
import { IsoDateTime, RoleName } from "../openapi/fields";

/** The user object of the REST API: camelCase, ISO 8601 times, never the password hash. Published in the OpenAPI document. */
export const UserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: RoleName,
  active: z.boolean(),
  createdAt: IsoDateTime,
});
export type UserDto = z.infer<typeof UserDto>;

export function toUserDto(
  user: Pick<User, "id" | "email" | "name" | "phone" | "role" | "active" | "createdAt">,
): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
  };
}
