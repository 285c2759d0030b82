// Issue 12.7: done tasks were mixed into the tasks list by default. A filter may now have a default
// that applies when the URL names no value, and `all` lifts it. Issue 12.9: the row offset (`at`)
// that "51–100 of N" needs travels with the cursor only.
import { describe, expect, it } from "vitest";
import { clearedValue, type FilterDef, type ListConfig, parseListState } from "./list-config";

const status: FilterDef = {
  key: "status",
  kind: "enum",
  label: "s",
  values: ["open", "done"],
  defaultValue: "open",
};
const priority: FilterDef = { key: "priority", kind: "enum", label: "p", values: ["high", "low"] };
const config: ListConfig = {
  columns: [{ id: "title", label: "x", fixed: true }],
  filters: [status, priority],
};

describe("list state from the URL", () => {
  it("applies a filter's default until the URL names a value or lifts it with 'all'", () => {
    expect(parseListState(config, {}).filters).toEqual({ status: "open" });
    expect(parseListState(config, { status: "done" }).filters).toEqual({ status: "done" });
    expect(parseListState(config, { status: "all" }).filters).toEqual({});
    // Without a default, "all" is just a value (the service refuses it as it refuses any unknown one).
    expect(parseListState(config, { priority: "all" }).filters).toEqual({ status: "open", priority: "all" });
    expect(clearedValue(status)).toBe("all");
    expect(clearedValue(priority)).toBeNull();
  });

  it("reads the row offset only together with a cursor", () => {
    expect(parseListState(config, { cursor: "abc", at: "50" }).offset).toBe(50);
    expect(parseListState(config, { at: "50" }).offset).toBe(0);
    expect(parseListState(config, { cursor: "abc", at: "-5" }).offset).toBe(0);
    expect(parseListState(config, { cursor: "abc", at: "x" }).offset).toBe(0);
  });
});
