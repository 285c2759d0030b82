import type { ImportStatus } from "@crm/core/modules/imports/schemas";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const VARIANT: Record<ImportStatus, "default" | "secondary" | "destructive" | "outline"> = {
  draft: "outline",
  queued: "secondary",
  running: "secondary",
  completed: "default",
  failed: "destructive",
  rolled_back: "outline",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const t = useTranslations("imports.status");
  return (
    <Badge variant={VARIANT[status]} data-testid="import-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
