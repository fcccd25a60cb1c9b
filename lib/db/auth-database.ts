import "server-only";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { env } from "../env";
import { db } from "./client";

/** better-auth's storage: its user/session/account/verification/rateLimit tables, through the one Prisma client. */
export function authDatabase() {
  const provider = /^postgres(ql)?:/.test(env.DATABASE_URL) ? "postgresql" : "sqlite";
  return prismaAdapter(db, { provider });
}
