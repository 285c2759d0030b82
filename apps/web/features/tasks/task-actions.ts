"use server";
import { taskOperations as op } from "@crm/core/modules/tasks/operations";
import type { CreateTaskInput, UpdateTaskInput } from "@crm/core/modules/tasks/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createTaskAction(slug: string, input: CreateTaskInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: result.data.id } : result;
}

export async function updateTaskAction(slug: string, id: string, patch: UpdateTaskInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

/** Ticks a task off, or (done = false) opens it again. */
export async function setTaskDoneAction(slug: string, id: string, done: boolean) {
  const result = done
    ? await runOrgOperation(slug, op.complete, { id })
    : await runOrgOperation(slug, op.update, { id, patch: { status: "open" } });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function deleteTaskAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}
