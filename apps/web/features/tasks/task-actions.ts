"use server";
import { completeTask } from "@crm/core/modules/tasks/complete-task";
import { createTask } from "@crm/core/modules/tasks/create-task";
import { deleteTask } from "@crm/core/modules/tasks/delete-task";
import type { CreateTaskInput, UpdateTaskInput } from "@crm/core/modules/tasks/schemas";
import { updateTask } from "@crm/core/modules/tasks/update-task";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

export async function createTaskAction(slug: string, input: CreateTaskInput) {
  return runOrgAction("tasks.create", slug, async (ctx) => (await createTask(ctx, input)).id);
}

export async function updateTaskAction(slug: string, id: string, input: UpdateTaskInput) {
  return runOrgAction("tasks.update", slug, async (ctx) => {
    await updateTask(ctx, z.uuid().parse(id), input);
  });
}

/** Ticks a task off, or (done = false) opens it again. */
export async function setTaskDoneAction(slug: string, id: string, done: boolean) {
  return runOrgAction("tasks.setDone", slug, async (ctx) => {
    const taskId = z.uuid().parse(id);
    if (done) await completeTask(ctx, taskId);
    else await updateTask(ctx, taskId, { status: "open" });
  });
}

export async function deleteTaskAction(slug: string, id: string) {
  return runOrgAction("tasks.delete", slug, async (ctx) => {
    await deleteTask(ctx, z.uuid().parse(id));
  });
}
