import { describe, expect, it } from "vitest";
import { webhookEventsOfAudit } from "./webhook-events";

describe("webhookEventsOfAudit", () => {
  const row = { id: "r1" };
  it("maps record writes to <object>.created|updated|deleted with the record", () => {
    expect(webhookEventsOfAudit({ action: "contact.create", entityType: "contact", after: row })).toEqual({
      types: ["contact.created"],
      data: row,
    });
    expect(
      webhookEventsOfAudit({ action: "task.complete", entityType: "task", before: {}, after: row }),
    ).toEqual({ types: ["task.updated"], data: row });
    expect(webhookEventsOfAudit({ action: "company.delete", entityType: "company", before: row })).toEqual({
      types: ["company.deleted"],
      data: row,
    });
  });
  it("sends a stage change as deal.stage_changed and deal.updated", () => {
    expect(
      webhookEventsOfAudit({ action: "deal.stage_change", entityType: "deal", before: {}, after: row }),
    ).toEqual({ types: ["deal.stage_changed", "deal.updated"], data: row });
  });
  it("sends nothing for settings, merges, restores and entries without the record", () => {
    expect(webhookEventsOfAudit({ action: "stage.update", entityType: "stage", after: row })).toBeNull();
    expect(webhookEventsOfAudit({ action: "contact.merge", entityType: "contact", after: row })).toBeNull();
    expect(webhookEventsOfAudit({ action: "lead.restore", entityType: "lead" })).toBeNull();
    expect(webhookEventsOfAudit({ action: "contact.update", entityType: "contact" })).toBeNull();
  });
});
