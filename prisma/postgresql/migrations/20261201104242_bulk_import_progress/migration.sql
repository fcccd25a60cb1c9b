-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "textHash" TEXT;

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "page" INTEGER,
    "pages" INTEGER,
    "errorCode" TEXT,
    "reportId" TEXT,
    "duplicateOfId" TEXT,
    "claimHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadProgress" (
    "uploadKey" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "page" INTEGER,
    "pages" INTEGER,
    "cancelledAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UploadProgress_pkey" PRIMARY KEY ("uploadKey")
);

-- CreateIndex
CREATE INDEX "ImportBatch_coachId_createdAt_idx" ON "ImportBatch"("coachId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportItem_batchId_position_idx" ON "ImportItem"("batchId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImportItem_coachId_claimHash_key" ON "ImportItem"("coachId", "claimHash");

-- CreateIndex
CREATE INDEX "Report_coachId_textHash_idx" ON "Report"("coachId", "textHash");

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

