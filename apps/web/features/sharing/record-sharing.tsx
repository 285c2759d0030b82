import "server-only";
import { listRecordShares } from "@crm/core/modules/records/list-record-shares";
import { canShareRecord } from "@crm/core/modules/records/share-policy";
import type { Ctx } from "@crm/core/platform/context";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MemberOption } from "@/features/records/member-option";
import type { ShareObject } from "./share-object";
import { SharePanel } from "./share-panel";

type Props = {
  ctx: Ctx;
  slug: string;
  object: ShareObject;
  recordId: string;
  ownerId: string | null;
  members: MemberOption[];
};

/** Who else works on this record; its owner, managers and admins add and remove people. */
export async function RecordSharing({ ctx, slug, object, recordId, ownerId, members }: Props) {
  const t = await getTranslations("sharing");
  const shares = await listRecordShares(ctx, object, recordId);
  const sharedIds = new Set(shares.map((s) => s.userId));
  const candidates = members.filter((m) => m.userId !== ownerId && !sharedIds.has(m.userId));
  return (
    <Card className="h-fit gap-2 py-4">
      <CardHeader className="px-4">
        <CardTitle as="h2" className="text-base">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="px-4">
        <SharePanel
          slug={slug}
          object={object}
          recordId={recordId}
          shares={shares.map((s) => ({ userId: s.userId, name: s.name, email: s.email }))}
          candidates={candidates}
          canShare={canShareRecord(ctx, ownerId)}
        />
      </CardContent>
    </Card>
  );
}
