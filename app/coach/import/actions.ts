"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clientLabelFromFileName, zipEntryVerdict } from "@/lib/coach/import-files";
import { FILES_PER_CALL } from "@/lib/coach/import-limits";
import { createImport, failImportItem, getImportItemForCoach } from "@/lib/db/imports";
import { takeRateLimit } from "@/lib/db/rate-limits";
import { env } from "@/lib/env";
import { isWellFormedToken } from "@/lib/tokens";
import { coachAction } from "../../_server/action";
import { importOneFile } from "./process";

const asArray = <T extends z.ZodType>(item: T) => z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(item));

const startSchema = z
  .object({
    name: asArray(z.string().max(1000)),
    size: asArray(z.coerce.number().int().nonnegative()),
  })
  .refine((input) => input.name.length === input.size.length, { message: "Choose the files again.", path: ["name"] })
  .refine((input) => input.name.length <= env.IMPORT_MAX_FILES, {
    message: `Import at most ${env.IMPORT_MAX_FILES} files at once; split the rest into another import.`,
    path: ["name"],
  });

/**
 * Starts an import of files the browser will send one small group at a time: a row per file, each labelled from
 * its file name. Files the server would refuse anyway (too large, not a resume type) fail here and are never sent.
 */
export const startFileImport = coachAction(startSchema, async function startFileImport({ name, size }, coach) {
  const items = name.map((fileName, position) => {
    const label = clientLabelFromFileName(fileName, position);
    if (zipEntryVerdict(fileName) !== "read") return { label, errorCode: "unsupported-type" };
    if (size[position]! > env.MAX_UPLOAD_BYTES) return { label, errorCode: "too-large" };
    if (size[position] === 0) return { label, errorCode: "empty-file" };
    return { label };
  });
  const { batchId, itemIds } = await createImport({ coachId: coach.id, source: "files", items });
  revalidatePath("/coach/import");
  return {
    ok: true as const,
    batchId,
    items: items.map((item, position) => ({ id: itemIds[position]!, label: item.label, queued: !item.errorCode })),
  };
});

const filesSchema = z
  .object({
    itemId: asArray(z.string().refine(isWellFormedToken)).pipe(z.array(z.string()).max(FILES_PER_CALL)),
    file: asArray(z.instanceof(File)),
  })
  .refine((input) => input.itemId.length === input.file.length, { message: "Choose the files again.", path: ["file"] });

/** Reads and saves a few files of an import, side by side in the parser pool; each file's outcome is on its row. */
export const importFiles = coachAction(filesSchema, async function importFiles({ itemId, file }, coach) {
  await Promise.all(
    itemId.map(async (id, index) => {
      const item = await getImportItemForCoach({ id, coachId: coach.id });
      if (!item) return;
      const upload = file[index]!;
      if (upload.size > env.MAX_UPLOAD_BYTES) return failImportItem({ id, errorCode: "too-large" });
      const limit = await takeRateLimit({
        key: `import:${coach.id}`,
        max: env.IMPORT_RATE_MAX,
        windowSeconds: env.UPLOAD_RATE_WINDOW_SECONDS,
      });
      if (!limit.allowed) return failImportItem({ id, errorCode: "rate-limited" });
      await importOneFile({
        coachId: coach.id,
        itemId: id,
        label: item.label,
        bytes: async () => new Uint8Array(await upload.arrayBuffer()),
      });
    }),
  );
  return { ok: true as const };
});
