"use client";
import type { TaskPriority, TaskStatus } from "@crm/core/modules/records/enums";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { dateTimeOptions } from "@/features/records/format";
import { cn } from "@/lib/cn";
import { TaskDoneCheckbox } from "./task-done-checkbox";

export type TaskRow = {
  id: string;
  title: string;
  status: TaskStatus;
  priority: TaskPriority;
  dueAt: Date | string | null;
};

/** A task with its checkbox: ticking it off completes it at once (and can be undone). */
export function TaskItem({
  slug,
  task,
  timeZone,
  canWrite,
  link,
}: {
  slug: string;
  task: TaskRow;
  timeZone: string;
  canWrite: boolean;
  /** The record the task is about, if shown. */
  link?: ReactNode;
}) {
  const t = useTranslations("tasks");
  const format = useFormatter();
  const done = task.status === "done";
  const due = task.dueAt ? new Date(task.dueAt) : null;
  const overdue = !done && due !== null && due.getTime() < Date.now();

  const id = `task-${task.id}`;
  return (
    <li className="flex items-start gap-3 py-2.5">
      <span className="flex size-6 shrink-0 items-center justify-center">
        <TaskDoneCheckbox slug={slug} task={task} canWrite={canWrite} />
      </span>
      <div className="min-w-0 flex-1">
        <Link
          href={`/o/${slug}/tasks/${task.id}`}
          className={cn(
            "block break-words rounded-sm text-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring",
            done && "text-muted-foreground line-through",
          )}
        >
          {task.title}
        </Link>
        <div className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
          {due ? (
            <span
              id={`${id}-due`}
              className={cn(overdue ? "font-medium text-destructive" : "text-muted-foreground")}
            >
              {overdue ? t("overdueSince", { date: format.dateTime(due, dateTimeOptions(timeZone)) }) : null}
              {!overdue ? t("dueOn", { date: format.dateTime(due, dateTimeOptions(timeZone)) }) : null}
            </span>
          ) : null}
          {task.priority === "high" ? <Badge variant="destructive">{t("priority.high")}</Badge> : null}
          {link}
        </div>
      </div>
    </li>
  );
}
