import { z } from "zod";
import { isoDateTime, text } from "../../platform/validation";
import { TASK_PRIORITIES, TASK_STATUSES } from "../records/enums";
import { customInputSchema, tagsSchema } from "../records/schemas";

// Without defaults: a PATCH must leave out what it does not change (the database has the defaults).
const fields = {
  title: text().trim().min(1).max(300),
  notes: text().max(10_000),
  dueAt: isoDateTime().nullish(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  /** The assignee. */
  ownerId: z.uuid().nullish(),
  contactId: z.uuid().nullish(),
  companyId: z.uuid().nullish(),
  dealId: z.uuid().nullish(),
  tags: tagsSchema,
  custom: customInputSchema,
};

export const createTaskSchema = z.object(fields).partial().required({ title: true });
export type CreateTaskInput = z.input<typeof createTaskSchema>;
export type CreateTaskData = z.output<typeof createTaskSchema>;

export const updateTaskSchema = z.object(fields).partial();
export type UpdateTaskInput = z.input<typeof updateTaskSchema>;
export type UpdateTaskData = z.output<typeof updateTaskSchema>;

export const OPEN_TASK_STATUSES = ["open", "in_progress"] as const;
