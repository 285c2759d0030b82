"use client";
import { ROLES, type Role } from "@crm/core/modules/orgs/roles";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

type Props = {
  id?: string;
  value: Role;
  onChange: (role: Role) => void;
  disabled?: boolean;
  className?: string;
} & Pick<
  ComponentProps<typeof SelectTrigger>,
  "aria-label" | "aria-describedby" | "aria-invalid" | "aria-busy"
>;

/** The roles as the choices of a role select in a form. */
export function useRoleOptions() {
  const tr = useTranslations("roles");
  return ROLES.map((role) => ({ value: role, label: tr(role) }));
}

export function RoleSelect({ id, value, onChange, disabled, className, ...aria }: Props) {
  const tr = useTranslations("roles");
  return (
    <Select value={value} onValueChange={(next) => onChange(next as Role)} disabled={disabled}>
      <SelectTrigger id={id} className={className} {...aria}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {ROLES.map((role) => (
          <SelectItem key={role} value={role}>
            {tr(role)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
