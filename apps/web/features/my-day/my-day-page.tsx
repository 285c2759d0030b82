import { getCurrentRates } from "@crm/core/modules/exchange-rates/get-current-rates";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames, listStageNames } from "@crm/core/modules/records/list-record-names";
import { listMyDay } from "@crm/core/modules/tasks/list-my-day";
import { can } from "@crm/core/platform/permissions";
import { CalendarCheck, Handshake, History, SquareKanban } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ACTIVITY_ICONS } from "@/features/activities/activity-icon";
import { describeActivity } from "@/features/activities/describe-activity";
import { DateOnly } from "@/features/deals/date-only";
import { MoneySum } from "@/features/exchange-rates/money-sum";
import { dateTimeOptions } from "@/features/records/format";
import { loadMemberOptions } from "@/features/records/load-record-list";
import { Money } from "@/features/records/money";
import { PageHeader } from "@/features/shell/page-header";
import { TaskItem } from "@/features/tasks/task-item";
import { requireOrgContext } from "@/lib/org-context";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myDay"))("title") };
}

/** The signed-in user's day: tasks due today or overdue, deals closing this month, recent activity. */
export async function MyDayPage({ params }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const [t, ta, format] = await Promise.all([
    getTranslations("myDay"),
    getTranslations("activities"),
    getFormatter(),
  ]);
  // One after the other: on PGlite every query shares one connection.
  const day = await listMyDay(ctx);
  const { timeZone } = await getOrgSettings(ctx);
  const stageNames = await listStageNames(ctx);
  const { currency, rates } = await getCurrentRates(ctx);
  const contactNames = await listRecordNames(
    ctx,
    "contacts",
    day.activities.map((a) => a.contactId),
  );
  const companyNames = await listRecordNames(
    ctx,
    "companies",
    day.activities.map((a) => a.companyId),
  );
  const dealNames = await listRecordNames(
    ctx,
    "deals",
    day.activities.map((a) => a.dealId),
  );
  const members = await loadMemberOptions(ctx);
  const canWrite = can(ctx, "records:write");
  // Tasks due before the start of today (org time zone) are overdue; the rest are due today.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const dayOf = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(d);
  const overdue = day.tasks.filter((task) => task.dueAt && dayOf(task.dueAt) < today);
  const dueToday = day.tasks.filter((task) => !overdue.includes(task));
  // Per currency, then summed up in the org's currency at today's rates (see MoneySum).
  const closingParts = Object.entries(
    day.deals.reduce<Record<string, number>>((sums, d) => {
      sums[d.currency] = (sums[d.currency] ?? 0) + d.value;
      return sums;
    }, {}),
  ).map(([code, value]) => ({ currency: code, value }));

  const recordLink = (a: (typeof day.activities)[number]) => {
    if (a.dealId && dealNames[a.dealId])
      return { href: `/o/${slug}/deals/${a.dealId}`, name: dealNames[a.dealId] };
    if (a.contactId && contactNames[a.contactId])
      return { href: `/o/${slug}/contacts/${a.contactId}`, name: contactNames[a.contactId] };
    if (a.companyId && companyNames[a.companyId])
      return { href: `/o/${slug}/companies/${a.companyId}`, name: companyNames[a.companyId] };
    return null;
  };

  return (
    <>
      <PageHeader
        title={t("greeting", { name: user.name.split(" ")[0] ?? user.name })}
        description={format.dateTime(new Date(), { dateStyle: "full", timeZone })}
      />
      {/* grid-cols-1 is minmax(0, 1fr): a long activity line truncates instead of widening the page. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card className="min-w-0 gap-2 py-4">
          <CardHeader className="flex-row flex-wrap items-center justify-between gap-2 px-4">
            <CardTitle as="h2" className="flex items-center gap-2 text-base">
              <CalendarCheck className="size-4 text-primary" aria-hidden="true" />
              {t("tasksTitle")}
              <Badge variant="muted">{day.tasks.length}</Badge>
            </CardTitle>
            <Link
              href={`/o/${slug}/tasks?ownerId=${user.id}&status=open,in_progress`}
              className="text-primary text-sm hover:underline"
            >
              {t("allMyTasks")}
            </Link>
          </CardHeader>
          <CardContent className="grid gap-3 px-4">
            {day.tasks.length === 0 ? (
              <p className="py-4 text-center text-muted-foreground text-sm">{t("noTasks")}</p>
            ) : null}
            {overdue.length > 0 ? (
              <section aria-labelledby="overdue-heading">
                <h3
                  id="overdue-heading"
                  className="font-medium text-destructive text-xs uppercase tracking-wide"
                >
                  {t("overdue", { count: overdue.length })}
                </h3>
                <ul className="divide-y">
                  {overdue.map((task) => (
                    <TaskItem key={task.id} slug={slug} task={task} timeZone={timeZone} canWrite={canWrite} />
                  ))}
                </ul>
              </section>
            ) : null}
            {dueToday.length > 0 ? (
              <section aria-labelledby="today-heading">
                <h3
                  id="today-heading"
                  className="font-medium text-muted-foreground text-xs uppercase tracking-wide"
                >
                  {t("today", { count: dueToday.length })}
                </h3>
                <ul className="divide-y">
                  {dueToday.map((task) => (
                    <TaskItem key={task.id} slug={slug} task={task} timeZone={timeZone} canWrite={canWrite} />
                  ))}
                </ul>
              </section>
            ) : null}
          </CardContent>
        </Card>
        <Card className="min-w-0 gap-2 py-4">
          <CardHeader className="flex-row flex-wrap items-center justify-between gap-2 px-4">
            <CardTitle as="h2" className="flex items-center gap-2 text-base">
              <Handshake className="size-4 text-primary" aria-hidden="true" />
              {t("dealsTitle")}
              <Badge variant="muted">{day.deals.length}</Badge>
            </CardTitle>
            <Link
              href={`/o/${slug}/deals/board`}
              className="inline-flex items-center gap-1 text-primary text-sm hover:underline"
            >
              <SquareKanban className="size-4" aria-hidden="true" />
              {t("board")}
            </Link>
          </CardHeader>
          <CardContent className="px-4">
            {day.deals.length === 0 ? (
              <p className="py-4 text-center text-muted-foreground text-sm">{t("noDeals")}</p>
            ) : (
              <>
                <p className="pb-2 text-muted-foreground text-sm">
                  <MoneySum
                    parts={closingParts}
                    currency={currency}
                    rates={rates}
                    label={t("closingTotal")}
                  />
                </p>
                <ul className="divide-y">
                  {day.deals.map((deal) => (
                    <li key={deal.id} className="flex items-center gap-3 py-2.5">
                      <div className="min-w-0 flex-1">
                        <Link
                          href={`/o/${slug}/deals/${deal.id}`}
                          className="block truncate rounded-sm font-medium text-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                        >
                          {deal.title}
                        </Link>
                        <p className="flex flex-wrap gap-x-2 text-muted-foreground text-xs">
                          <span>{stageNames[deal.stageId] ?? "?"}</span>
                          <DateOnly value={deal.expectedCloseDate} className="" />
                        </p>
                      </div>
                      <span className="shrink-0 whitespace-nowrap font-medium text-sm">
                        <Money minor={deal.value} currency={deal.currency} />
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </CardContent>
        </Card>
        <Card className="min-w-0 gap-2 py-4 lg:col-span-2">
          <CardHeader className="px-4">
            <CardTitle as="h2" className="flex items-center gap-2 text-base">
              <History className="size-4 text-primary" aria-hidden="true" />
              {t("activityTitle")}
            </CardTitle>
          </CardHeader>
          <CardContent className="px-4">
            {day.activities.length === 0 ? (
              <p className="py-4 text-center text-muted-foreground text-sm">{t("noActivity")}</p>
            ) : (
              <ul className="divide-y">
                {day.activities.map((activity) => {
                  const Icon = ACTIVITY_ICONS[activity.type];
                  const link = recordLink(activity);
                  return (
                    <li key={activity.id} className="flex items-start gap-3 py-2.5">
                      <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
                      <div className="min-w-0 flex-1 text-sm">
                        <p className="truncate">
                          <span className="sr-only">{ta(`kind.${activity.type}`)}: </span>
                          {describeActivity(activity, ta, members, stageNames)}
                        </p>
                        <p className="flex flex-wrap gap-x-2 text-muted-foreground text-xs">
                          {link ? (
                            <Link href={link.href} className="text-primary hover:underline">
                              {link.name}
                            </Link>
                          ) : null}
                          <time dateTime={activity.occurredAt.toISOString()}>
                            {format.dateTime(activity.occurredAt, dateTimeOptions(timeZone))}
                          </time>
                        </p>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
