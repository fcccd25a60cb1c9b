import "server-only";
import { cancelUploadProgress, finishUploadProgress, listCancelledUploads, setUploadProgress } from "@/lib/db/upload-progress";
import { readerOptions } from "@/lib/reader-options";
import { readResume, type ResumeInput } from "@/lib/resume/read";
import type { ReadResume } from "@/lib/resume/schema";

/** How often the instance running uploads looks for a cancel, which may have reached another instance. */
const CANCEL_CHECK_MS = 500;

/**
 * The uploads this process is reading, by key. One timer asks the database about all of them at once, so the
 * queries per second stay the same however many uploads run side by side (one query each would add load exactly
 * when the server is busiest, and more the longer uploads wait).
 */
const reading = new Map<string, AbortController>();
let watch: NodeJS.Timeout | null = null;

function watchForCancels(uploadKey: string, controller: AbortController): () => void {
  reading.set(uploadKey, controller);
  watch ??= setInterval(() => {
    listCancelledUploads({ uploadKeys: [...reading.keys()] }).then(
      (cancelled) => {
        for (const key of cancelled) reading.get(key)?.abort();
      },
      () => undefined,
    );
  }, CANCEL_CHECK_MS);
  return () => {
    if (reading.get(uploadKey) === controller) reading.delete(uploadKey);
    if (reading.size === 0 && watch) {
      clearInterval(watch);
      watch = null;
    }
  };
}

/**
 * Reads a resume while its progress is kept in the database under the form's one-time key: any app instance can
 * answer the form's polling, and a cancel sent to any instance stops the parse worker here. Nothing is written
 * when the read starts (lib/db/upload-progress.ts): a cancel that came first is found by the watch within
 * CANCEL_CHECK_MS, or by endUploadProgress before the save, so it still saves nothing.
 */
export async function readResumeWithProgress(uploadKey: string, input: ResumeInput): Promise<ReadResume> {
  const controller = new AbortController();
  const unwatch = watchForCancels(uploadKey, controller);
  try {
    return await readResume(input, {
      ...readerOptions(),
      signal: controller.signal,
      onProgress: ({ stage, page, pages }) => void setUploadProgress({ uploadKey, stage, page, pages }).catch(() => undefined),
    });
  } finally {
    unwatch();
  }
}

/**
 * Ends the upload's progress; the caller ends it before saving, so a cancel that arrived while the report was
 * analyzed still saves nothing. Answers whether the upload was cancelled; a failure to end it is not the upload's.
 */
export async function endUploadProgress(uploadKey: string): Promise<{ cancelled: boolean }> {
  return finishUploadProgress({ uploadKey }).catch(() => ({ cancelled: false }));
}

export { cancelUploadProgress };
