// Building blocks of mail bodies, so every template looks and reads the same.
import { Button, Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { BRAND } from "./layout";

const paragraph = { fontSize: 16, lineHeight: "24px", margin: "12px 0" };

/** "Beste An," when we know a name, otherwise "Goeiedag,". */
export function Greeting({ name }: { name?: string | null }) {
  return <Text style={paragraph}>{name?.trim() ? `Beste ${name.trim()},` : "Goeiedag,"}</Text>;
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>;
}

/** The main link of a mail as a button, with the address written out for plain-text readers. */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "16px 0" }}>
      <Button
        href={href}
        style={{
          backgroundColor: BRAND.color,
          color: "#ffffff",
          padding: "12px 20px",
          borderRadius: 6,
          fontWeight: 700,
          fontSize: 16,
        }}
      >
        {children}
      </Button>
      <Text style={{ fontSize: 13, color: BRAND.muted, margin: "8px 0 0" }}>
        Werkt de knop niet? Open dan deze link: <Link href={href}>{href}</Link>
      </Text>
    </Section>
  );
}

/** Key facts (when, where, how much) as label–value lines. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <Section style={{ margin: "12px 0", borderLeft: `4px solid ${BRAND.color}`, paddingLeft: 12 }}>
      {rows.map(([label, value]) => (
        <Text key={label} style={{ fontSize: 16, lineHeight: "22px", margin: "4px 0" }}>
          <strong>{label}:</strong> {value}
        </Text>
      ))}
    </Section>
  );
}
