// A Prisma client for scripts that run outside Next.js (seed, reconcile, benchmarks).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export function scriptClient(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
