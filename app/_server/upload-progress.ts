import "server-only";
import {
  cancelUploadProgress,
  finishUploadProgress,
  isUploadCancelled,
  setUploadProgress,
  startUploadProgress,
} from "@/lib/db/upload-progress";
import { AppError } from "@/lib/errors";
import { readerOptions } from "@/lib/reader-options";
import { readResume, type ResumeInput } from "@/lib/resume/read";
import type { ReadResume } from "@/lib/resume/schema";

/** How often the instance running an upload looks for a cancel, which may have reached another instance. */
const CANCEL_CHECK_MS = 500;

/**
 * Reads a resume while its progress is kept in the database under the form's one-time key: any app instance can
 * answer the form's polling, and a cancel sent to any instance stops the parse worker here.
 */
export async function readResumeWithProgress(uploadKey: string, input: ResumeInput): Promise<ReadResume> {
  await startUploadProgress({ uploadKey, stage: "reading" });
  const controller = new AbortController();
  const watch = setInterval(() => {
    isUploadCancelled({ uploadKey }).then(
      (cancelled) => cancelled && controller.abort(),
      () => undefined,
    );
  }, CANCEL_CHECK_MS);
  try {
    if (await isUploadCancelled({ uploadKey })) throw new AppError("cancelled");
    return await readResume(input, {
      ...readerOptions(),
      signal: controller.signal,
      onProgress: ({ stage, page, pages }) => void setUploadProgress({ uploadKey, stage, page, pages }).catch(() => undefined),
    });
  } finally {
    clearInterval(watch);
  }
}

/** The last check before saving: a cancel that arrived while the report was analyzed still saves nothing. */
export async function throwIfUploadCancelled(uploadKey: string): Promise<void> {
  if (await isUploadCancelled({ uploadKey })) throw new AppError("cancelled");
}

export async function endUploadProgress(uploadKey: string): Promise<void> {
  await finishUploadProgress({ uploadKey }).catch(() => undefined);
}

export { cancelUploadProgress };
