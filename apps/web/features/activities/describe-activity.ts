import type { Activity } from "@crm/core/modules/activities/tables";
import type { MemberOption } from "@/features/records/member-option";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * What a timeline entry says: system entries (stage, owner, conversion) are told from their event
 * in the reader's language; the others by their subject, else their type.
 */
export function describeActivity(
  activity: Pick<Activity, "type" | "subject" | "event">,
  t: Translate,
  members: MemberOption[],
  stageNames: Record<string, string>,
): string {
  if (activity.type !== "system") return activity.subject || t(`kind.${activity.type}`);
  const event = activity.event ?? {};
  const name = (id: unknown) => members.find((m) => m.userId === id)?.name ?? t("nobody");
  switch (event.kind) {
    case "owner_changed":
      return t("ownerChanged", { from: name(event.from), to: name(event.to) });
    case "stage_changed":
      return t("stageChanged", {
        from: stageNames[String(event.fromStageId)] ?? "?",
        to: stageNames[String(event.toStageId)] ?? "?",
      });
    case "lead_converted":
      return t("leadConverted");
    default:
      return activity.subject || t("kind.system");
  }
}
