import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { activities } from "../activities/tables";
import { deals } from "../deals/tables";
import { idInput, recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { completeTask } from "./complete-task";
import { createTask } from "./create-task";
import { deleteTask } from "./delete-task";
import { getTaskOrThrow } from "./get-task";
import { listMyDay } from "./list-my-day";
import { taskListSpec } from "./list-spec";
import { listTasks } from "./list-tasks";
import { createTaskSchema, updateTaskSchema } from "./schemas";
import { tasks } from "./tables";
import { updateTask } from "./update-task";

const taskOutput = recordOutput(tasks);

export const taskOperations = {
  ...defineRecordOperations({
    object: "tasks",
    noun: "task",
    spec: taskListSpec,
    row: taskOutput,
    list: listTasks,
    get: getTaskOrThrow,
    create: { schema: createTaskSchema, run: createTask },
    update: { schema: updateTaskSchema, run: updateTask },
    remove: deleteTask,
  }),
  complete: defineOperation({
    name: "tasks.complete",
    description: "Mark a task done (a done task keeps its completion time); a PATCH of status reopens it",
    permission: "records:write",
    writes: true,
    input: idInput,
    output: taskOutput,
    handler: (ctx, { id }) => completeTask(ctx, id),
  }),
  myDay: defineOperation({
    name: "myDay.get",
    description:
      "The caller's day: their open tasks due today or overdue, their open deals closing this month, recent activity on their records",
    permission: "records:read",
    writes: false,
    input: z.object({}),
    output: z.object({
      tasks: z.array(taskOutput),
      deals: z.array(recordOutput(deals)),
      activities: z.array(recordOutput(activities)),
    }),
    handler: (ctx) => listMyDay(ctx),
  }),
};
