import { describe, expect, it } from "vitest";
import type { Ctx } from "../../platform/context";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { createApiKey } from "../api-keys/create-api-key";
import { deleteView } from "./delete-view";
import { viewOperations } from "./operations";
import type { CreateViewInput, ListViewsInput, UpdateViewInput } from "./schemas";

// Regression: a readonly key could edit and delete its creator's shared views, and readonly members
// could publish shared views. Views need the same role checks as records.
useTestDatabase();

// Through the operations, as the API and the screens call them: the input is parsed at the edge.
const createView = (ctx: Ctx, input: CreateViewInput) => runOperation(viewOperations.create, ctx, input);
const updateView = (ctx: Ctx, id: string, patch: UpdateViewInput) =>
  runOperation(viewOperations.update, ctx, { id, patch });
const listViews = (ctx: Ctx, input: ListViewsInput) => runOperation(viewOperations.list, ctx, input);

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);
const state = { filters: {}, columns: ["firstName"] };

describe("saved views follow the caller's role", () => {
  it("a readonly member keeps private views but may not publish one", async () => {
    const org = await createTestOrg("ViewRoles");
    const viewer = await addTestMember(org.orgId, "readonly");
    await expect(
      failure(createView(viewer.ctx, { object: "contacts", name: "Everyone's", shared: true, state })),
    ).resolves.toBe("forbidden");
    const mine = await createView(viewer.ctx, { object: "contacts", name: "Mine", state });
    await updateView(viewer.ctx, mine.id, { name: "Still mine" });
    await expect(failure(updateView(viewer.ctx, mine.id, { shared: true }))).resolves.toBe("forbidden");
    expect((await listViews(org.ctx, { object: "contacts" })).map((v) => v.name)).toEqual([]);
    await deleteView(viewer.ctx, mine.id);
  });

  it("a readonly key may neither change nor delete its creator's views, shared or private", async () => {
    const org = await createTestOrg("ViewKeys");
    const shared = await createView(org.ctx, { object: "deals", name: "Team", shared: true, state });
    const own = await createView(org.ctx, { object: "deals", name: "Own", state });
    const created = await createApiKey(org.ctx, { name: "reader", role: "readonly" });
    const keyCtx = await authenticateApiKey(created.key);
    if (!keyCtx) throw new Error("the key did not authenticate");
    expect(keyCtx.userId).toBe(org.userId);

    for (const view of [shared, own]) {
      await expect(failure(updateView(keyCtx, view.id, { name: "Hijacked" }))).resolves.toBe("forbidden");
      await expect(failure(deleteView(keyCtx, view.id))).resolves.toBe("forbidden");
    }
    await expect(failure(createView(keyCtx, { object: "deals", name: "New", state }))).resolves.toBe(
      "forbidden",
    );
    expect((await listViews(org.ctx, { object: "deals" })).map((v) => v.name).sort()).toEqual([
      "Own",
      "Team",
    ]);

    // A rep key of the same creator is a writer: it may change the creator's views.
    const writer = await authenticateApiKey((await createApiKey(org.ctx, { name: "rep", role: "rep" })).key);
    if (!writer) throw new Error("the key did not authenticate");
    await updateView(writer, shared.id, { name: "Team (renamed)" });
  });
});
