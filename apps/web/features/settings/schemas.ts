import { passwordSchema, roleSchema } from "@crm/core/modules/orgs/schemas";
import { z } from "zod";

// Forms whose server side is better-auth's endpoint: the rules mirror its own (email, role, 8–128 chars).
export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: roleSchema,
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
