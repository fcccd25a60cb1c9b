-- DropIndex
DROP INDEX "Report_coachId_isLatest_createdAt_idx";

-- DropIndex
DROP INDEX "Report_coachId_isLatest_coverage_idx";

-- DropIndex
DROP INDEX "Report_coachId_isLatest_tierMedianUsd_idx";

-- CreateIndex
CREATE INDEX "Report_coachId_isLatest_createdAt_id_idx" ON "Report"("coachId", "isLatest", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Report_coachId_isLatest_coverage_id_idx" ON "Report"("coachId", "isLatest", "coverage", "id");

-- CreateIndex
CREATE INDEX "Report_coachId_isLatest_tierMedianUsd_id_idx" ON "Report"("coachId", "isLatest", "tierMedianUsd", "id");

-- CreateIndex
CREATE INDEX "Report_coachId_isLatest_tierId_createdAt_id_idx" ON "Report"("coachId", "isLatest", "tierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Report_coachId_createdAt_id_idx" ON "Report"("coachId", "createdAt", "id");

