import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript, so it installs without native builds (npm 11 skips install scripts).
const COST = 10;
// compared against when the email is unknown, so a login takes the same time either way
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.jmHgn0jCz1ZxP6MIuTuMA1cZIR3y";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  return bcrypt.compare(password, hash ?? DUMMY_HASH).then((ok) => ok && Boolean(hash));
}
