import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { formatUsd } from "./format";
import { placeInTier } from "./tier";

describe("salary tiers in a snapshot's own currency", () => {
  it("carries a euro market's currency into the report and shows euros, never converted", () => {
    const bundled = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
    const euro = {
      ...bundled,
      salary: { ...bundled.salary, tiers: bundled.salary.tiers.map((tier) => ({ ...tier, medianUsd: 70_000, currency: "EUR" })) },
    };
    const tier = placeInTier(new Set(["rag"]), euro);
    expect(tier).toMatchObject({ medianUsd: 70_000, currency: "EUR" });
    expect(formatUsd(tier.medianUsd, tier.currency)).toBe("€70,000");
    expect(placeInTier(new Set(["rag"]), bundled).currency).toBeUndefined();
    expect(formatUsd(140_000)).toBe("$140,000");
    expect(formatUsd(1_200_000, "PLN")).toBe("1,200,000 PLN");
  });
});
