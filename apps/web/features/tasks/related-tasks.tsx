import "server-only";
import { listTasks } from "@crm/core/modules/tasks/list-tasks";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TaskItem } from "./task-item";

type Props = {
  ctx: Ctx;
  slug: string;
  anchor: { contactId: string } | { companyId: string } | { dealId: string };
  timeZone: string;
};

const LIMIT = 10;

/** A record's open tasks, soonest due first. */
export async function RelatedTasks({ ctx, slug, anchor, timeZone }: Props) {
  const t = await getTranslations("tasks");
  const filters: Record<string, string> = { ...anchor, status: "open,in_progress" };
  const page = await listTasks(ctx, { limit: LIMIT, sort: "dueAt" }, filters);
  const [field, id] = Object.entries(anchor)[0] ?? [];
  return (
    <Card className="gap-2 py-4">
      <CardHeader className="flex-row items-center justify-between px-4">
        <CardTitle as="h2" className="text-base">
          {t("openTasks")}
        </CardTitle>
        {page.nextCursor ? (
          <Link href={`/o/${slug}/tasks?${field}=${id}`} className="text-primary text-sm hover:underline">
            {t("viewAll")}
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="px-4">
        {page.data.length === 0 ? (
          <p className="py-2 text-muted-foreground text-sm">{t("noneOpen")}</p>
        ) : (
          <ul className="divide-y">
            {page.data.map((task) => (
              <TaskItem
                key={task.id}
                slug={slug}
                task={task}
                timeZone={timeZone}
                canWrite={can(ctx, "records:write")}
              />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
