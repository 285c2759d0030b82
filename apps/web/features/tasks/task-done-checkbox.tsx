"use client";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/cn";
import { useTaskDone } from "./use-task-done";

/**
 * The round check that completes a task (round, so it is not mistaken for a row's selection box).
 */
export function TaskDoneCheckbox({
  id,
  slug,
  task,
  canWrite,
}: {
  id?: string;
  slug: string;
  task: { id: string; title: string; status: string };
  canWrite: boolean;
}) {
  const t = useTranslations("tasks");
  const { done, saving, toggle } = useTaskDone(slug, task);
  return (
    <button
      id={id}
      type="button"
      role="checkbox"
      aria-checked={done}
      aria-busy={saving || undefined}
      disabled={!canWrite || saving}
      onClick={() => toggle(!done)}
      aria-label={t("markDone", { title: task.title })}
      className={cn(
        "relative flex size-5 shrink-0 items-center justify-center rounded-full border-2 border-muted-foreground/50 outline-none transition-colors",
        "before:absolute before:-inset-2 before:content-[''] hover:border-primary focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2",
        "disabled:cursor-not-allowed disabled:opacity-60",
        done && "border-primary bg-primary text-primary-foreground",
      )}
    >
      {saving ? (
        <Spinner className="size-3" />
      ) : done ? (
        <Check className="size-3" strokeWidth={3} aria-hidden="true" />
      ) : null}
    </button>
  );
}
