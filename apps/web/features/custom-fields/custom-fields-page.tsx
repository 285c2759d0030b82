import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { can } from "@crm/core/platform/permissions";
import { Lock, SlidersHorizontal } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/features/shell/page-header";
import { cn } from "@/lib/cn";
import { requireOrgContext } from "@/lib/org-context";
import { CustomFieldDialog } from "./custom-field-dialog";
import { CUSTOM_FIELD_OBJECTS, isCustomFieldObject } from "./custom-field-objects";
import { CustomFieldsTable } from "./custom-fields-table";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customFields"))("title") };
}

/** Custom field definitions per record type; admins change them, everyone sees what exists. */
export async function CustomFieldsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = (await searchParams).object;
  const object = isCustomFieldObject(raw) ? raw : "contacts";
  const { ctx } = await requireOrgContext(slug);
  const t = await getTranslations("customFields");
  const fields = await listCustomFields(ctx, { object });
  const canManage = can(ctx, "org:update");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canManage ? <CustomFieldDialog slug={slug} object={object} /> : null}
      />
      <nav aria-label={t("objectsLabel")} className="mb-4 flex max-w-3xl gap-1 overflow-x-auto border-b">
        {CUSTOM_FIELD_OBJECTS.map((o) => (
          <Link
            key={o}
            href={`/o/${slug}/settings/custom-fields?object=${o}`}
            aria-current={o === object ? "page" : undefined}
            className={cn(
              "-mb-px shrink-0 border-b-2 px-3 py-2 font-medium text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring",
              o === object
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(`objects.${o}`)}
          </Link>
        ))}
      </nav>
      {canManage ? null : (
        <p className="mb-4 flex max-w-3xl items-start gap-2 rounded-md bg-muted px-3 py-2 text-muted-foreground text-sm">
          <Lock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {t("readOnly")}
        </p>
      )}
      <div className="max-w-3xl">
        {fields.length === 0 ? (
          <EmptyState
            icon={SlidersHorizontal}
            title={t("emptyTitle", { object: t(`objects.${object}`) })}
            description={t("emptyText")}
            action={canManage ? <CustomFieldDialog slug={slug} object={object} /> : undefined}
          />
        ) : (
          <CustomFieldsTable slug={slug} object={object} fields={fields} canManage={canManage} />
        )}
      </div>
    </>
  );
}
