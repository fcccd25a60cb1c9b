import "server-only";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db, engine } from "./client";

/** better-auth's storage: its user/session/account/verification/rateLimit tables, through the one Prisma client. */
export function authDatabase() {
  return prismaAdapter(db, { provider: engine });
}
