import { listDevMails } from "@crm/core/modules/mail/list-dev-mails";
import { isMailConfigured } from "@crm/core/modules/mail/smtp-transport";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { can } from "@crm/core/platform/permissions";
import { ExternalLink, Inbox } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { dateTimeOptions } from "./format";
import { MailStatusNotice } from "./mail-status-notice";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("mail") };
}

export async function DevMailboxPage({ params }: Props) {
  const { slug } = await params;
  const { ctx } = await requireOrgContext(slug);
  if (!can(ctx, "devMail:read")) notFound();
  const t = await getTranslations("settings");
  const { timeZone } = await getOrgSettings(ctx);
  const mails = await listDevMails(ctx);
  return (
    <>
      <PageHeader title={t("mail")} description={t("mailDescription")} />
      <MailStatusNotice className="mb-8" />
      {/* Once mail is sent, the dev mailbox only matters for what it kept before. */}
      {isMailConfigured() && mails.length === 0 ? null : <DevMailbox mails={mails} timeZone={timeZone} />}
    </>
  );
}

async function DevMailbox({
  mails,
  timeZone,
}: {
  mails: Awaited<ReturnType<typeof listDevMails>>;
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations("settings"), getFormatter()]);
  return (
    <>
      <div className="mb-4 grid gap-1">
        <h2 className="font-semibold text-lg">{t("devMailbox")}</h2>
        <p className="text-muted-foreground text-sm">{t("devMailboxDescription")}</p>
      </div>
      {mails.length === 0 ? (
        <EmptyState icon={Inbox} title={t("noMailTitle")} description={t("noMailText")} />
      ) : (
        <ul className="grid gap-4">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Card className="gap-4" aria-labelledby={`mail-${mail.id}`}>
                <CardHeader className="gap-1 sm:flex-row sm:items-start sm:justify-between">
                  <div className="grid min-w-0 gap-1">
                    <CardTitle as="h2" id={`mail-${mail.id}`} className="break-words text-base">
                      {mail.subject}
                    </CardTitle>
                    <CardDescription className="break-all">
                      {t("to")}: {mail.toEmail}
                    </CardDescription>
                  </div>
                  <time
                    dateTime={mail.createdAt.toISOString()}
                    className="shrink-0 text-muted-foreground text-sm"
                  >
                    {format.dateTime(mail.createdAt, dateTimeOptions(timeZone))}
                  </time>
                </CardHeader>
                <CardContent className="grid gap-3">
                  <p className="whitespace-pre-wrap break-words text-sm">{mail.text}</p>
                  {mail.link ? (
                    <a
                      href={mail.link}
                      className={buttonVariants({ variant: "outline", size: "sm", className: "w-fit" })}
                      title={mail.link}
                    >
                      <ExternalLink aria-hidden="true" />
                      {t("openLink")}
                    </a>
                  ) : null}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
