import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cancelUploadProgress, finishUploadProgress, getUploadProgress, listCancelledUploads, setUploadProgress } from "./upload-progress";

describe("upload progress", () => {
  it("writes nothing for an upload that tells no progress, and finishes it as not cancelled", async () => {
    const uploadKey = randomUUID();
    expect(await getUploadProgress({ uploadKey })).toBeNull();
    expect(await finishUploadProgress({ uploadKey })).toEqual({ cancelled: false });
  });

  it("keeps the stage an upload tells until it finishes", async () => {
    const uploadKey = randomUUID();
    await setUploadProgress({ uploadKey, stage: "ocr", page: 0, pages: 3 });
    await setUploadProgress({ uploadKey, stage: "ocr", page: 2, pages: 3 });
    expect(await getUploadProgress({ uploadKey })).toEqual({ stage: "ocr", page: 2, pages: 3, cancelled: false });
    expect(await finishUploadProgress({ uploadKey })).toEqual({ cancelled: false });
    expect(await getUploadProgress({ uploadKey })).toBeNull();
  });

  it("finds a cancel sent before the upload told anything, and reports it when the upload finishes", async () => {
    const uploadKey = randomUUID();
    const other = randomUUID();
    await cancelUploadProgress({ uploadKey });
    expect(await listCancelledUploads({ uploadKeys: [uploadKey, other] })).toEqual([uploadKey]);
    await setUploadProgress({ uploadKey, stage: "ocr", page: 1, pages: 3 });
    expect((await getUploadProgress({ uploadKey }))?.cancelled).toBe(true);
    expect(await finishUploadProgress({ uploadKey })).toEqual({ cancelled: true });
    expect(await finishUploadProgress({ uploadKey })).toEqual({ cancelled: false });
  });
});
