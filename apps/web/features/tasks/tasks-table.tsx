"use client";
import type { Task } from "@crm/core/modules/tasks/tables";
import type { ColumnDef } from "@tanstack/react-table";
import { ListTodo } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { useDealSearch } from "@/features/deals/use-deal-search";
import { MutedCell } from "@/features/records/cells";
import { dateTimeOptions } from "@/features/records/format";
import { RecordTable } from "@/features/records/record-table";
import { type RecordListProps, useRecordList } from "@/features/records/use-record-list";
import { cn } from "@/lib/cn";
import { TaskPriorityBadge, TaskStatusBadge } from "./task-badges";
import { TaskDoneCheckbox } from "./task-done-checkbox";
import { taskListConfig } from "./task-list-config";

type Props = RecordListProps<Task> & {
  names: {
    contacts: Record<string, string>;
    companies: Record<string, string>;
    deals: Record<string, string>;
  };
  newTask: ReactNode;
};

const taskTitle = (task: { title: string }) => task.title;
const linkClass =
  "block max-w-40 truncate rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring";

export function TasksTable(props: Props) {
  const t = useTranslations("tasks");
  const format = useFormatter();
  const { slug, names, timeZone, canWrite } = props;
  const base = `/o/${slug}/tasks`;
  const searches = {
    contacts: useContactSearch(slug),
    companies: useCompanySearch(slug),
    deals: useDealSearch(slug),
  };
  const columns = useMemo<ColumnDef<Task>[]>(
    () => [
      {
        id: "title",
        cell: ({ row }) => {
          const task = row.original;
          return (
            <div className="flex min-w-48 max-w-64 items-center gap-3">
              <TaskDoneCheckbox slug={slug} task={task} canWrite={canWrite} />
              <Link
                href={`${base}/${task.id}`}
                className={cn(
                  "truncate rounded-sm font-medium outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring",
                  task.status === "done" && "text-muted-foreground line-through",
                )}
              >
                {task.title}
              </Link>
            </div>
          );
        },
      },
      {
        id: "dueAt",
        cell: ({ row }) => {
          const { dueAt, status } = row.original;
          if (!dueAt) return <MutedCell>{null}</MutedCell>;
          const open = status === "open" || status === "in_progress";
          const overdue = open && new Date(dueAt).getTime() < Date.now();
          return (
            <span
              className={cn(
                "whitespace-nowrap",
                overdue ? "font-medium text-destructive" : "text-muted-foreground",
              )}
            >
              {format.dateTime(new Date(dueAt), dateTimeOptions(timeZone))}
              {overdue ? <span className="sr-only"> ({t("overdue")})</span> : null}
            </span>
          );
        },
      },
      { id: "priority", cell: ({ row }) => <TaskPriorityBadge priority={row.original.priority} /> },
      { id: "status", cell: ({ row }) => <TaskStatusBadge status={row.original.status} /> },
      {
        id: "related",
        cell: ({ row }) => {
          const { contactId, companyId, dealId } = row.original;
          const links = [
            dealId && names.deals[dealId]
              ? { href: `/o/${slug}/deals/${dealId}`, name: names.deals[dealId] }
              : null,
            contactId && names.contacts[contactId]
              ? { href: `/o/${slug}/contacts/${contactId}`, name: names.contacts[contactId] }
              : null,
            companyId && names.companies[companyId]
              ? { href: `/o/${slug}/companies/${companyId}`, name: names.companies[companyId] }
              : null,
          ].filter((l) => l !== null);
          if (links.length === 0) return <MutedCell>{null}</MutedCell>;
          return (
            <div className="grid gap-0.5">
              {links.map((l) => (
                <Link key={l.href} href={l.href} className={linkClass}>
                  {l.name}
                </Link>
              ))}
            </div>
          );
        },
      },
    ],
    [base, slug, names, timeZone, canWrite, format, t],
  );
  const list = useRecordList(props, taskListConfig, columns);

  return (
    <RecordTable
      {...list}
      object="tasks"
      rowHref={(row) => `${base}/${row.id}`}
      rowLabel={taskTitle}
      searchLabel={t("search")}
      searches={searches}
      valueLabels={{ ...names.contacts, ...names.companies, ...names.deals }}
      empty={{
        icon: ListTodo,
        title: t("emptyTitle"),
        description: t("emptyText"),
        action: canWrite ? props.newTask : undefined,
      }}
    />
  );
}
