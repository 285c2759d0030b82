"use client";
import { UserPlus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import type { MemberOption } from "@/features/records/member-option";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { shareRecordAction, unshareRecordAction } from "./share-actions";
import type { ShareObject } from "./share-object";

type Share = { userId: string; name: string; email: string };

type Props = {
  slug: string;
  object: ShareObject;
  recordId: string;
  shares: Share[];
  /** Members it can still be shared with (not the owner, not already shared). */
  candidates: MemberOption[];
  canShare: boolean;
};

export function SharePanel({ slug, object, recordId, shares, candidates, canShare }: Props) {
  const t = useTranslations("sharing");
  const router = useRouter();
  const actionError = useActionError();
  const selectId = useId();
  const [userId, setUserId] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const share = () => {
    if (!userId) {
      setError(t("chooseMember"));
      return;
    }
    startTransition(async () => {
      const result = await shareRecordAction(slug, { object, recordId, userId });
      if (!result.ok) {
        setError(result.fieldErrors?.ownerId?.[0] ?? actionError(result));
        return;
      }
      const name = candidates.find((c) => c.userId === userId)?.name ?? "";
      setUserId("");
      setError(null);
      toast.success(t("shared", { name }));
      router.refresh();
    });
  };

  const unshare = async (person: Share) => {
    const result = await unshareRecordAction(slug, { object, recordId, userId: person.userId });
    if (!result.ok) {
      toast.error(actionError(result));
      return false;
    }
    toast.success(t("unshared", { name: person.name }));
    router.refresh();
    return true;
  };

  return (
    <div className="grid gap-3">
      {shares.length === 0 ? (
        <p className="text-muted-foreground text-sm">{t("none")}</p>
      ) : (
        <ul className="grid divide-y" aria-label={t("title")}>
          {shares.map((person) => (
            <li key={person.userId} className="flex min-w-0 items-center gap-2 py-2 text-sm">
              <div className="grid min-w-0 flex-1">
                <span className="truncate font-medium">{person.name}</span>
                <span className="truncate text-muted-foreground text-xs">{person.email}</span>
              </div>
              {canShare ? (
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="icon" aria-label={t("remove", { name: person.name })}>
                      <X aria-hidden="true" />
                    </Button>
                  }
                  title={t("removeTitle", { name: person.name })}
                  description={t("removeText")}
                  confirmLabel={t("removeConfirm")}
                  onConfirm={() => unshare(person)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canShare ? (
        candidates.length === 0 ? (
          <p className="text-muted-foreground text-xs">{t("noCandidates")}</p>
        ) : (
          <div className="grid gap-1.5">
            <Label htmlFor={selectId}>{t("shareWith")}</Label>
            <div className="flex flex-wrap gap-2">
              <Select
                value={userId}
                onValueChange={(value) => {
                  setUserId(value);
                  setError(null);
                }}
              >
                <SelectTrigger
                  id={selectId}
                  className="min-w-0 flex-1 sm:max-w-72"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${selectId}-error` : undefined}
                >
                  <SelectValue placeholder={t("chooseMember")} />
                </SelectTrigger>
                <SelectContent>
                  {candidates.map((m) => (
                    <SelectItem key={m.userId} value={m.userId}>
                      {m.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <Button type="button" variant="outline" onClick={share} disabled={pending}>
                {pending ? <Spinner /> : <UserPlus aria-hidden="true" />}
                {t("share")}
              </Button>
            </div>
            {error ? (
              <p id={`${selectId}-error`} className="text-destructive text-sm">
                {error}
              </p>
            ) : null}
          </div>
        )
      ) : null}
    </div>
  );
}
