"use client";
import { useState } from "react";
import { type FieldValues, type Path, useController } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { type PickerOption, RecordPicker } from "@/features/records/record-picker";
import { type BoundFieldProps, useFieldIds } from "./form-fields";

/**
 * A linked record (a company, a contact, a deal) bound to a form field that holds its id, or null.
 * `initial` is the record linked when the form opens (its name is not in the form's values).
 */
export function RecordPickerField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  id,
  hint,
  required,
  className,
  initial,
  search,
  placeholder,
}: BoundFieldProps<T, N> & {
  initial: PickerOption | null;
  search: (query: string) => Promise<PickerOption[] | null>;
  placeholder: string;
}) {
  const { field, fieldState } = useController({ control, name });
  const ids = useFieldIds(id, fieldState, hint);
  const [chosen, setChosen] = useState(initial);
  return (
    <FormField
      id={ids.id}
      label={label}
      error={ids.error}
      hint={hint}
      required={required}
      className={className}
    >
      <RecordPicker
        id={ids.id}
        value={chosen}
        onChange={(option) => {
          setChosen(option);
          field.onChange(option?.id ?? null);
        }}
        search={search}
        placeholder={placeholder}
        {...ids.aria}
      />
    </FormField>
  );
}
