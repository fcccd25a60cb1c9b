import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { db } from "./client";
import { getCoachByIntakeCode } from "./coaches";
import { completeMarketBuild, createMarketBuild, listMarketBuilds } from "./market-builds";
import { chooseCoachMarket, getCoachMarketId, getCurrentSnapshot, getSnapshotForNewReport, listPublicSnapshots } from "./snapshots";

const bundled = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const run = randomUUID().slice(0, 8);
const coachA = `markets-a-${run}`;
const coachB = `markets-b-${run}`;
const privateId = `private-market-${run}`;

beforeAll(async () => {
  for (const id of [coachA, coachB]) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  const buildId = randomUUID();
  await createMarketBuild({ id: buildId, coachId: coachA, title: "Berlin postings", fileName: "berlin.csv" });
  await completeMarketBuild({
    id: buildId,
    coachId: coachA,
    snapshot: { ...bundled, id: privateId, title: "Berlin postings", postings: 120 },
  });
});

describe("market snapshots", () => {
  it("keeps a coach's built market out of the public list and the default", async () => {
    expect((await listPublicSnapshots()).map((s) => s.id)).not.toContain(privateId);
    expect((await getCurrentSnapshot()).id).not.toBe(privateId);
    expect((await listMarketBuilds({ coachId: coachA }))[0]).toMatchObject({ status: "done", snapshotId: privateId, counted: 120 });
    expect(await listMarketBuilds({ coachId: coachB })).toEqual([]);
  });

  it("lets a coach choose their own market or a public one, never another coach's", async () => {
    expect(await chooseCoachMarket({ coachId: coachB, snapshotId: privateId })).toBe(false);
    expect(await getCoachMarketId({ coachId: coachB })).toBeNull();
    expect(await chooseCoachMarket({ coachId: coachA, snapshotId: privateId })).toBe(true);
    expect((await getSnapshotForNewReport({ coachId: coachA })).id).toBe(privateId);
    expect((await getSnapshotForNewReport({ coachId: coachB })).id).toBe((await getCurrentSnapshot()).id);
  });

  it("gives an intake upload its coach's market from the same lookup as the coach", async () => {
    const intakeCode = `intake-${run}-0000000000000000`;
    await db.user.update({ where: { id: coachA }, data: { intakeCode } });
    await chooseCoachMarket({ coachId: coachA, snapshotId: privateId });
    const coach = await getCoachByIntakeCode({ intakeCode });
    expect(coach).toMatchObject({ id: coachA, marketId: privateId });
    expect((await getSnapshotForNewReport({ coachId: coachA, coachMarketId: coach?.marketId })).id).toBe(privateId);
    await chooseCoachMarket({ coachId: coachA, snapshotId: null });
    expect((await getCoachByIntakeCode({ intakeCode }))?.marketId).toBeNull();
    expect((await getSnapshotForNewReport({ coachId: coachA, coachMarketId: null })).id).toBe((await getCurrentSnapshot()).id);
  });

  it("measures a candidate's pick when it is public, and refuses a private one", async () => {
    const publicId = (await listPublicSnapshots())[0]!.id;
    expect((await getSnapshotForNewReport({ pickedId: publicId, coachId: coachA })).id).toBe(publicId);
    await expect(getSnapshotForNewReport({ pickedId: privateId })).rejects.toMatchObject({ code: "invalid-input" });
  });
});
