/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { env } from "../../../platform/env";
import { ROLES } from "../../orgs/roles";
import { mailLocale, mailTranslator } from "../mail-i18n";
import { type RenderedMail, renderMail } from "../render-mail";
import { MailLayout, Paragraph } from "./mail-layout";

/**
 * The invitation in the inviter's language (the invitee has no account, so no language of their
 * own yet). Roles are named as the app names them ("Sales rep"), never by their stored value ("rep").
 */
export async function composeInvitationMail(input: {
  inviterName: string;
  orgName: string;
  role: string;
  locale?: string | null;
  link: string;
}): Promise<RenderedMail> {
  const locale = mailLocale(input.locale);
  const t = mailTranslator(locale);
  const known = ROLES.find((r) => r === input.role);
  const role = known ? t(`roles.${known}`) : input.role;
  return renderMail(
    t("invitation.subject", { inviter: input.inviterName, org: input.orgName }),
    <MailLayout
      locale={locale}
      preview={t("invitation.body", { org: input.orgName, role })}
      heading={t("invitation.heading", { org: input.orgName })}
      action={{ label: t("invitation.button"), href: input.link, fallback: t("layout.linkFallback") }}
      footer={t("layout.footer", { appName: "CRM", appUrl: env.APP_URL })}
    >
      <Paragraph>{t("invitation.body", { org: input.orgName, role })}</Paragraph>
      <Paragraph>{t("invitation.notExpected")}</Paragraph>
    </MailLayout>,
  );
}
