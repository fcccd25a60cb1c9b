-- The generated better-auth secret now lives in a file beside the database (lib/auth-secret.ts): a copy of the
-- database alone no longer signs sessions. scripts/migrate.ts moves an existing secret to that file first.
-- DropTable
DROP TABLE "AppSecret";
