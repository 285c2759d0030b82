import "server-only";
import type { Ctx } from "@crm/core/platform/context";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { HistoryList } from "./history-list";
import type { HistoryObject } from "./history-types";
import { loadHistoryPage } from "./load-history";

type Props = { ctx: Ctx; slug: string; object: HistoryObject; id: string; timeZone: string };

/** The "History" section of a record's page: its audit entries, newest first. */
export async function RecordHistory({ ctx, slug, object, id, timeZone }: Props) {
  const t = await getTranslations("history");
  const first = await loadHistoryPage(ctx, object, id);
  return (
    <Card className="h-fit gap-2 py-4">
      <CardHeader className="px-4">
        <CardTitle as="h2" className="text-base">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="px-4">
        <HistoryList slug={slug} object={object} id={id} first={first} timeZone={timeZone} />
      </CardContent>
    </Card>
  );
}
