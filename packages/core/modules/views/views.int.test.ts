import { describe, expect, it } from "vitest";
import type { Ctx } from "../../platform/context";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { deleteView } from "./delete-view";
import { viewOperations } from "./operations";
import type { CreateViewInput, ListViewsInput, UpdateViewInput } from "./schemas";

useTestDatabase();

// Through the operations, as the API and the screens call them: the input is parsed at the edge.
const createView = (ctx: Ctx, input: CreateViewInput) => runOperation(viewOperations.create, ctx, input);
const updateView = (ctx: Ctx, id: string, patch: UpdateViewInput) =>
  runOperation(viewOperations.update, ctx, { id, patch });
const listViews = (ctx: Ctx, input: ListViewsInput) => runOperation(viewOperations.list, ctx, input);

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);
const state = { filters: { leadStatus: "new" }, sort: "-updatedAt", columns: ["firstName", "email"] };

describe("saved views", () => {
  it("private views stay with their owner; shared ones reach the org but only the owner edits them", async () => {
    const org = await createTestOrg("Views");
    const other = await createTestOrg("Other");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const mine = await createView(repA.ctx, { object: "contacts", name: "My new leads", state });
    const team = await createView(repA.ctx, { object: "contacts", name: "Team leads", shared: true, state });
    await createView(repA.ctx, { object: "deals", name: "Deals", state: {} });
    await createView(other.ctx, { object: "contacts", name: "Elsewhere", shared: true, state });

    expect((await listViews(repA.ctx, { object: "contacts" })).map((v) => v.name)).toEqual([
      "My new leads",
      "Team leads",
    ]);
    const seenByB = await listViews(repB.ctx, { object: "contacts" });
    expect(seenByB.map((v) => v.name)).toEqual(["Team leads"]);
    expect(seenByB[0]?.state).toEqual(state);
    expect((await listViews(repA.ctx, { object: "deals" }))[0]?.state).toEqual({ filters: {}, columns: [] });

    await expect(failure(updateView(repB.ctx, mine.id, { name: "x" }))).resolves.toBe("not_found");
    await expect(failure(updateView(repB.ctx, team.id, { name: "x" }))).resolves.toBe("forbidden");
    await expect(failure(deleteView(repB.ctx, team.id))).resolves.toBe("forbidden");
    await expect(failure(deleteView(org.ctx, mine.id))).resolves.toBe("not_found");

    await updateView(repA.ctx, mine.id, { shared: true, name: "Now shared" });
    expect((await listViews(repB.ctx, { object: "contacts" })).map((v) => v.name)).toEqual([
      "Now shared",
      "Team leads",
    ]);
    // Admins may remove views shared with the org.
    await deleteView(org.ctx, team.id);
    expect((await listViews(repA.ctx, { object: "contacts" })).map((v) => v.name)).toEqual(["Now shared"]);
    await deleteView(repA.ctx, mine.id);
    expect(await listViews(repA.ctx, { object: "contacts" })).toEqual([]);
  });

  // Regression (issue 13, item 7): a PATCH naming no known field was a 500 ("No values to set").
  it("a change naming no known field is a 422", async () => {
    const org = await createTestOrg("Empty view change");
    const view = await createView(org.ctx, { object: "contacts", name: "Mine", state });
    await expect(failure(updateView(org.ctx, view.id, {}))).resolves.toBe("unprocessable");
    await expect(failure(updateView(org.ctx, view.id, { colour: "red" } as never))).resolves.toBe(
      "unprocessable",
    );
  });
});
