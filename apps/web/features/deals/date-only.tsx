import { useFormatter } from "next-intl";

/**
 * A calendar date ("2026-03-31", no time): formatted as that day everywhere, whatever the
 * reader's time zone.
 */
export function DateOnly({ value, className }: { value: string | null; className?: string }) {
  const format = useFormatter();
  if (!value) return <span className="text-muted-foreground">—</span>;
  return (
    <time dateTime={value} className={className ?? "whitespace-nowrap text-muted-foreground"}>
      {format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
    </time>
  );
}
