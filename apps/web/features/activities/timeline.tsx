"use client";
import type { TimelineAnchor } from "@crm/core/modules/activities/schemas";
import type { Activity } from "@crm/core/modules/activities/tables";
import { ACTIVITY_TYPES, type ActivityType } from "@crm/core/modules/records/enums";
import type { Page } from "@crm/core/modules/records/list-query";
import { History } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { enumLabel } from "@/features/labels/enum-labels";
import { dateTimeOptions } from "@/features/records/format";
import type { MemberOption } from "@/features/records/member-option";
import { useActionError } from "@/features/records/use-action-error";
import { useListUrl } from "@/features/records/use-list-url";
import { cn } from "@/lib/cn";
import { loadTimelineAction } from "./activity-actions";
import { ACTIVITY_ICONS } from "./activity-icon";
import { describeActivity } from "./describe-activity";

type Props = {
  slug: string;
  anchor: TimelineAnchor;
  initial: Page<Activity>;
  types: ActivityType[];
  members: MemberOption[];
  stageNames: Record<string, string>;
  timeZone: string;
};

export function Timeline({ slug, anchor, initial, types, members, stageNames, timeZone }: Props) {
  const t = useTranslations("activities");
  const actionError = useActionError();
  const { update, pending } = useListUrl();
  const [items, setItems] = useState(initial.data);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  // A refresh (after logging something) or another filter brings a new first page.
  useEffect(() => {
    setItems(initial.data);
    setCursor(initial.nextCursor);
  }, [initial]);

  const toggle = (type: ActivityType | null) => {
    const next =
      type === null ? [] : types.includes(type) ? types.filter((x) => x !== type) : [...types, type];
    update({ types: next.join(",") || null }, { replace: true });
  };

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    const result = await loadTimelineAction(slug, anchor, { types, cursor });
    setLoading(false);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    setItems((current) => [...current, ...result.data.data]);
    setCursor(result.data.nextCursor);
  }

  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-heading" className="font-semibold text-lg">
          {t("timeline")}
        </h2>
        <fieldset className="flex flex-wrap gap-1">
          <legend className="sr-only">{t("filterByType")}</legend>
          <FilterButton active={types.length === 0} onClick={() => toggle(null)}>
            {t("all")}
          </FilterButton>
          {ACTIVITY_TYPES.map((type) => (
            <FilterButton key={type} active={types.includes(type)} onClick={() => toggle(type)}>
              {t(`types.${type}`)}
            </FilterButton>
          ))}
        </fieldset>
      </div>
      {items.length === 0 ? (
        <EmptyState
          icon={History}
          title={types.length ? t("noMatches") : t("emptyTitle")}
          description={types.length ? undefined : t("emptyText")}
        />
      ) : (
        <ol className={cn("relative flex flex-col gap-0 transition-opacity", pending && "opacity-60")}>
          {items.map((activity) => (
            <TimelineItem
              key={activity.id}
              activity={activity}
              members={members}
              stageNames={stageNames}
              timeZone={timeZone}
            />
          ))}
        </ol>
      )}
      {cursor ? (
        <Button variant="outline" onClick={loadMore} loading={loading} className="self-center">
          {t("showMore")}
        </Button>
      ) : null}
    </section>
  );
}

function FilterButton({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={cn(
        "h-8 rounded-full border px-3 font-medium text-xs outline-none transition-colors focus-visible:ring-2 focus-visible:ring-ring",
        active ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent",
      )}
    >
      {children}
    </button>
  );
}

function TimelineItem({
  activity,
  members,
  stageNames,
  timeZone,
}: {
  activity: Activity;
  members: MemberOption[];
  stageNames: Record<string, string>;
  timeZone: string;
}) {
  const t = useTranslations("activities");
  const te = useTranslations("enums");
  const format = useFormatter();
  const Icon = ACTIVITY_ICONS[activity.type];
  const author = members.find((m) => m.userId === activity.ownerId)?.name ?? t("someone");
  const title = describeActivity(activity, t, members, stageNames);
  const details = [
    activity.direction ? t(`directions.${activity.direction}`) : null,
    activity.durationMinutes ? t("minutes", { count: activity.durationMinutes }) : null,
  ].filter(Boolean);

  return (
    <li className="group relative flex gap-3 pb-5 last:pb-0">
      <span
        className="absolute top-9 bottom-0 left-4 w-px -translate-x-1/2 bg-border group-last:hidden"
        aria-hidden="true"
      />
      <span
        className={cn(
          "z-10 flex size-8 shrink-0 items-center justify-center rounded-full border bg-background",
          activity.type === "system" ? "text-muted-foreground" : "text-primary",
        )}
      >
        <Icon className="size-4" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1 pt-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium">{title}</span>
          {activity.callOutcome ? (
            <Badge variant={activity.callOutcome === "connected" ? "secondary" : "outline"}>
              <span className="sr-only">{t("outcome")}: </span>
              {enumLabel(te, "callOutcome", activity.callOutcome)}
            </Badge>
          ) : null}
          <span className="text-muted-foreground text-xs">
            <span className="sr-only">{t(`kind.${activity.type}`)} · </span>
            {author} ·{" "}
            <time dateTime={new Date(activity.occurredAt).toISOString()}>
              {format.dateTime(new Date(activity.occurredAt), dateTimeOptions(timeZone))}
            </time>
            {details.length ? ` · ${details.join(" · ")}` : null}
          </span>
        </p>
        {activity.body && activity.type !== "system" ? (
          <div
            className="prose-sm mt-1 break-words text-sm [&_a]:text-primary [&_a]:underline [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-5"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the service stores bodies sanitized (sanitizeRichText)
            dangerouslySetInnerHTML={{ __html: activity.body }}
          />
        ) : null}
      </div>
    </li>
  );
}
