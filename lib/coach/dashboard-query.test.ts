import { describe, expect, it } from "vitest";
import { clientLabelOrDefault, dashboardSearch, decodeCursor, encodeCursor, parseDashboardQuery } from "./dashboard-query";

describe("dashboard query", () => {
  it("defaults to newest first, latest versions only", () => {
    expect(parseDashboardQuery(new URLSearchParams())).toEqual({
      q: undefined,
      sort: "date",
      dir: "desc",
      tier: undefined,
      level: undefined,
      versions: "latest",
      cursor: undefined,
    });
  });

  it("keeps valid filters and drops malformed ones instead of failing", () => {
    const query = parseDashboardQuery({ q: "  Ada ", sort: "coverage", dir: "asc", tier: "generative", level: "senior", versions: "all" });
    expect(query).toMatchObject({ q: "Ada", sort: "coverage", dir: "asc", tier: "generative", level: "senior", versions: "all" });
    const bad = parseDashboardQuery({ sort: "DROP TABLE", level: "guru", tier: "<script>", dir: ["asc", "desc"] });
    expect(bad).toMatchObject({ sort: "date", level: undefined, tier: undefined, dir: "asc" });
  });

  it("round-trips a query through the URL without the defaults", () => {
    expect(dashboardSearch({ sort: "date", dir: "desc", versions: "latest" })).toBe("");
    const search = dashboardSearch({ q: "Ada", sort: "tier", level: "mid" });
    expect(parseDashboardQuery(new URLSearchParams(search))).toMatchObject({ q: "Ada", sort: "tier", level: "mid" });
  });

  it("encodes cursors and ignores tampered ones", () => {
    const cursor = { value: 0.4375, id: "abcDEF123_-" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-base64-json")).toBeNull();
    expect(decodeCursor(Buffer.from('["x","y"]').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('[1,"id; DROP"]').toString("base64url"))).toBeNull();
  });

  it("labels unnamed clients by a short id", () => {
    expect(clientLabelOrDefault(null, "AbCdEfGhIj")).toBe("Candidate AbCdEf");
    expect(clientLabelOrDefault("  Ada ", "x")).toBe("Ada");
  });
});
