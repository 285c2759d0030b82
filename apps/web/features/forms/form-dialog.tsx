"use client";
import { Pencil, Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import {
  type BaseSyntheticEvent,
  type ComponentProps,
  type ComponentType,
  createContext,
  type KeyboardEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import type { FieldValues, FormState } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/cn";

type FormDialogControls = {
  /** Closes the dialog (after a save). */
  close: () => void;
  /** While a save is pending the dialog stays open (Escape, a click outside and Cancel wait). */
  setPending: (pending: boolean) => void;
};

const FormDialogContext = createContext<FormDialogControls | null>(null);

/** The dialog a form is in, for the form to close it after a save; null outside one. */
export function useFormDialog(): FormDialogControls | null {
  return useContext(FormDialogContext);
}

type FormDialogProps = {
  /** The button that opens the dialog (none when the caller opens it, with `open`). */
  trigger?: ReactNode;
  /** The form (a `DialogForm`); mounted while the dialog is open, so it starts afresh each time. */
  children: ReactNode;
  /** Loads the form's code ahead, when the trigger is pointed at or focused. */
  preload?: () => unknown;
  /** The width of a record form (two columns of fields) rather than a settings dialog's. */
  wide?: boolean;
  /** Controlled by the caller (a menu item opens it); by default the dialog keeps its own state. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  onInteractOutside?: ComponentProps<typeof DialogContent>["onInteractOutside"];
};

/** The one shell of the app's form dialogs: trigger, open state, a pending save that keeps it open. */
export function FormDialog({
  trigger,
  children,
  preload,
  wide,
  open: controlledOpen,
  onOpenChange,
  onInteractOutside,
}: FormDialogProps) {
  const tc = useTranslations("common");
  const [ownOpen, setOwnOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const change = (next: boolean) => {
    setOwnOpen(next);
    if (!next) setPending(false);
    onOpenChange?.(next);
  };
  const controls: FormDialogControls = { close: () => change(false), setPending };
  const warm = preload ? () => void preload() : undefined;
  return (
    <Dialog open={open} onOpenChange={(next) => (pending && !next ? undefined : change(next))}>
      {trigger ? (
        <DialogTrigger asChild onPointerEnter={warm} onFocus={warm}>
          {trigger}
        </DialogTrigger>
      ) : null}
      <DialogContent
        closeLabel={tc("close")}
        className={wide ? "sm:max-w-xl" : undefined}
        onInteractOutside={onInteractOutside}
      >
        <FormDialogContext value={controls}>{children}</FormDialogContext>
      </DialogContent>
    </Dialog>
  );
}

/** The usual trigger of a "new record" dialog (it passes the trigger's props on to the button). */
export function NewButton({ label, ...props }: ComponentProps<typeof Button> & { label: string }) {
  return (
    <Button {...props}>
      <Plus aria-hidden="true" />
      {label}
    </Button>
  );
}

/** The usual trigger of an "edit record" dialog on the record's page. */
export function EditButton(props: ComponentProps<typeof Button>) {
  const t = useTranslations("records");
  return (
    <Button variant="outline" {...props}>
      <Pencil aria-hidden="true" />
      {t("edit")}
    </Button>
  );
}

/** The trigger of an "edit" dialog in a list row: a pencil named by `label`. */
export function EditIconButton({ label, ...props }: ComponentProps<typeof Button> & { label: string }) {
  return (
    <Button variant="ghost" size="icon" aria-label={label} {...props}>
      <Pencil aria-hidden="true" />
    </Button>
  );
}

/** A record dialog's trigger: the caller's, or Edit for a record, or New. */
export function recordTrigger(trigger: ReactNode | undefined, editing: boolean, newLabel: string): ReactNode {
  return trigger ?? (editing ? <EditButton /> : <NewButton label={newLabel} />);
}

function FormLoading() {
  return (
    <div className="flex justify-center py-10">
      <Spinner />
    </div>
  );
}

/**
 * A record form loaded when its dialog opens (or its trigger is pointed at), not with the page:
 * react-hook-form, zod and the pickers stay out of lists and detail pages.
 */
export function lazyForm<P extends object>(load: () => Promise<ComponentType<P>>) {
  return { Form: dynamic(load, { ssr: false, loading: FormLoading }), preload: load };
}

type DialogFormProps<T extends FieldValues> = {
  /** The form's state: `isSubmitting` for the pending state, `errors.root.server` for the alert. */
  formState: FormState<T>;
  /** A `handleSubmit(...)` handler. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  title: ReactNode;
  description?: ReactNode;
  submitLabel: ReactNode;
  /** A destructive action (marking a deal lost) gets the destructive button. */
  destructive?: boolean;
  children: ReactNode;
};

/**
 * A form in a `FormDialog`: title, description, the fields, the form's alert, Cancel and submit.
 * Enter in a field submits (Ctrl/⌘+Enter in a text area too), Escape closes, a pending save disables
 * Cancel and shows on the submit button, and a failed save focuses the first field in error.
 */
export function DialogForm<T extends FieldValues>({
  formState,
  onSubmit,
  title,
  description,
  submitLabel,
  destructive,
  children,
}: DialogFormProps<T>) {
  const tc = useTranslations("common");
  const dialog = useFormDialog();
  const ref = useRef<HTMLFormElement>(null);
  const pending = formState.isSubmitting;
  const setPending = dialog?.setPending;
  useEffect(() => setPending?.(pending), [setPending, pending]);

  const submit = async (event: BaseSyntheticEvent) => {
    await onSubmit(event);
    // Errors set by the save (the server's, custom fields') render on the next frame.
    requestAnimationFrame(() => focusFirstInvalid(ref.current));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey) && !event.defaultPrevented) {
      event.preventDefault();
      ref.current?.requestSubmit();
    }
  };

  return (
    <form ref={ref} onSubmit={submit} onKeyDown={onKeyDown} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        {description ? <DialogDescription>{description}</DialogDescription> : null}
      </DialogHeader>
      {children}
      <FormError message={formState.errors.root?.server?.message} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={pending}>
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" variant={destructive ? "destructive" : "default"} loading={pending}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Moves focus to the first field in error, unless it already is on one. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  if (!form) return;
  const active = document.activeElement;
  if (active && form.contains(active) && active.getAttribute("aria-invalid") === "true") return;
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** A grid of fields, two columns from the small breakpoint up. */
export function FieldGrid({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn("grid gap-4 sm:grid-cols-2", className)}>{children}</div>;
}
