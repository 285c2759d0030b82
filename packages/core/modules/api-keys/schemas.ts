import { z } from "zod";
import "../../platform/validation";
import { roleSchema } from "../orgs/schemas";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
