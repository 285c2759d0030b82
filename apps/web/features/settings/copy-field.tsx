"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A secret or link shown read-only with a Copy button; the text stays selectable if copying fails. */
export function CopyField({
  id,
  value,
  label,
  testId,
}: {
  id: string;
  value: string;
  label: string;
  testId?: string;
}) {
  const tc = useTranslations("common");
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    const ok = await copyText(value, input.current);
    if (!ok) {
      input.current?.select();
      toast.error(tc("copyFailed"));
      return;
    }
    setCopied(true);
    toast.success(tc("copied"));
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <div className="flex gap-2">
      <Input
        ref={input}
        id={id}
        value={value}
        readOnly
        aria-label={label}
        data-testid={testId}
        onFocus={(event) => event.currentTarget.select()}
        className="font-mono text-sm"
        spellCheck={false}
      />
      <Button type="button" variant="outline" onClick={copy} className="shrink-0">
        {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
        {tc("copy")}
      </Button>
    </div>
  );
}

export async function copyText(value: string, fallbackInput?: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // The Clipboard API needs a secure context; self-hosted installs are often plain http on a LAN.
    if (!fallbackInput) return false;
    fallbackInput.select();
    return document.execCommand("copy");
  }
}
