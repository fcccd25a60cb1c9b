import { readFileSync } from "node:fs";
import path from "node:path";
import { parseMarketSnapshot, type MarketSnapshot } from "./snapshot";

/** The snapshot shipped with the app: what a fresh database is seeded with and what the CLI uses. */
export const BUNDLED_SNAPSHOT_PATH = path.join(process.cwd(), "data", "market", "ai-engineer-2026-06.json");

export function readSnapshotFile(file: string): MarketSnapshot {
  return parseMarketSnapshot(JSON.parse(readFileSync(file, "utf8")));
}
