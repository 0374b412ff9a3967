// GET/POST /api/auth/* — Auth.js endpoints for browser sessions
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;
