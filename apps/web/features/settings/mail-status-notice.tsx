import { getMailStatus } from "@crm/core/modules/mail/smtp-transport";
import { MailCheck, MailWarning } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

/**
 * Says plainly whether this server sends mail. `whenConfigured: false` shows nothing once SMTP is
 * set (the members page only needs the warning); the mail settings page shows both states.
 */
export async function MailStatusNotice({
  text = "page",
  whenConfigured = true,
  className,
}: {
  text?: "page" | "members";
  whenConfigured?: boolean;
  className?: string;
}) {
  const status = getMailStatus();
  if (status.configured && !whenConfigured) return null;
  const t = await getTranslations("settings");
  const Icon = status.configured ? MailCheck : MailWarning;
  return (
    <div
      role="status"
      data-mail-configured={status.configured}
      className={cn(
        "flex gap-3 rounded-lg border px-4 py-3 text-sm",
        status.configured
          ? "border-border bg-card"
          : "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-100",
        className,
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="grid min-w-0 gap-1">
        <p className="font-medium">
          {t(status.configured ? "mailConfiguredTitle" : "mailNotConfiguredTitle")}
        </p>
        <p className={cn("break-words", status.configured && "text-muted-foreground")}>
          {status.configured
            ? t("mailConfiguredText", { server: status.server ?? "", from: status.from })
            : t(text === "members" ? "mailNotConfiguredMembers" : "mailNotConfiguredText")}
        </p>
      </div>
    </div>
  );
}
