"use client";
import { IMPORT_OBJECTS, type ImportObject, MAX_IMPORT_BYTES } from "@crm/core/modules/imports/schemas";
import { FileSpreadsheet, Upload, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type DragEvent, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { formatBytes } from "./format-bytes";

const ACCEPT = ".csv,.tsv,.txt,.xlsx";

/** Step 1: choose the object and a file (drag and drop or picker); uploads it as a draft import. */
export function UploadForm({ slug, defaultObject }: { slug: string; defaultObject: ImportObject }) {
  const t = useTranslations("imports");
  const locale = useLocale();
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [object, setObject] = useState<ImportObject>(defaultObject);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function choose(next: File | undefined) {
    setError(null);
    if (!next) return;
    if (!/\.(csv|tsv|txt|xlsx)$/i.test(next.name)) return setError(t("upload.wrongType"));
    if (next.size > MAX_IMPORT_BYTES) return setError(t("upload.tooLarge"));
    setFile(next);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return setError(t("upload.required"));
    setPending(true);
    setError(null);
    const body = new FormData();
    body.set("object", object);
    body.set("draft", "true");
    body.set("file", file);
    try {
      const response = await fetch("/api/v1/imports", { method: "POST", body });
      const json = (await response.json()) as { data?: { id: string }; detail?: string };
      if (!response.ok || !json.data) {
        setError(json.detail ?? t("upload.failed"));
        setPending(false);
        return;
      }
      router.push(`/o/${slug}/import/${json.data.id}`);
    } catch {
      setError(t("upload.failed"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="grid gap-4" data-testid="import-upload-form">
      <div className="grid gap-2 sm:max-w-xs">
        <Label htmlFor={`${inputId}-object`}>{t("upload.object")}</Label>
        <Select value={object} onValueChange={(v) => setObject(v as ImportObject)}>
          <SelectTrigger id={`${inputId}-object`} data-testid="import-object">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {IMPORT_OBJECTS.map((o) => (
              <SelectItem key={o} value={o} data-testid={`import-object-${o}`}>
                {t(`objects.${o}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the button inside is the keyboard path */}
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
        className={cn(
          "flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors",
          dragging ? "border-primary bg-primary/5" : "border-border",
        )}
      >
        {file ? (
          <div className="flex max-w-full items-center gap-3 rounded-md border bg-card px-3 py-2 text-left">
            <FileSpreadsheet className="size-5 shrink-0 text-muted-foreground" aria-hidden="true" />
            <div className="min-w-0">
              <p className="truncate font-medium text-sm" data-testid="import-file-name">
                {file.name}
              </p>
              <p className="text-muted-foreground text-xs" data-testid="import-file-size">
                {formatBytes(file.size, locale)}
              </p>
            </div>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              onClick={() => setFile(null)}
              aria-label={t("upload.remove")}
            >
              <X aria-hidden="true" />
            </Button>
          </div>
        ) : (
          <>
            <Upload className="size-8 text-muted-foreground" aria-hidden="true" />
            <p className="font-medium text-sm">{t("upload.drop")}</p>
          </>
        )}
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          data-testid="import-file-input"
          onChange={(e) => {
            choose(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Button type="button" variant="outline" onClick={() => input.current?.click()}>
          {t("upload.browse")}
        </Button>
        <p className="max-w-md text-muted-foreground text-xs">{t("upload.hint")}</p>
      </div>
      <FormError message={error} />
      <div>
        <Button type="submit" loading={pending} disabled={!file} data-testid="import-upload-submit">
          {t("upload.submit")}
        </Button>
      </div>
    </form>
  );
}
