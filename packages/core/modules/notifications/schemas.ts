import { z } from "zod";

export const listNotificationsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  unreadOnly: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
});
export type ListNotificationsInput = z.input<typeof listNotificationsSchema>;
export type ListNotificationsData = z.output<typeof listNotificationsSchema>;

/** Either the listed notifications or all of the caller's. */
// One object (tools and MCP take object inputs): the listed ids, or all of them.
export const markNotificationsReadSchema = z
  .object({
    ids: z.array(z.uuid()).min(1).max(500).optional().describe("These notifications"),
    all: z.literal(true).optional().describe("true: every notification of the caller"),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), {
    path: ["ids"],
    message: "Give either ids or all: true",
  });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadSchema>;
export type MarkNotificationsReadData = z.output<typeof markNotificationsReadSchema>;
