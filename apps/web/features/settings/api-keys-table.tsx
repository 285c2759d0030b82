"use client";
import type { Role } from "@crm/core/modules/orgs/roles";
import { Ban } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { revokeApiKeyAction } from "./api-key-actions";
import { ConfirmDialog } from "./confirm-dialog";
import { dateTimeOptions } from "./format";

type ApiKey = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export function ApiKeysTable({ slug, keys, timeZone }: { slug: string; keys: ApiKey[]; timeZone: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{tc("name")}</TableHead>
            <TableHead>{t("keyPrefix")}</TableHead>
            <TableHead>{tc("role")}</TableHead>
            <TableHead>{tc("created")}</TableHead>
            <TableHead>{t("lastUsed")}</TableHead>
            <TableHead>{t("status")}</TableHead>
            <TableHead>
              <span className="sr-only">{tc("actions")}</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.map((key) => (
            <ApiKeyRow key={key.id} slug={slug} apiKey={key} timeZone={timeZone} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ApiKeyRow({ slug, apiKey, timeZone }: { slug: string; apiKey: ApiKey; timeZone: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const router = useRouter();
  const revoked = apiKey.revokedAt !== null;

  async function revoke() {
    const result = await revokeApiKeyAction(slug, apiKey.id);
    if (!result.ok) {
      toast.error(result.error);
      return false;
    }
    toast.success(t("keyRevoked"));
    router.refresh();
    return true;
  }

  return (
    <TableRow className={cn(revoked && "text-muted-foreground")}>
      <TableCell className="font-medium">{apiKey.name}</TableCell>
      <TableCell>
        <code className="whitespace-nowrap rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
          {apiKey.prefix}…
        </code>
      </TableCell>
      <TableCell>
        <Badge variant="secondary">{tr(apiKey.role)}</Badge>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {format.dateTime(apiKey.createdAt, dateTimeOptions(timeZone))}
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {apiKey.lastUsedAt ? format.dateTime(apiKey.lastUsedAt, dateTimeOptions(timeZone)) : tc("never")}
      </TableCell>
      <TableCell>
        {apiKey.revokedAt ? (
          <Badge variant="destructive" title={format.dateTime(apiKey.revokedAt, dateTimeOptions(timeZone))}>
            {t("revoked")}
          </Badge>
        ) : (
          <Badge variant="outline">{t("active")}</Badge>
        )}
      </TableCell>
      <TableCell className="text-right">
        {revoked ? null : (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" aria-label={t("revokeLabel", { name: apiKey.name })}>
                <Ban aria-hidden="true" />
                {t("revoke")}
              </Button>
            }
            title={t("revokeTitle", { name: apiKey.name })}
            description={t("revokeText")}
            confirmLabel={t("revoke")}
            onConfirm={revoke}
          />
        )}
      </TableCell>
    </TableRow>
  );
}
