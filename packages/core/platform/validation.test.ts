import { describe, expect, it } from "vitest";
import {
  isoDate,
  isoDateTime,
  isStorableDate,
  isStorableText,
  isStorableTimestamp,
  text,
  unstorableTextPaths,
} from "./validation";

// PostgreSQL refuses what JavaScript's Date accepts (`0`, `+275760-09-13`, year 0) and text with
// U+0000; each reached the database as a 500 before (issue 13, item 7).
describe("values PostgreSQL can store", () => {
  it("dates: YYYY-MM-DD on the calendar, years 1–9999", () => {
    for (const ok of ["2026-01-31", "2024-02-29", "0001-01-01", "9999-12-31"])
      expect(isStorableDate(ok), ok).toBe(true);
    for (const bad of [
      "0",
      "2026-02-30",
      "2023-02-29",
      "0000-01-01",
      "+275760-09-13",
      "2026-1-1",
      "20260131",
      "",
    ])
      expect(isStorableDate(bad), bad).toBe(false);
  });

  it("timestamps: ISO 8601, years 1–9999 in UTC too", () => {
    for (const ok of [
      "2026-01-31",
      "2026-01-31T09:30:00Z",
      "2026-01-31T09:30:00.123+02:00",
      "2026-01-31 09:30",
    ])
      expect(isStorableTimestamp(ok), ok).toBe(true);
    for (const bad of [
      "0",
      "9",
      "+275760-09-13",
      "-000001-01-01",
      "0000-01-01T00:00:00Z",
      "yesterday",
      "2026-01-31T25:00",
    ])
      expect(isStorableTimestamp(bad), bad).toBe(false);
    expect(isoDate().safeParse("0000-01-01").success).toBe(false);
    expect(isoDateTime().safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(isoDateTime().safeParse("2026-01-31T09:30:00Z").success).toBe(true);
  });

  it("text without U+0000, found by path in any JSON body", () => {
    expect(text().safeParse("a\u0000b").success).toBe(false);
    expect(text().safeParse("ab").success).toBe(true);
    expect(
      unstorableTextPaths({ name: "a\u0000", tags: ["ok", "\u0000"], custom: { "k\u0000": 1 }, n: 1 }),
    ).toEqual(["name", "tags.1", "custom.k\\u0000"]);
    expect(unstorableTextPaths({ name: "fine", nested: [{ deep: "ok" }] })).toEqual([]);
  });

  // Regression (issue 13): a lone surrogate (`"x\ud800y"` in a JSON body) passed the U+0000 checks
  // and failed in PostgreSQL as "invalid input syntax for type json", a 500.
  it("text with a lone UTF-16 surrogate is refused; surrogate pairs are fine", () => {
    for (const bad of ["x\ud800y", "\udc00", "a\ud83d", "\ude00\ud83d"]) {
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
      expect(text().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(isStorableText("emoji \ud83d\ude00 ok")).toBe(true);
    expect(text().safeParse("emoji \ud83d\ude00 ok").success).toBe(true);
    const body = JSON.parse('{"name":"Acme","address":{"street":"x\\ud800y"},"custom":{"k\\udc00":1}}');
    expect(unstorableTextPaths(body)).toEqual(["address.street", "custom.k\\udc00"]);
  });
});
