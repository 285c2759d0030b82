import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { getMe } from "./get-me";
import { roleSchema } from "./schemas";

export const accountOperations = {
  me: defineOperation({
    name: "account.me",
    description:
      "The caller: the user (for an API key, the user who created it), the organization, the role and how the call was authenticated",
    permission: "org:read",
    writes: false,
    input: z.object({}),
    output: z.object({
      user: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
      org: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
      role: roleSchema,
      authenticatedBy: z.enum(["session", "api_key"]),
    }),
    handler: (ctx) => getMe(ctx),
  }),
};
