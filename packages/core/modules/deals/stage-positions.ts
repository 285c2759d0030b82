import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Stage } from "./tables";
import { stages } from "./tables";

/** Writes positions 0..n-1 in the given order, touching only the stages whose position changes. */
export async function writeStagePositions(tx: Tx, orgId: string, ordered: Pick<Stage, "id" | "position">[]) {
  for (const [position, stage] of ordered.entries()) {
    if (stage.position === position) continue;
    await tx
      .update(stages)
      .set({ position })
      .where(and(eq(stages.orgId, orgId), eq(stages.id, stage.id)));
  }
}
