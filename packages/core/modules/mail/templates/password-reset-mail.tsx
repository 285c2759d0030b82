/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { env } from "../../../platform/env";
import { mailLocale, mailTranslator } from "../mail-i18n";
import { type RenderedMail, renderMail } from "../render-mail";
import { MailLayout, Paragraph } from "./mail-layout";

/** The password-reset mail in the user's language; its link is the account, so it goes to them alone. */
export async function composePasswordResetMail(input: {
  email: string;
  locale?: string | null;
  link: string;
}): Promise<RenderedMail> {
  const locale = mailLocale(input.locale);
  const t = mailTranslator(locale);
  return renderMail(
    t("passwordReset.subject"),
    <MailLayout
      locale={locale}
      preview={t("passwordReset.heading")}
      heading={t("passwordReset.heading")}
      action={{ label: t("passwordReset.button"), href: input.link, fallback: t("layout.linkFallback") }}
      footer={t("layout.footer", { appName: "CRM", appUrl: env.APP_URL })}
    >
      <Paragraph>{t("passwordReset.body", { email: input.email })}</Paragraph>
      <Paragraph>{t("passwordReset.notYou")}</Paragraph>
    </MailLayout>,
  );
}
