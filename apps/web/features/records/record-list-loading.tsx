import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "./list-skeleton";

export async function RecordListLoading() {
  const t = await getTranslations("common");
  return <ListSkeleton label={t("loading")} />;
}
