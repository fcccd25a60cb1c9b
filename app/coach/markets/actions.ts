"use server";

import { randomUUID } from "node:crypto";
import path from "node:path";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { coachAction, failure, NOT_FOUND } from "@/app/_server/action";
import { createMarketBuild } from "@/lib/db/market-builds";
import { chooseCoachMarket } from "@/lib/db/snapshots";
import { env } from "@/lib/env";
import { runMarketBuild } from "./run-build";

const UPLOAD_TYPES = [".zip", ".csv", ".jsonl", ".ndjson"];

const buildSchema = z.object({
  title: z.string().trim().min(3, "Give the market a title of at least 3 characters.").max(120, "Keep the title under 120 characters."),
  file: z
    .instanceof(File, { message: "Choose a .zip or .csv file of postings." })
    .refine((file) => file.size > 0, "This file is empty. Choose the postings file again.")
    .refine(
      (file) => UPLOAD_TYPES.includes(path.extname(file.name).toLowerCase()),
      "Upload a .zip of postings, or a .csv or .jsonl export.",
    ),
});

/** Starts counting an uploaded postings file into a new snapshot; the Markets page shows its progress. */
export const buildMarket = coachAction(buildSchema, async function buildMarket({ title, file }, coach) {
  if (file.size > env.MAX_UPLOAD_BYTES) return failure("too-large");
  const buildId = randomUUID();
  const fileName = path.basename(file.name).slice(0, 200);
  const bytes = new Uint8Array(await file.arrayBuffer());
  await createMarketBuild({ id: buildId, coachId: coach.id, title, fileName });
  after(() => runMarketBuild({ buildId, coachId: coach.id, title, fileName, bytes }));
  revalidatePath("/coach/markets");
  return { ok: true, message: `Counting the postings in ${fileName}: watch its progress below.` };
});

const chooseSchema = z.object({ snapshotId: z.string().max(200) });

/** Makes a snapshot (public, or one this coach built) the market their clients' new reports are measured against. */
export const chooseMarket = coachAction(chooseSchema, async function chooseMarket({ snapshotId }, coach) {
  const chosen = await chooseCoachMarket({ coachId: coach.id, snapshotId: snapshotId === "" ? null : snapshotId });
  if (!chosen) return NOT_FOUND;
  revalidatePath("/coach/markets");
  return { ok: true, message: "Saved: your clients' new reports are measured against this market. Reports already saved keep theirs." };
});
