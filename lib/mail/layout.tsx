// The one layout of every mail: the municipality's name on top, the message, a sign-off and the
// municipality's address and contact details below, all read from the Municipality row.
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export type MailIdentity = {
  name: string;
  street: string;
  postcode: string;
  city: string;
  phoneDisplay: string;
  email: string;
  website: string | null;
};

export const BRAND = { color: "#0b5e3b", text: "#1e293b", muted: "#475569" };

const font = "Arial, Helvetica, sans-serif";

export function MailLayout({
  identity,
  preview,
  signature,
  children,
}: {
  identity: MailIdentity;
  preview?: string;
  /** Who signs: a service ("Dienst vrije tijd"); the municipality's name follows. */
  signature?: string;
  children: ReactNode;
}) {
  return (
    <Html lang="nl-BE">
      <Head />
      {preview && <Preview>{preview}</Preview>}
      <Body style={{ backgroundColor: "#f1f5f9", fontFamily: font, color: BRAND.text, margin: 0 }}>
        <Container style={{ maxWidth: 600, margin: "0 auto", backgroundColor: "#ffffff" }}>
          <Section style={{ backgroundColor: BRAND.color, padding: "16px 24px" }}>
            <Text style={{ color: "#ffffff", fontSize: 20, fontWeight: 700, margin: 0 }}>
              {identity.name}
            </Text>
          </Section>
          <Section style={{ padding: "8px 24px 0" }}>{children}</Section>
          <Section style={{ padding: "0 24px" }}>
            <Text style={{ fontSize: 16, lineHeight: "24px" }}>
              Met vriendelijke groeten,
              <br />
              {signature ? `${signature}, ${identity.name}` : identity.name}
            </Text>
          </Section>
          <Hr style={{ borderColor: "#cbd5e1", margin: "8px 24px" }} />
          <Section style={{ padding: "0 24px 16px" }}>
            <Text style={{ fontSize: 13, color: BRAND.muted, lineHeight: "20px", margin: 0 }}>
              {`${identity.name} · ${identity.street}, ${identity.postcode} ${identity.city}`}
              <br />
              {[identity.phoneDisplay, identity.email, identity.website].filter(Boolean).join(" · ")}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
