import { describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../helpers/test-db";

describe("test database", () => {
  it("starts migrated and empty", () => {
    const { db, cleanup } = createTestDb();
    try {
      const counts = tableCounts(db);
      expect(Object.keys(counts)).toContain("Figure");
      expect(Object.values(counts).every((n) => n === 0)).toBe(true);
      expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    } finally {
      cleanup();
    }
  });
});
