"use client";
import { UNKNOWN_OWNER_POLICIES, type UnknownOwnerPolicy } from "@crm/core/modules/imports/schemas";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/**
 * What to do with rows whose owner matches no member of the organization (Pipedrive's "Owner" is a
 * name from another system): the importer owns them, or they are skipped and listed as errors.
 * The preview's count says how many of its rows are affected.
 */
export function UnknownOwnerChoice({
  policy,
  onChange,
  unknownOwners,
  previewed,
}: {
  policy: UnknownOwnerPolicy;
  onChange: (policy: UnknownOwnerPolicy) => void;
  unknownOwners: { rows: number; values: string[] };
  previewed: number;
}) {
  const t = useTranslations("imports.owners");
  return (
    <Card data-testid="import-unknown-owners">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {unknownOwners.rows > 0 ? (
          <p
            className="flex items-start gap-2 rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm"
            role="status"
            data-testid="import-unknown-owner-count"
          >
            <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden="true" />
            <span>
              {t("count", { rows: unknownOwners.rows, previewed })}{" "}
              <span className="text-muted-foreground">
                {unknownOwners.values.map((value) => t("quoted", { value })).join(", ")}
              </span>
            </span>
          </p>
        ) : (
          <p className="text-muted-foreground text-sm">{t("none", { previewed })}</p>
        )}
        <fieldset className="grid gap-2">
          <legend className="sr-only">{t("title")}</legend>
          {UNKNOWN_OWNER_POLICIES.map((p) => (
            <label key={p} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="unknownOwner"
                value={p}
                checked={policy === p}
                onChange={() => onChange(p)}
                className="size-4 accent-primary"
                data-testid={`import-unknown-owner-${p}`}
              />
              {t(p)}
            </label>
          ))}
        </fieldset>
      </CardContent>
    </Card>
  );
}
