"use client";
import type { ComponentProps, ReactNode, Ref } from "react";
import { useId } from "react";
import {
  type Control,
  type ControllerFieldState,
  type FieldValues,
  type Path,
  useController,
} from "react-hook-form";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";

/** What every form-bound field takes: the form's control, the field's name, its label. */
export type BoundFieldProps<T extends FieldValues, N extends Path<T>> = {
  control: Control<T>;
  name: N;
  label: ReactNode;
  /** The control's id (the label points to it); a generated one by default. */
  id?: string;
  hint?: ReactNode;
  /** Marks the label and sets `required` on the control. */
  required?: boolean;
  /** Classes of the field's wrapper (a grid column span). */
  className?: string;
};

export type SelectOption = { value: string; label: string; lang?: string };

/** What an input shows for a form value (empty for null, undefined and a number not typed, NaN). */
export const textOf = (value: unknown): string =>
  value === null || value === undefined || Number.isNaN(value) ? "" : String(value);

/** For optional text the schema types `string | null`: an empty input stores null. */
export const emptyToNull = (text: string): string | null => (text === "" ? null : text);

/** A field's id, error and the aria attributes that tie its control to the error and hint. */
export function useFieldIds(id: string | undefined, fieldState: ControllerFieldState, hint?: ReactNode) {
  const generated = useId();
  const controlId = id ?? generated;
  const error = fieldState.error?.message;
  return { id: controlId, error, aria: fieldErrorProps(controlId, error, hint) };
}

type InputProps = Omit<
  ComponentProps<typeof Input>,
  "id" | "name" | "value" | "defaultValue" | "onChange" | "onBlur" | "ref" | "required" | "className"
>;

/** A text input bound to a form field; `parse` turns the text into the stored value. */
export function TextField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  id,
  hint,
  required,
  className,
  inputClassName,
  parse,
  ...input
}: BoundFieldProps<T, N> & InputProps & { inputClassName?: string; parse?: (text: string) => unknown }) {
  const { field, fieldState } = useController({ control, name });
  const ids = useFieldIds(id, fieldState, hint);
  return (
    <FormField
      id={ids.id}
      label={label}
      error={ids.error}
      hint={hint}
      required={required}
      className={className}
    >
      <Input
        {...input}
        id={ids.id}
        name={field.name}
        ref={field.ref}
        value={textOf(field.value)}
        onChange={(event) => field.onChange(parse ? parse(event.target.value) : event.target.value)}
        onBlur={field.onBlur}
        required={required}
        className={inputClassName}
        {...ids.aria}
      />
    </FormField>
  );
}

/** A calendar day (`2026-03-31`) or, `withTime`, a local date and time, bound to a form field. */
export function DateField<T extends FieldValues, N extends Path<T>>({
  withTime,
  ...props
}: BoundFieldProps<T, N> & { withTime?: boolean; autoFocus?: boolean }) {
  return <TextField {...props} type={withTime ? "datetime-local" : "date"} />;
}

type TextareaProps = Omit<
  ComponentProps<typeof Textarea>,
  "id" | "name" | "value" | "defaultValue" | "onChange" | "onBlur" | "ref" | "required" | "className"
>;

/** Several lines of text bound to a form field. */
export function TextareaField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  id,
  hint,
  required,
  className,
  ...textarea
}: BoundFieldProps<T, N> & TextareaProps) {
  const { field, fieldState } = useController({ control, name });
  const ids = useFieldIds(id, fieldState, hint);
  return (
    <FormField
      id={ids.id}
      label={label}
      error={ids.error}
      hint={hint}
      required={required}
      className={className}
    >
      <Textarea
        rows={3}
        {...textarea}
        id={ids.id}
        name={field.name}
        ref={field.ref}
        value={textOf(field.value)}
        onChange={field.onChange}
        onBlur={field.onBlur}
        required={required}
        {...ids.aria}
      />
    </FormField>
  );
}

type SelectInputProps = {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  triggerRef?: Ref<HTMLButtonElement>;
  options: readonly SelectOption[];
  placeholder?: string;
  disabled?: boolean;
  triggerClassName?: string;
};

/** The labelled choice the select fields render (the stage select of `PipelineStageFields` too). */
export function SelectInput({
  id,
  label,
  error,
  hint,
  required,
  className,
  value,
  onChange,
  onBlur,
  triggerRef,
  options,
  placeholder,
  disabled,
  triggerClassName,
}: SelectInputProps) {
  const chosen = options.find((option) => option.value === value);
  return (
    <FormField id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <Select value={value} onValueChange={onChange} disabled={disabled}>
        <SelectTrigger
          id={id}
          ref={triggerRef}
          onBlur={onBlur}
          className={triggerClassName}
          {...fieldErrorProps(id, error, hint)}
        >
          {/* Given as children: Radix fills the chosen label in only after hydration. */}
          <SelectValue placeholder={placeholder}>{chosen?.label}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {options.map((option) => (
            <SelectItem key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </FormField>
  );
}

/** A choice among fixed options bound to a form field; an empty value shows the placeholder. */
export function SelectField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  id,
  hint,
  onValueChange,
  ...props
}: BoundFieldProps<T, N> &
  Pick<SelectInputProps, "options" | "placeholder" | "disabled" | "triggerClassName"> & {
    /** Runs after a choice (a stage kind that sets the probability). */
    onValueChange?: (value: string) => void;
  }) {
  const { field, fieldState } = useController({ control, name });
  const ids = useFieldIds(id, fieldState, hint);
  return (
    <SelectInput
      {...props}
      id={ids.id}
      error={ids.error}
      hint={hint}
      value={textOf(field.value)}
      onChange={(value) => {
        field.onChange(value);
        onValueChange?.(value);
      }}
      onBlur={field.onBlur}
      triggerRef={field.ref}
    />
  );
}

/** An on/off setting bound to a boolean form field, its label (and hint) beside the switch. */
export function SwitchField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  id,
  hint,
  className,
}: Omit<BoundFieldProps<T, N>, "required">) {
  const { field, fieldState } = useController({ control, name });
  const ids = useFieldIds(id, fieldState, hint);
  return (
    <div className={cn("flex gap-3", hint ? "items-start" : "items-center", className)}>
      <Switch
        id={ids.id}
        ref={field.ref}
        checked={field.value === true}
        onCheckedChange={field.onChange}
        onBlur={field.onBlur}
        className={hint ? "mt-0.5" : undefined}
        {...ids.aria}
      />
      <div className="grid gap-1">
        <Label htmlFor={ids.id}>{label}</Label>
        {hint ? (
          <p id={`${ids.id}-hint`} className="text-muted-foreground text-sm">
            {hint}
          </p>
        ) : null}
        {ids.error ? (
          <p id={`${ids.id}-error`} role="alert" className="font-medium text-destructive text-sm">
            {ids.error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
