import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createDeal } from "../deals/create-deal";
import { createLead } from "../leads/create-lead";
import { listRecordShares } from "./list-record-shares";
import { shareRecord } from "./share-record";
import { unshareRecord } from "./unshare-record";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);

describe("record shares", () => {
  it("lists who a record is shared with to whoever sees it; 404 to everyone else", async () => {
    const org = await createTestOrg("Shares");
    const stranger = await createTestOrg("Stranger");
    const owner = await addTestMember(org.orgId, "rep");
    const colleague = await addTestMember(org.orgId, "rep");
    const outsider = await addTestMember(org.orgId, "rep");
    const deal = await createDeal(owner.ctx, { title: "Shared deal", value: 1 });

    expect(await listRecordShares(owner.ctx, "deals", deal.id)).toEqual([]);
    await shareRecord(owner.ctx, "deals", deal.id, colleague.userId);
    const shares = await listRecordShares(org.ctx, "deals", deal.id);
    expect(shares.map((s) => [s.userId, s.name])).toEqual([[colleague.userId, "Member rep"]]);
    expect((await listRecordShares(colleague.ctx, "deals", deal.id)).map((s) => s.userId)).toEqual([
      colleague.userId,
    ]);
    await expect(failure(listRecordShares(outsider.ctx, "deals", deal.id))).resolves.toBe("not_found");
    await expect(failure(listRecordShares(stranger.ctx, "deals", deal.id))).resolves.toBe("not_found");
  });

  it("lets the owner, managers and admins share; not a rep who only received a share, nor readonly", async () => {
    const org = await createTestOrg("Who");
    const owner = await addTestMember(org.orgId, "rep");
    const colleague = await addTestMember(org.orgId, "rep");
    const third = await addTestMember(org.orgId, "rep");
    const manager = await addTestMember(org.orgId, "manager");
    const viewer = await addTestMember(org.orgId, "readonly");
    const lead = await createLead(owner.ctx, { name: "Lead" });

    await shareRecord(owner.ctx, "leads", lead.id, colleague.userId);
    await expect(failure(shareRecord(colleague.ctx, "leads", lead.id, third.userId))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(unshareRecord(colleague.ctx, "leads", lead.id, colleague.userId))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(shareRecord(viewer.ctx, "leads", lead.id, third.userId))).resolves.toBe("forbidden");
    await shareRecord(manager.ctx, "leads", lead.id, third.userId);
    expect((await listRecordShares(org.ctx, "leads", lead.id)).map((s) => s.userId).sort()).toEqual(
      [colleague.userId, third.userId].sort(),
    );
    await unshareRecord(org.ctx, "leads", lead.id, third.userId);
    expect((await listRecordShares(owner.ctx, "leads", lead.id)).map((s) => s.userId)).toEqual([
      colleague.userId,
    ]);
  });
});
