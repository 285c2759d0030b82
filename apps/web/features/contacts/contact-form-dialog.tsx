"use client";
import { Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { EditableContact } from "./contact-form";

export type { EditableContact } from "./contact-form";

// The form (react-hook-form, zod, pickers) loads when the dialog opens or its trigger is pointed at,
// not with the list or the contact page.
const loadForm = () => import("./contact-form");
const ContactForm = dynamic(() => loadForm().then((m) => m.ContactForm), {
  ssr: false,
  loading: () => (
    <div className="flex justify-center py-10">
      <Spinner />
    </div>
  ),
});

type Props = { slug: string; contact?: EditableContact; trigger?: ReactNode };

/** New contact, or edit one (`contact` given): the same form and the same schema as the API. */
export function ContactFormDialog({ slug, contact, trigger }: Props) {
  const t = useTranslations("contacts");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
        {trigger ?? (
          <Button>
            <Plus aria-hidden="true" />
            {t("new")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-xl">
        {open ? <ContactForm slug={slug} contact={contact} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}
