import { z } from "zod";
import { withOrg } from "../../db/tenant";
import { defineOperation } from "../../platform/operations/define-operation";
import { recordOutput } from "../records/operation-schemas";
import { countUnreadNotifications } from "./count-unread-notifications";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { listNotificationsSchema, markNotificationsReadSchema } from "./schemas";
import { notifications } from "./tables";

// The caller's own notifications: every member has an inbox (an API key needs a user to have one).

export const notificationOperations = {
  list: defineOperation({
    name: "notifications.list",
    description: "The caller's notifications in this org, newest first, with how many are unread",
    permission: "org:read",
    writes: false,
    input: listNotificationsSchema,
    output: z.object({
      data: z.array(recordOutput(notifications)),
      unread: z.number().int().describe("How many of the caller's notifications are unread"),
    }),
    // The page and the count from one transaction, so they agree.
    handler: (ctx, input) =>
      withOrg(ctx, async () => ({
        data: await listNotifications(ctx, input),
        unread: await countUnreadNotifications(ctx),
      })),
  }),
  markRead: defineOperation({
    name: "notifications.markRead",
    description: "Mark the caller's notifications read: the listed ids, or all of them",
    permission: "org:read",
    writes: true,
    input: markNotificationsReadSchema,
    output: z.object({ updated: z.number().int().describe("How many were unread and are read now") }),
    handler: async (ctx, input) => ({ updated: await markNotificationsRead(ctx, input) }),
  }),
};
