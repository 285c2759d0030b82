import "server-only";
import { listTimeline } from "@crm/core/modules/activities/list-timeline";
import type { TimelineAnchor } from "@crm/core/modules/activities/schemas";
import { ACTIVITY_TYPES, type ActivityType } from "@crm/core/modules/records/enums";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import type { MemberOption } from "@/features/records/member-option";
import { QuickAdd } from "./quick-add";
import { Timeline } from "./timeline";

export const TIMELINE_PAGE = 20;

/** `?types=note,call` on a detail page: which entries its timeline shows. */
export function parseTimelineTypes(raw: string | string[] | undefined): ActivityType[] {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "")
    .split(",")
    .filter((v): v is ActivityType => ACTIVITY_TYPES.includes(v as ActivityType));
}

type Props = {
  ctx: Ctx;
  slug: string;
  anchor: TimelineAnchor;
  types: ActivityType[];
  members: MemberOption[];
  /** Stage id → name, for stage changes. */
  stageNames: Record<string, string>;
  timeZone: string;
};

/** A record's history, newest first, with one-click logging of a note, call, meeting or task. */
export async function TimelineSection({ ctx, slug, anchor, types, members, stageNames, timeZone }: Props) {
  const page = await listTimeline(ctx, anchor, { types, limit: TIMELINE_PAGE });
  return (
    <div className="flex flex-col gap-4">
      {can(ctx, "records:write") ? <QuickAdd slug={slug} anchor={anchor} /> : null}
      <Timeline
        slug={slug}
        anchor={anchor}
        initial={page}
        types={types}
        members={members}
        stageNames={stageNames}
        timeZone={timeZone}
      />
    </div>
  );
}
