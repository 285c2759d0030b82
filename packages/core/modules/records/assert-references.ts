import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { members } from "../orgs/tables";

export type References = {
  companyId?: string | null;
  contactId?: string | null;
  primaryContactId?: string | null;
  dealId?: string | null;
  ownerId?: string | null;
};

/**
 * Foreign keys do not know about tenants: an id from another org would satisfy them. Every
 * referenced record must exist in the caller's org and not be in the trash; an owner must be a member.
 */
export async function assertReferences(tx: Tx, ctx: Ctx, refs: References): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  const check = async (field: keyof References, exists: (id: string) => Promise<boolean>) => {
    const id = refs[field];
    if (id && !(await exists(id))) fieldErrors[field] = ["Not found in this organization"];
  };
  await check("companyId", async (id) =>
    Boolean(
      (
        await tx
          .select({ id: companies.id })
          .from(companies)
          .where(and(eq(companies.orgId, ctx.orgId), eq(companies.id, id), isNull(companies.deletedAt)))
      )[0],
    ),
  );
  for (const field of ["contactId", "primaryContactId"] as const) {
    await check(field, async (id) =>
      Boolean(
        (
          await tx
            .select({ id: contacts.id })
            .from(contacts)
            .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id), isNull(contacts.deletedAt)))
        )[0],
      ),
    );
  }
  await check("dealId", async (id) =>
    Boolean(
      (
        await tx
          .select({ id: deals.id })
          .from(deals)
          .where(and(eq(deals.orgId, ctx.orgId), eq(deals.id, id), isNull(deals.deletedAt)))
      )[0],
    ),
  );
  await check("ownerId", async (id) =>
    Boolean(
      (
        await tx
          .select({ id: members.id })
          .from(members)
          .where(and(eq(members.organizationId, ctx.orgId), eq(members.userId, id)))
      )[0],
    ),
  );
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("unprocessable", "Some referenced records do not exist", { fieldErrors });
  }
}
