"use client";
import type { FieldValues, Path } from "react-hook-form";
import type { MemberOption } from "@/features/records/member-option";
import { type BoundFieldProps, SelectField, type SelectOption } from "./form-fields";

/** Members as the choices of an owner select. */
export const ownerOptions = (members: readonly MemberOption[]): SelectOption[] =>
  members.map((member) => ({ value: member.userId, label: member.name }));

/**
 * The member who owns (or is assigned) a record. Who may assign to others (`canAssign`) chooses among
 * all members; anyone else only themself. An empty value shows `placeholder` (no owner).
 */
export function OwnerField<T extends FieldValues, N extends Path<T>>({
  members,
  canAssign,
  currentUserId,
  placeholder,
  ...props
}: BoundFieldProps<T, N> & {
  members: readonly MemberOption[];
  canAssign: boolean;
  currentUserId: string;
  placeholder: string;
}) {
  const choices = canAssign ? members : members.filter((member) => member.userId === currentUserId);
  return <SelectField {...props} options={ownerOptions(choices)} placeholder={placeholder} />;
}
