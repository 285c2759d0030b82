import type { TaskPriority, TaskStatus } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

export function TaskPriorityBadge({ priority }: { priority: TaskPriority }) {
  const t = useTranslations("tasks.priority");
  if (priority === "high") return <Badge variant="destructive">{t("high")}</Badge>;
  return <Badge variant={priority === "low" ? "muted" : "secondary"}>{t(priority)}</Badge>;
}

const STATUS_TONES: Record<TaskStatus, string> = {
  open: "border-transparent bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  in_progress: "border-transparent bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  done: "border-transparent bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  cancelled: "border-transparent bg-muted text-muted-foreground",
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const t = useTranslations("tasks.status");
  return (
    <Badge variant="outline" className={cn(STATUS_TONES[status])}>
      {t(status)}
    </Badge>
  );
}
