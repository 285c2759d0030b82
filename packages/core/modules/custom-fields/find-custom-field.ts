import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type CustomFieldDefinition, customFieldDefinitions } from "./tables";

export async function findCustomFieldOrThrow(tx: Tx, ctx: Ctx, id: string): Promise<CustomFieldDefinition> {
  const [row] = await tx
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.orgId, ctx.orgId), eq(customFieldDefinitions.id, id)));
  if (!row) throw notFound("custom field not found");
  return row;
}
