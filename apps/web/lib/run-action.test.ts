import { AppError } from "@crm/core/platform/errors";
import { logger } from "@crm/core/platform/logger";
import {
  getRequestScope,
  requestScopeLogFields,
  setRequestScopeIds,
} from "@crm/core/platform/request-context";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { runAction } from "./run-action";

// Issue 14: server actions logged without a name and without the org and user ids that API requests
// carry, so a failed "Save" could not be traced to an action, an org or a person.

const ORG = "01900000-0000-7000-8000-0000000000aa";
const USER = "01900000-0000-7000-8000-0000000000bb";

/** The log calls of `level`, each with the request scope its line carries (the logger's mixin). */
function captureLogs(level: "info" | "error") {
  const lines: { fields: ReturnType<typeof requestScopeLogFields>; args: unknown[] }[] = [];
  vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
    lines.push({ fields: requestScopeLogFields(), args });
  });
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("runAction", () => {
  it("runs the body in a scope of its own that names the action, and logs one line per run with the caller's ids", async () => {
    const info = captureLogs("info");
    const result = await runAction("contacts.create", async () => {
      setRequestScopeIds({ orgId: ORG, userId: USER });
      return getRequestScope();
    });
    expect(result.ok && result.data).toMatchObject({ action: "contacts.create", orgId: ORG, userId: USER });
    const first = result.ok ? result.data?.requestId : undefined;
    const again = await runAction("contacts.create", async () => getRequestScope()?.requestId);
    expect(again.ok && again.data).not.toBe(first);

    expect(info).toHaveLength(2);
    expect(info[0]?.fields).toEqual({
      requestId: first,
      action: "contacts.create",
      orgId: ORG,
      userId: USER,
    });
    expect(info[0]?.args[0]).toMatchObject({ outcome: "ok", ms: expect.any(Number) });
    expect(info[0]?.args[1]).toBe("server action");
    expect(getRequestScope()).toBeUndefined();
  });

  it("answers an expected error as a result naming its code and fields, and logs the outcome", async () => {
    const info = captureLogs("info");
    const denied = await runAction("deals.update", async () => {
      throw new AppError("forbidden", "Only admins and managers can reassign records", {
        fieldErrors: { ownerId: ["Only admins and managers can reassign records"] },
      });
    });
    expect(denied).toEqual({
      ok: false,
      error: "Only admins and managers can reassign records",
      code: "forbidden",
      fieldErrors: { ownerId: ["Only admins and managers can reassign records"] },
      retryAfterSeconds: undefined,
    });
    const invalid = await runAction("tasks.create", async () => z.object({ title: z.string() }).parse({}));
    expect(invalid).toMatchObject({
      ok: false,
      code: "unprocessable",
      fieldErrors: { title: [expect.any(String)] },
    });
    expect(info.map((line) => [line.fields.action, (line.args[0] as { outcome: string }).outcome])).toEqual([
      ["deals.update", "forbidden"],
      ["tasks.create", "unprocessable"],
    ]);
  });

  it("logs an unexpected error with the action, org and user, and answers a generic message", async () => {
    const errors = captureLogs("error");
    captureLogs("info");
    const boom = new Error("connection reset");
    const result = await runAction("imports.start", async () => {
      setRequestScopeIds({ orgId: ORG, userId: USER });
      throw boom;
    });
    expect(result).toEqual({ ok: false, error: "Something went wrong", code: "internal" });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.fields).toMatchObject({ action: "imports.start", orgId: ORG, userId: USER });
    expect(errors[0]?.args[0]).toEqual({ err: boom });
  });

  it("lets redirect() and notFound() through to Next.js, logged as a navigation", async () => {
    const info = captureLogs("info");
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), {
      digest: "NEXT_REDIRECT;replace;/sign-in;307;",
    });
    await expect(
      runAction("orgs.create", async () => {
        throw redirect;
      }),
    ).rejects.toBe(redirect);
    expect(info[0]?.args[0]).toMatchObject({ outcome: "navigation" });
  });
});
