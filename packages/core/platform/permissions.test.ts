import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../modules/orgs/tables";
import { AppError } from "./errors";
import { ACTIONS, type Action, assertCan, can } from "./permissions";

// The whole policy, spelled out: a grant added or lost anywhere fails this table.
const expected: Record<Role, Action[]> = {
  admin: [...ACTIONS],
  manager: ["org:read", "records:read", "records:write", "records:export", "audit:read", "pipelines:manage"],
  rep: ["org:read", "records:read", "records:write", "records:export"],
  readonly: ["org:read", "records:read", "records:export"],
};

describe("permissions", () => {
  it.each(ROLES)("grants %s exactly its actions", (role) => {
    const granted = ACTIONS.filter((action) => can({ role }, action));
    expect(granted.sort()).toEqual([...expected[role]].sort());
  });

  it("lets admin do everything", () => {
    for (const action of ACTIONS) expect(can({ role: "admin" }, action)).toBe(true);
  });

  it("keeps the sensitive actions away from lower roles", () => {
    expect(can({ role: "readonly" }, "records:write")).toBe(false);
    expect(can({ role: "rep" }, "members:manage")).toBe(false);
    expect(can({ role: "manager" }, "apiKeys:manage")).toBe(false);
    expect(can({ role: "manager" }, "members:manage")).toBe(false);
    expect(can({ role: "rep" }, "audit:read")).toBe(false);
    for (const role of ["manager", "rep", "readonly"] as const) {
      expect(can({ role }, "records:purge")).toBe(false);
      expect(can({ role }, "org:update")).toBe(false);
      expect(can({ role }, "devMail:read")).toBe(false);
    }
  });

  it("assertCan throws a forbidden AppError naming role and action", () => {
    expect(() => assertCan({ role: "admin" }, "apiKeys:manage")).not.toThrow();
    let error: unknown;
    try {
      assertCan({ role: "rep" }, "apiKeys:manage");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("forbidden");
    expect((error as AppError).status).toBe(403);
    expect((error as AppError).message).toMatch(/rep.*apiKeys:manage/);
  });
});
