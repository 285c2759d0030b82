"use client";
import { Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { PickerOption } from "@/features/records/record-picker";
import type { PipelineChoice } from "./pipeline-choice";

// The form (react-hook-form, zod, pickers) loads when the dialog opens or its trigger is pointed at,
// not with the board, the list or the deal page.
const loadForm = () => import("./deal-form");
const DealForm = dynamic(() => loadForm().then((m) => m.DealForm), {
  ssr: false,
  loading: () => (
    <div className="flex justify-center py-10">
      <Spinner />
    </div>
  ),
});

export type EditableDeal = {
  id: string;
  title: string;
  value: number;
  currency: string;
  expectedCloseDate: string | null;
  company: PickerOption | null;
  contact: PickerOption | null;
};

export type DealFormProps = {
  slug: string;
  pipelines: PipelineChoice[];
  defaultCurrency: string;
  deal?: EditableDeal;
  /** Preselected when adding from a board column or a company/contact page. */
  initial?: { pipelineId?: string; stageId?: string; company?: PickerOption; contact?: PickerOption };
  trigger?: ReactNode;
};

export function DealFormDialog(props: DealFormProps) {
  const t = useTranslations("deals");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
        {props.trigger ?? (
          <Button>
            <Plus aria-hidden="true" />
            {t("new")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-xl">
        {open ? <DealForm {...props} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}
