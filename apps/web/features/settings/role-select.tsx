"use client";
import { ROLES, type Role } from "@crm/core/modules/orgs/roles";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { type FieldValues, type Path, useWatch } from "react-hook-form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { type BoundFieldProps, SelectField } from "@/features/forms/form-fields";

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

/** A member's or an API key's role, bound to a form field, with what the chosen role may do below it. */
export function RoleField<T extends FieldValues, N extends Path<T>>(props: BoundFieldProps<T, N>) {
  const tr = useTranslations("roles");
  const role = useWatch({ control: props.control, name: props.name });
  return (
    <SelectField
      {...props}
      hint={tr(`${String(role)}Hint`)}
      options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
    />
  );
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
