import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../modules/orgs/tables";
import { assertCanAssign } from "../modules/records/record-access";
import { assertCanAssignTask } from "../modules/tasks/assert-can-assign-task";
import type { Ctx } from "./context";
import { AppError } from "./errors";
import { ACTIONS, type Action, assertCan, can } from "./permissions";

// The whole policy, spelled out: a grant added or lost anywhere fails this table.
const expected: Record<Role, Action[]> = {
  admin: [...ACTIONS],
  manager: [
    "org:read",
    "records:read",
    "records:write",
    "records:assign",
    "records:export",
    "audit:read",
    "pipelines:manage",
  ],
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

  describe("records:assign", () => {
    const me = "01900000-0000-7000-8000-000000000001";
    const other = "01900000-0000-7000-8000-000000000002";
    const ctxOf = (role: Role): Ctx => ({ orgId: "01900000-0000-7000-8000-0000000000aa", userId: me, role });
    const outcome = (fn: () => void) => {
      try {
        fn();
        return "ok";
      } catch (error) {
        return error instanceof AppError ? error.code : "thrown";
      }
    };

    it("is for admins and managers only", () => {
      expect(ROLES.filter((role) => can({ role }, "records:assign"))).toEqual(["admin", "manager"]);
    });

    it("lets admins and managers hand a record to anyone; a rep only takes an unowned one or keeps it", () => {
      for (const role of ["admin", "manager"] as const) {
        expect(outcome(() => assertCanAssign(ctxOf(role), me, other))).toBe("ok");
        expect(outcome(() => assertCanAssign(ctxOf(role), other, null))).toBe("ok");
      }
      const rep = ctxOf("rep");
      expect(outcome(() => assertCanAssign(rep, null, me))).toBe("ok");
      expect(outcome(() => assertCanAssign(rep, me, me))).toBe("ok");
      expect(outcome(() => assertCanAssign(rep, me, undefined))).toBe("ok");
      expect(outcome(() => assertCanAssign(rep, me, other))).toBe("forbidden");
      expect(outcome(() => assertCanAssign(rep, null, other))).toBe("forbidden");
      expect(outcome(() => assertCanAssign(rep, me, null))).toBe("forbidden");
      expect(outcome(() => assertCanAssign(rep, other, me))).toBe("forbidden");
      expect(outcome(() => assertCanAssign(ctxOf("readonly"), null, me))).toBe("forbidden");
    });

    it("lets a task go to anyone with it, and only to oneself without it", () => {
      expect(outcome(() => assertCanAssignTask(ctxOf("manager"), me, other))).toBe("ok");
      expect(outcome(() => assertCanAssignTask(ctxOf("admin"), me, null))).toBe("ok");
      expect(outcome(() => assertCanAssignTask(ctxOf("rep"), other, me))).toBe("ok");
      expect(outcome(() => assertCanAssignTask(ctxOf("rep"), me, other))).toBe("forbidden");
      expect(outcome(() => assertCanAssignTask(ctxOf("rep"), me, null))).toBe("forbidden");
    });
  });
});
