"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { useActionError } from "@/features/records/use-action-error";
import { setTaskDoneAction } from "./task-actions";

/** Ticking a task off (or opening it again) at once, undone when the server refuses. */
export function useTaskDone(slug: string, task: { id: string; title: string; status: string }) {
  const t = useTranslations("tasks");
  const router = useRouter();
  const actionError = useActionError();
  const [done, setDone] = useState(task.status === "done");
  const [saving, setSaving] = useState(false);
  useEffect(() => setDone(task.status === "done"), [task.status]);

  async function toggle(next: boolean) {
    setDone(next);
    setSaving(true);
    const result = await setTaskDoneAction(slug, task.id, next);
    setSaving(false);
    if (!result.ok) {
      setDone(!next);
      toast.error(actionError(result));
      return;
    }
    toast.success(next ? t("completed", { title: task.title }) : t("reopened", { title: task.title }), {
      action: next ? { label: t("undo"), onClick: () => void toggle(false) } : undefined,
    });
    router.refresh();
  }

  return { done, saving, toggle };
}
