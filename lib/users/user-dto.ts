import type { User } from "@prisma/client";

/** The user object of the REST API (SPEC §5). */
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
