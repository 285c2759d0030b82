import { z } from "zod";
import { roleSchema } from "../orgs/schemas";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Required").max(100),
  role: roleSchema,
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
