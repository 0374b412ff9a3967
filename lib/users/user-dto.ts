import type { User } from "@prisma/client";

/** The user object of the REST API: camelCase, ISO 8601 times, never the password hash. */
export function toUserDto(user: Pick<User, "id" | "email" | "name" | "phone" | "role" | "active" | "createdAt">) {
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
export type UserDto = ReturnType<typeof toUserDto>;
