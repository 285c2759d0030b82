import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { getContactOrThrow } from "../contacts/get-contact";
import { listContacts } from "../contacts/list-contacts";
import { updateContact } from "../contacts/update-contact";
import { shareRecord } from "../records/share-record";
import { unshareRecord } from "../records/unshare-record";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);

describe("record sharing", () => {
  it("a share gives a rep access to a contact and unsharing takes it back", async () => {
    const org = await createTestOrg("Share");
    const other = await createTestOrg("Other");
    const rep = await addTestMember(org.orgId, "rep");
    const otherRep = await addTestMember(org.orgId, "rep");
    const contact = await createContact(org.ctx, { firstName: "Shared" });

    await expect(failure(getContactOrThrow(rep.ctx, contact.id))).resolves.toBe("not_found");
    await shareRecord(org.ctx, "contacts", contact.id, rep.userId);
    await expect(getContactOrThrow(rep.ctx, contact.id)).resolves.toMatchObject({ firstName: "Shared" });
    expect((await listContacts(rep.ctx, {})).data.map((c) => c.id)).toEqual([contact.id]);
    await expect(updateContact(rep.ctx, contact.id, { title: "Buyer" })).resolves.toMatchObject({
      title: "Buyer",
    });

    // Whoever cannot see the record cannot share it; a user of another org cannot receive it.
    await expect(failure(shareRecord(otherRep.ctx, "contacts", contact.id, otherRep.userId))).resolves.toBe(
      "not_found",
    );
    await expect(failure(shareRecord(org.ctx, "contacts", contact.id, other.userId))).resolves.toBe(
      "unprocessable",
    );
    await expect(failure(unshareRecord(otherRep.ctx, "contacts", contact.id, rep.userId))).resolves.toBe(
      "not_found",
    );

    await unshareRecord(org.ctx, "contacts", contact.id, rep.userId);
    await expect(failure(getContactOrThrow(rep.ctx, contact.id))).resolves.toBe("not_found");
    expect((await listContacts(rep.ctx, {})).data).toEqual([]);
    await expect(unshareRecord(org.ctx, "contacts", contact.id, rep.userId)).resolves.toBeUndefined();
  });
});
