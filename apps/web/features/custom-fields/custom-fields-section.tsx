import "server-only";
import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CustomFieldObject } from "./custom-field-objects";
import { CustomFieldsInline } from "./custom-fields-inline";

type Props = {
  ctx: Ctx;
  slug: string;
  object: CustomFieldObject;
  record: { id: string; custom: Record<string, unknown> };
  /** Whether the caller may change this record (defaults to the role's write permission). */
  canWrite?: boolean;
};

/** The custom fields card of a detail page; nothing when the org defined none for this record type. */
export async function CustomFieldsSection({ ctx, slug, object, record, canWrite }: Props) {
  const defs = await listCustomFields(ctx, { object });
  if (defs.length === 0) return null;
  const t = await getTranslations("customFields");
  return (
    <Card className="gap-2 py-4">
      <CardHeader className="px-4">
        <CardTitle as="h2" className="text-base">
          {t("section")}
        </CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        <CustomFieldsInline
          slug={slug}
          object={object}
          recordId={record.id}
          defs={defs.map(({ id, key, label, type, options, required }) => ({
            id,
            key,
            label,
            type,
            options,
            required,
          }))}
          values={record.custom}
          canWrite={canWrite ?? can(ctx, "records:write")}
        />
      </CardContent>
    </Card>
  );
}
