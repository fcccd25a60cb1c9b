-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN "displayName" TEXT;

-- A share page made before this kept showing the report's label: it keeps the name it shows now.
UPDATE "ShareLink" SET "displayName" = (SELECT "clientLabel" FROM "Report" WHERE "Report"."id" = "ShareLink"."reportId")
WHERE "showName" = 1;
