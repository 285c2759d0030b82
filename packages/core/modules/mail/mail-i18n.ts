import { createTranslator } from "use-intl/core";
import { LOCALES, type Locale } from "../users/schemas";
import de from "./messages/de.json";
import en from "./messages/en.json";

// Mail texts, in the recipient's language, with the UI's message format (ICU through use-intl).
// German must have exactly the English keys (the type says so).
const MESSAGES: Record<Locale, typeof en> = { en, de };

/** A locale the mails are written in: the given one when known, else English. */
export function mailLocale(value: string | null | undefined): Locale {
  const tag = value?.slice(0, 2).toLowerCase();
  return LOCALES.find((l) => l === tag) ?? "en";
}

export function mailTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    // A missing value is a bug in a template: fail loudly instead of mailing "{org}".
    onError: (error) => {
      throw error;
    },
  });
}

export type MailTranslator = ReturnType<typeof mailTranslator>;
