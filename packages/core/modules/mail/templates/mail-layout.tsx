/** @jsxRuntime automatic */
/** @jsxImportSource react */
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "../../users/schemas";

// One look for every system mail: a heading, a few paragraphs, one button with the link spelled out
// below it (for clients that block buttons), and a footer naming where it came from.

const colors = { text: "#18181b", muted: "#71717a", border: "#e4e4e7", accent: "#18181b", page: "#f4f4f5" };

export type MailLayoutProps = {
  locale: Locale;
  preview: string;
  heading: string;
  action?: { label: string; href: string; fallback: string };
  footer: string;
  children: ReactNode;
};

export function MailLayout({ locale, preview, heading, action, footer, children }: MailLayoutProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: colors.page,
          fontFamily: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
          margin: 0,
          padding: "24px 0",
        }}
      >
        <Container
          style={{
            backgroundColor: "#ffffff",
            border: `1px solid ${colors.border}`,
            borderRadius: 8,
            maxWidth: 520,
            padding: "32px 32px 24px",
          }}
        >
          <Heading
            as="h1"
            style={{
              color: colors.text,
              fontSize: 20,
              fontWeight: 600,
              lineHeight: "28px",
              margin: "0 0 16px",
            }}
          >
            {heading}
          </Heading>
          {children}
          {action ? (
            <Section style={{ margin: "24px 0" }}>
              <Button
                href={action.href}
                style={{
                  backgroundColor: colors.accent,
                  borderRadius: 6,
                  color: "#ffffff",
                  fontSize: 14,
                  fontWeight: 600,
                  padding: "10px 18px",
                  textDecoration: "none",
                }}
              >
                {action.label}
              </Button>
              {/* The text version spells the link out after the button already. */}
              <Text
                data-skip-in-text="true"
                style={{
                  color: colors.muted,
                  fontSize: 12,
                  lineHeight: "18px",
                  margin: "16px 0 0",
                  wordBreak: "break-all",
                }}
              >
                {action.fallback}{" "}
                <Link href={action.href} style={{ color: colors.muted }}>
                  {action.href}
                </Link>
              </Text>
            </Section>
          ) : null}
          <Hr data-skip-in-text="true" style={{ borderColor: colors.border, margin: "24px 0 12px" }} />
          <Text style={{ color: colors.muted, fontSize: 12, lineHeight: "18px", margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return (
    <Text style={{ color: colors.text, fontSize: 14, lineHeight: "22px", margin: "0 0 12px" }}>
      {children}
    </Text>
  );
}
