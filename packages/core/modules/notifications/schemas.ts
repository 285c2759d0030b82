import { z } from "zod";

export const listNotificationsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  unreadOnly: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
});
export type ListNotificationsInput = z.input<typeof listNotificationsSchema>;
export type ListNotificationsData = z.output<typeof listNotificationsSchema>;

/** Either the listed notifications or all of the caller's. */
export const markNotificationsReadSchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadSchema>;
export type MarkNotificationsReadData = z.output<typeof markNotificationsReadSchema>;
