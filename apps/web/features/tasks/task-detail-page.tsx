import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames } from "@crm/core/modules/records/list-record-names";
import { getTaskOrThrow } from "@crm/core/modules/tasks/get-task";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cache } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { CustomFieldsSection } from "@/features/custom-fields/custom-fields-section";
import { RecordHistory } from "@/features/history/record-history";
import { DeleteRecordButton } from "@/features/records/delete-record-button";
import { findOrNotFound } from "@/features/records/find-or-not-found";
import { dateTimeOptions } from "@/features/records/format";
import { loadMemberOptions } from "@/features/records/load-record-list";
import { RecordHeader } from "@/features/records/record-header";
import { RecordSharing } from "@/features/sharing/record-sharing";
import { restoreRecordAction } from "@/features/trash/trash-actions";
import { requireOrgContext } from "@/lib/org-context";
import { deleteTaskAction } from "./task-actions";
import { TaskPriorityBadge, TaskStatusBadge } from "./task-badges";
import { TaskDoneCheckbox } from "./task-done-checkbox";
import { TaskFormDialog } from "./task-form-dialog";

type Props = { params: Promise<{ slug: string; id: string }> };

const loadTask = cache((ctx: Ctx, id: string) => findOrNotFound(id, (v) => getTaskOrThrow(ctx, v)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  return { title: (await loadTask(ctx, id)).title };
}

export async function TaskDetailPage({ params }: Props) {
  const { slug, id } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const task = await loadTask(ctx, id);
  const [t, tr, format] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("records"),
    getFormatter(),
  ]);
  // One after the other: on PGlite every query shares one connection.
  const members = await loadMemberOptions(ctx);
  const contactNames = await listRecordNames(ctx, "contacts", [task.contactId]);
  const companyNames = await listRecordNames(ctx, "companies", [task.companyId]);
  const dealNames = await listRecordNames(ctx, "deals", [task.dealId]);
  const { timeZone } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  const option = (id: string | null, names: Record<string, string>) =>
    id && names[id] ? { id, label: names[id] as string } : null;
  const contact = option(task.contactId, contactNames);
  const company = option(task.companyId, companyNames);
  const deal = option(task.dealId, dealNames);
  const assignee = members.find((m) => m.userId === task.ownerId)?.name;
  const related = [
    deal ? { href: `/o/${slug}/deals/${deal.id}`, label: deal.label, kind: t("fields.deal") } : null,
    contact
      ? { href: `/o/${slug}/contacts/${contact.id}`, label: contact.label, kind: t("fields.contact") }
      : null,
    company
      ? { href: `/o/${slug}/companies/${company.id}`, label: company.label, kind: t("fields.company") }
      : null,
  ].filter((r) => r !== null);

  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-1 py-2.5 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-3">
      <dt className="text-muted-foreground text-sm">{label}</dt>
      <dd className="min-w-0 text-sm">{value ?? <span className="text-muted-foreground">—</span>}</dd>
    </div>
  );

  return (
    <>
      <RecordHeader
        backHref={`/o/${slug}/tasks`}
        backLabel={t("title")}
        title={task.title}
        avatar={false}
        badges={
          <>
            <TaskStatusBadge status={task.status} />
            <TaskPriorityBadge priority={task.priority} />
          </>
        }
        actions={
          canWrite ? (
            <>
              <div className="inline-flex h-10 items-center gap-2 rounded-md border px-3 text-sm sm:h-9">
                <TaskDoneCheckbox id="task-done" slug={slug} task={task} canWrite={canWrite} />
                <span aria-hidden="true">{t("done")}</span>
              </div>
              <TaskFormDialog
                slug={slug}
                members={members}
                currentUserId={user.id}
                canAssign={can(ctx, "records:assign")}
                task={{ ...task, contact, company, deal }}
              />
              <DeleteRecordButton
                name={task.title}
                listHref={`/o/${slug}/tasks`}
                remove={deleteTaskAction.bind(null, slug, task.id)}
                restore={restoreRecordAction.bind(null, slug, { object: "tasks", id: task.id })}
              />
            </>
          ) : null
        }
      />
      <Card className="max-w-3xl py-2">
        <CardContent className="px-4">
          <dl className="divide-y">
            {row(
              t("fields.dueAt"),
              task.dueAt ? format.dateTime(task.dueAt, dateTimeOptions(timeZone)) : null,
            )}
            {row(t("fields.assignee"), assignee ?? null)}
            {row(
              t("fields.related"),
              related.length > 0 ? (
                <ul className="grid gap-1">
                  {related.map((r) => (
                    <li key={r.href}>
                      <span className="text-muted-foreground">{r.kind}: </span>
                      <Link href={r.href} className="text-primary hover:underline">
                        {r.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null,
            )}
            {row(
              t("fields.notes"),
              task.notes ? <p className="whitespace-pre-wrap break-words">{task.notes}</p> : null,
            )}
            {row(tr("created"), format.dateTime(task.createdAt, dateTimeOptions(timeZone)))}
            {task.completedAt
              ? row(t("completedAt"), format.dateTime(task.completedAt, dateTimeOptions(timeZone)))
              : null}
          </dl>
        </CardContent>
      </Card>
      <div className="mt-6 grid max-w-3xl gap-6">
        <CustomFieldsSection ctx={ctx} slug={slug} object="tasks" record={task} />
        <RecordSharing
          ctx={ctx}
          slug={slug}
          object="tasks"
          recordId={task.id}
          ownerId={task.ownerId}
          members={members}
        />
        <RecordHistory ctx={ctx} slug={slug} object="tasks" id={task.id} timeZone={timeZone} />
      </div>
    </>
  );
}
