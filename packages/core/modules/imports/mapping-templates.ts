import { and, asc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { type ImportObject, type MappingTemplateInput, mappingTemplateInputSchema } from "./schemas";
import { importMappingTemplates } from "./tables";

// Saved column mappings, per org and object, to apply to the next file of the same shape.

export async function saveMappingTemplate(ctx: Ctx, input: MappingTemplateInput) {
  assertCan(ctx, "records:write");
  const data = mappingTemplateInputSchema.parse(input);
  return withOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(importMappingTemplates)
      .values({ ...data, id: newId(), orgId: ctx.orgId, createdBy: ctx.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    return row;
  });
}

export function listMappingTemplates(ctx: Ctx, object: ImportObject) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) =>
    tx
      .select()
      .from(importMappingTemplates)
      .where(and(eq(importMappingTemplates.orgId, ctx.orgId), eq(importMappingTemplates.object, object)))
      .orderBy(asc(importMappingTemplates.name)),
  );
}

export async function deleteMappingTemplate(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "records:write");
  const deleted = await withOrg(ctx, (tx) =>
    tx
      .delete(importMappingTemplates)
      .where(and(eq(importMappingTemplates.orgId, ctx.orgId), eq(importMappingTemplates.id, id)))
      .returning({ id: importMappingTemplates.id }),
  );
  if (deleted.length === 0) throw notFound("template not found");
}
