import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { getContactOrThrow } from "../contacts/get-contact";
import { authenticateApiKey } from "./authenticate-api-key";
import { createCliApiKey } from "./create-cli-api-key";

// A CLI key with no member behind it is an actor of its own. A rep sees only its own and shared
// records, which such a key owns none of: it could create contacts it could never read back.
useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe("crm apikey:create (createCliApiKey)", () => {
  it("makes a key of its own for a role that sees every record", async () => {
    const org = await createTestOrg("CliKeys");
    const created = await createCliApiKey({ orgId: org.orgId, role: "manager", name: "ci" });
    const ctx = await authenticateApiKey(created.key);
    expect(ctx).toMatchObject({ orgId: org.orgId, userId: null, role: "manager", apiKeyId: created.id });
    if (!ctx) throw new Error("unreachable");
    const contact = await createContact(ctx, { firstName: "Made by a key" });
    await expect(getContactOrThrow(ctx, contact.id)).resolves.toMatchObject({ id: contact.id });
  });

  it("refuses a rep key with no member, and makes one that acts for a named member", async () => {
    const org = await createTestOrg("CliRepKeys");
    const rep = await addTestMember(org.orgId, "rep");
    await expect(createCliApiKey({ orgId: org.orgId, role: "rep", name: "x" }).catch(codeOf)).resolves.toBe(
      "unprocessable",
    );
    await expect(
      createCliApiKey({ orgId: org.orgId, role: "rep", name: "x", userEmail: "nobody@example.test" }).catch(
        codeOf,
      ),
    ).resolves.toBe("not_found");

    const created = await createCliApiKey({
      orgId: org.orgId,
      role: "rep",
      name: "zapier",
      userEmail: rep.email?.toUpperCase(),
    });
    const ctx = await authenticateApiKey(created.key);
    expect(ctx).toMatchObject({ userId: rep.userId, role: "rep" });
    if (!ctx) throw new Error("unreachable");
    const contact = await createContact(ctx, { firstName: "Mine" });
    await expect(getContactOrThrow(ctx, contact.id)).resolves.toMatchObject({ ownerId: rep.userId });
  });
});
