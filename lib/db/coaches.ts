import "server-only";
import { db } from "./client";

export interface CoachProfile {
  id: string;
  name: string;
  email: string;
  intakeCode: string | null;
}

export async function getCoachProfile({ coachId }: { coachId: string }): Promise<CoachProfile | null> {
  return db.user.findUnique({ where: { id: coachId }, select: { id: true, name: true, email: true, intakeCode: true } });
}

/**
 * The coach behind a live intake code; a rotated code matches nobody. `marketId` is the market the coach chose for
 * their clients' new reports (null: the default), read in the same query so an intake upload needs no second one.
 */
export async function getCoachByIntakeCode({
  intakeCode,
}: {
  intakeCode: string;
}): Promise<{ id: string; name: string; marketId: string | null } | null> {
  const row = await db.user.findUnique({
    where: { intakeCode },
    select: { id: true, name: true, market: { select: { snapshotId: true } } },
  });
  return row ? { id: row.id, name: row.name, marketId: row.market?.snapshotId ?? null } : null;
}

/** Gives the coach a new intake code; the old one stops working in the same write. */
export async function rotateIntakeCode({ coachId, intakeCode }: { coachId: string; intakeCode: string }): Promise<void> {
  await db.user.update({ where: { id: coachId }, data: { intakeCode } });
}
