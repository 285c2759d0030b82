import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { dateTimeOptions } from "./format";

type Props = {
  record: { createdAt: Date; updatedAt: Date };
  timeZone: string;
  children: ReactNode;
};

/** The "Details" card of a record page: its fields, then when it was created and last changed. */
export async function RecordDetailsCard({ record, timeZone, children }: Props) {
  const [tr, format] = await Promise.all([getTranslations("records"), getFormatter()]);
  return (
    <Card className="gap-2 py-4">
      <CardHeader className="px-4">
        <CardTitle as="h2" className="text-base">
          {tr("details")}
        </CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        {children}
        <p className="mt-3 text-muted-foreground text-xs">
          {tr("createdUpdated", {
            created: format.dateTime(record.createdAt, dateTimeOptions(timeZone)),
            updated: format.dateTime(record.updatedAt, dateTimeOptions(timeZone)),
          })}
        </p>
      </CardContent>
    </Card>
  );
}
