import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { shareRecord } from "../records/share-record";
import { convertLead } from "./convert-lead";
import { createLead } from "./create-lead";
import { deleteLead } from "./delete-lead";
import { getLeadOrThrow } from "./get-lead";
import { listLeads } from "./list-leads";
import { leadOperations as op } from "./operations";
import { updateLead } from "./update-lead";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
// The operations parse the input (the services take it parsed): a 422 names the invalid fields.
const invalidFields = (error: unknown) =>
  error instanceof AppError && error.code === "unprocessable"
    ? Object.keys(error.fieldErrors ?? {})
    : `not a 422: ${String(error)}`;

describe("leads", () => {
  it("creates, updates, lists and deletes leads; 'converted' cannot be set by hand", async () => {
    const org = await createTestOrg("Leads");
    const lead = await runOperation(op.create, org.ctx, {
      name: "Jane Doe",
      email: "Jane@Acme.com",
      companyName: "Acme",
      source: "web form",
      tags: ["Hot", "hot"],
    });
    expect(await getLeadOrThrow(org.ctx, lead.id)).toMatchObject({
      email: "jane@acme.com",
      status: "new",
      tags: ["Hot"], // as written, one spelling per tag (the first)
      ownerId: org.userId,
    });
    await createLead(org.ctx, { name: "Bob Roe", status: "working" });

    expect(
      invalidFields(
        await runOperation(op.create, org.ctx, { name: "X", status: "converted" }).catch((e) => e),
      ),
    ).toEqual(["status"]);
    expect(
      invalidFields(
        await runOperation(op.update, org.ctx, { id: lead.id, patch: { status: "converted" } }).catch(
          (e) => e,
        ),
      ),
    ).toEqual(["status"]);
    await expect(updateLead(org.ctx, lead.id, { status: "qualified" })).resolves.toMatchObject({
      status: "qualified",
    });

    const qualified = await listLeads(org.ctx, {}, { status: "qualified" });
    expect(qualified.data.map((l) => l.name)).toEqual(["Jane Doe"]);
    const search = await listLeads(org.ctx, { q: "acme" });
    expect(search.data.map((l) => l.name)).toEqual(["Jane Doe"]);
    const sorted = await listLeads(org.ctx, { sort: "name" });
    expect(sorted.data.map((l) => l.name)).toEqual(["Bob Roe", "Jane Doe"]);

    await deleteLead(org.ctx, lead.id);
    await expect(getLeadOrThrow(org.ctx, lead.id).catch(codeOf)).resolves.toBe("not_found");
    expect((await listLeads(org.ctx, { trash: true })).data.map((l) => l.id)).toEqual([lead.id]);
  });

  it("a converted lead keeps its status", async () => {
    const org = await createTestOrg("Keep");
    const lead = await createLead(org.ctx, { name: "Kept" });
    await convertLead(org.ctx, lead.id);
    await expect(updateLead(org.ctx, lead.id, { status: "new" }).catch(codeOf)).resolves.toBe("conflict");
    await expect(updateLead(org.ctx, lead.id, { phone: "+49 30 123" })).resolves.toMatchObject({
      status: "converted",
      phone: "+49 30 123",
    });
  });

  it("reps see own and shared leads; readonly cannot write; other orgs see nothing", async () => {
    const org = await createTestOrg("Perm");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    await createLead(repA.ctx, { name: "Own" });
    const other = await createLead(repB.ctx, { name: "Other" });
    const shared = await createLead(repB.ctx, { name: "Shared" });
    await shareRecord(repB.ctx, "leads", shared.id, repA.userId);

    expect((await listLeads(repA.ctx, { sort: "name" })).data.map((l) => l.name)).toEqual(["Own", "Shared"]);
    await expect(getLeadOrThrow(repA.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateLead(repA.ctx, other.id, { name: "x" }).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateLead(repA.ctx, shared.id, { status: "working" })).resolves.toMatchObject({
      status: "working",
    });
    await expect(updateLead(repA.ctx, shared.id, { ownerId: repA.userId }).catch(codeOf)).resolves.toBe(
      "forbidden",
    );
    await expect(createLead(viewer.ctx, { name: "No" }).catch(codeOf)).resolves.toBe("forbidden");
    await expect(deleteLead(viewer.ctx, other.id).catch(codeOf)).resolves.toBe("forbidden");
    expect((await listLeads(viewer.ctx, {})).data).toHaveLength(3);

    const stranger = await createTestOrg("Stranger");
    await expect(getLeadOrThrow(stranger.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(listLeads(stranger.ctx, {})).resolves.toEqual({
      data: [],
      nextCursor: null,
      total: 0,
      totalIsEstimate: false,
    });
  });
});
