-- CreateTable
CREATE TABLE "MarketBuild" (
    "id" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "postingsRead" INTEGER NOT NULL DEFAULT 0,
    "counted" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "unreadable" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "snapshotId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketBuild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachMarket" (
    "coachId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "chosenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachMarket_pkey" PRIMARY KEY ("coachId")
);

-- CreateIndex
CREATE INDEX "MarketBuild_coachId_createdAt_idx" ON "MarketBuild"("coachId", "createdAt");

-- CreateIndex
CREATE INDEX "MarketBuild_snapshotId_idx" ON "MarketBuild"("snapshotId");

-- CreateIndex
CREATE INDEX "CoachMarket_snapshotId_idx" ON "CoachMarket"("snapshotId");

-- AddForeignKey
ALTER TABLE "MarketBuild" ADD CONSTRAINT "MarketBuild_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketBuild" ADD CONSTRAINT "MarketBuild_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "MarketSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachMarket" ADD CONSTRAINT "CoachMarket_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachMarket" ADD CONSTRAINT "CoachMarket_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "MarketSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

