import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { getContactVCard } from "./get-contact-vcard";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe("contact vCard", () => {
  it("carries the company name, emails and phones; invisible contacts are 404", async () => {
    const org = await createTestOrg("Card");
    const company = await createCompany(org.ctx, { name: "Acme; Sons" });
    const contact = await createContact(org.ctx, {
      firstName: "Grace",
      lastName: "Hopper",
      email: "grace@acme.test",
      emails: ["g.hopper@navy.test"],
      phones: [{ label: "mobile", number: "+1 202 555 0199" }],
      title: "Rear Admiral",
      companyId: company.id,
    });
    const viewer = await addTestMember(org.orgId, "readonly");
    const { vcard, filename } = await getContactVCard(viewer.ctx, contact.id);
    expect(filename).toBe("grace-hopper.vcf");
    expect(vcard).toContain("\r\nFN:Grace Hopper\r\n");
    expect(vcard).toContain("\r\nORG:Acme\\; Sons\r\n");
    expect(vcard).toContain("\r\nTITLE:Rear Admiral\r\n");
    expect(vcard).toContain("\r\nEMAIL;TYPE=INTERNET,PREF:grace@acme.test\r\n");
    expect(vcard).toContain("\r\nEMAIL;TYPE=INTERNET:g.hopper@navy.test\r\n");
    expect(vcard).toContain("\r\nTEL;TYPE=CELL:+1 202 555 0199\r\n");

    const rep = await addTestMember(org.orgId, "rep");
    await expect(getContactVCard(rep.ctx, contact.id).catch(codeOf)).resolves.toBe("not_found");
    const stranger = await createTestOrg("Stranger");
    await expect(getContactVCard(stranger.ctx, contact.id).catch(codeOf)).resolves.toBe("not_found");
  });
});
