import { plainTextSelectors, render } from "@react-email/render";
import type { ReactElement } from "react";

/** A system mail ready to send: subject, HTML and its plain-text twin. */
export type RenderedMail = { subject: string; html: string; text: string };

// React Email's text selectors (images and hidden parts left out), headings kept as written.
const TEXT_OPTIONS = {
  selectors: [
    ...plainTextSelectors,
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
};

/** Renders a React Email element to HTML and to plain text (for clients and filters that read text). */
export async function renderMail(subject: string, element: ReactElement): Promise<RenderedMail> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: TEXT_OPTIONS }),
  ]);
  return { subject, html, text };
}
