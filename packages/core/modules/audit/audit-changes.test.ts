import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-changes";

describe("auditChanges", () => {
  it("lists changed fields with before and after, skipping bookkeeping columns", () => {
    const before = {
      id: "1",
      title: "Buyer",
      tags: ["a"],
      ownerId: null,
      updatedAt: "t1",
      custom: { tier: "gold" },
    };
    const after = {
      id: "1",
      title: "Head buyer",
      tags: ["a"],
      ownerId: "u1",
      updatedAt: "t2",
      custom: { tier: "silver", region: "EU" },
    };
    expect(auditChanges(before, after)).toEqual([
      { field: "title", before: "Buyer", after: "Head buyer" },
      { field: "ownerId", before: null, after: "u1" },
      { field: "custom.tier", before: "gold", after: "silver" },
      { field: "custom.region", before: null, after: "EU" },
    ]);
  });

  it("has nothing to compare when one side is missing", () => {
    expect(auditChanges(null, { title: "New" })).toEqual([]);
    expect(auditChanges({ userId: "u1" }, null)).toEqual([]);
    expect(auditChanges({ tags: ["a", "b"] }, { tags: ["a", "b"] })).toEqual([]);
  });

  it("names the currency of a money change", () => {
    expect(auditChanges({ value: 100, currency: "EUR" }, { value: 250, currency: "EUR" })).toEqual([
      { field: "value", before: 100, after: 250, currency: "EUR" },
    ]);
  });
});
