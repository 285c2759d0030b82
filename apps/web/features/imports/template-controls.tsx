"use client";
import type { ImportMapping, ImportObject } from "@crm/core/modules/imports/schemas";
import { Save } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useActionError } from "@/features/records/use-action-error";
import { saveTemplateAction } from "./import-actions";

export type Template = { id: string; name: string; mapping: ImportMapping };

/** Apply a saved mapping template, or save the current mapping as one. */
export function TemplateControls({
  slug,
  object,
  templates: initial,
  mapping,
  onApply,
}: {
  slug: string;
  object: ImportObject;
  templates: Template[];
  mapping: ImportMapping;
  onApply: (template: Template) => void;
}) {
  const t = useTranslations("imports.mapping");
  const actionError = useActionError();
  const id = useId();
  const [templates, setTemplates] = useState(initial);
  const [name, setName] = useState("");
  const [saving, setSaving] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setSaving(true);
    const result = await saveTemplateAction(slug, { name, object, mapping });
    setSaving(false);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    setTemplates((list) => [...list, result.data].sort((a, b) => a.name.localeCompare(b.name)));
    setName("");
    toast.success(t("templateSaved"));
  }

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="grid gap-1.5 sm:w-64">
        <span className="font-medium text-sm" id={`${id}-apply`}>
          {t("templates")}
        </span>
        <Select
          value=""
          onValueChange={(value) => {
            const tpl = templates.find((x) => x.id === value);
            if (tpl) onApply(tpl);
          }}
          disabled={templates.length === 0}
        >
          <SelectTrigger aria-labelledby={`${id}-apply`} data-testid="import-template-apply">
            <SelectValue placeholder={templates.length === 0 ? t("noTemplates") : t("applyTemplate")} />
          </SelectTrigger>
          <SelectContent>
            {templates.map((tpl) => (
              <SelectItem key={tpl.id} value={tpl.id}>
                {tpl.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <form onSubmit={save} className="flex gap-2">
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("templateName")}
          aria-label={t("templateName")}
          maxLength={100}
          className="sm:w-48"
          data-testid="import-template-name"
        />
        <Button
          type="submit"
          variant="outline"
          loading={saving}
          disabled={!name.trim()}
          data-testid="import-template-save"
        >
          <Save aria-hidden="true" />
          {t("saveTemplate")}
        </Button>
      </form>
    </div>
  );
}
