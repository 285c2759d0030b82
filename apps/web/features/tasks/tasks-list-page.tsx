import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames } from "@crm/core/modules/records/list-record-names";
import { listTasks } from "@crm/core/modules/tasks/list-tasks";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toCustomDefs, withCustomFields } from "@/features/custom-fields/custom-list-config";
import { ExportMenu } from "@/features/exports/export-menu";
import { loadMemberOptions, loadRecordList, type SearchParams } from "@/features/records/load-record-list";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { TaskFormDialog } from "./task-form-dialog";
import { taskListConfig } from "./task-list-config";
import { TasksTable } from "./tasks-table";

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("title") };
}

export async function TasksListPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const t = await getTranslations("tasks");
  // One after the other: on PGlite every query shares one connection.
  const customFields = toCustomDefs(await listCustomFields(ctx, { object: "tasks" }));
  const list = await loadRecordList(withCustomFields(taskListConfig, customFields), searchParams, (p, f) =>
    listTasks(ctx, p, f),
  );
  const members = await loadMemberOptions(ctx);
  const rows = list.page.data;
  const { filters } = list.state;
  const names = {
    contacts: await listRecordNames(ctx, "contacts", [...rows.map((r) => r.contactId), filters.contactId]),
    companies: await listRecordNames(ctx, "companies", [
      ...rows.map((r) => r.companyId),
      filters.companyId ?? null,
    ]),
    deals: await listRecordNames(ctx, "deals", [...rows.map((r) => r.dealId), filters.dealId]),
  };
  const { timeZone } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  const canAssign = can(ctx, "records:assign");
  const newTask = (
    <TaskFormDialog slug={slug} members={members} currentUserId={user.id} canAssign={canAssign} />
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(ctx, "records:export") ? <ExportMenu slug={slug} object="tasks" state={list.state} /> : null}
            {canWrite ? newTask : null}
          </>
        }
      />
      <TasksTable
        customFields={customFields}
        slug={slug}
        rows={rows}
        nextCursor={list.page.nextCursor}
        total={list.page}
        state={list.state}
        invalid={list.invalid}
        members={members}
        names={names}
        currentUserId={user.id}
        canWrite={canWrite}
        canAssign={canAssign}
        timeZone={timeZone}
        newTask={newTask}
      />
    </>
  );
}
