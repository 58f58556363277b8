// The one layout of every PDF: the municipality's name and address on top, the title and the
// reference, the blocks of the spec, and a footer with contact details and page numbers.
import { Document, Image as PdfImage, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { MailIdentity } from "@/lib/mail/layout";
import type { PdfBlock, PdfSpec } from "./spec";

export type PdfIdentity = MailIdentity;

const brand = "#0b5e3b";
const s = StyleSheet.create({
  page: {
    paddingTop: 40,
    paddingBottom: 60,
    paddingHorizontal: 48,
    fontSize: 11,
    fontFamily: "Helvetica",
    color: "#1e293b",
  },
  header: {
    flexDirection: "row",
    justifyContent: "space-between",
    borderBottomWidth: 3,
    borderBottomColor: brand,
    paddingBottom: 8,
    marginBottom: 18,
  },
  municipality: { fontSize: 16, fontFamily: "Helvetica-Bold", color: brand },
  small: { fontSize: 9, color: "#475569" },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  heading: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 6 },
  paragraph: { marginBottom: 6, lineHeight: 1.4 },
  emphasis: { fontFamily: "Helvetica-Bold" },
  factRow: { flexDirection: "row", marginBottom: 3 },
  factLabel: { width: 150, fontFamily: "Helvetica-Bold" },
  factValue: { flex: 1 },
  tableRow: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: "#94a3b8",
    paddingVertical: 3,
  },
  tableHead: { fontFamily: "Helvetica-Bold", borderBottomWidth: 1.5 },
  cell: { flex: 1, paddingRight: 6 },
  qr: { width: 200, height: 200, marginVertical: 8 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: "#475569",
  },
});

function Block({ block, qr }: { block: PdfBlock; qr: Map<string, string> }) {
  switch (block.type) {
    case "heading":
      return <Text style={s.heading}>{block.text}</Text>;
    case "paragraph":
      return <Text style={block.emphasis ? [s.paragraph, s.emphasis] : s.paragraph}>{block.text}</Text>;
    case "facts":
      return (
        <View style={{ marginBottom: 8 }}>
          {block.rows.map(([label, value]) => (
            <View key={label} style={s.factRow} wrap={false}>
              <Text style={s.factLabel}>{label}</Text>
              <Text style={s.factValue}>{value}</Text>
            </View>
          ))}
        </View>
      );
    case "table":
      return (
        <View style={{ marginVertical: 8 }}>
          <View style={[s.tableRow, s.tableHead]} fixed>
            {block.columns.map((c) => (
              <Text key={c.label} style={[s.cell, { textAlign: c.align ?? "left" }]}>
                {c.label}
              </Text>
            ))}
          </View>
          {block.rows.map((row, i) => (
            <View key={i} style={s.tableRow} wrap={false}>
              {row.map((cell, j) => (
                <Text key={j} style={[s.cell, { textAlign: block.columns[j]?.align ?? "left" }]}>
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    case "qr":
      return (
        <View wrap={false}>
          <PdfImage style={s.qr} src={qr.get(block.value)!} />
          {block.caption && <Text style={s.small}>{block.caption}</Text>}
        </View>
      );
    case "signature":
      return (
        <View style={{ marginTop: 24 }} wrap={false}>
          <Text>{`${block.place}, ${block.date}`}</Text>
          <Text style={[s.emphasis, { marginTop: 18 }]}>{block.name}</Text>
          <Text>{block.role}</Text>
        </View>
      );
    case "pageBreak":
      return <View break />;
  }
}

export function PdfLayout({
  spec,
  identity,
  qr,
}: {
  spec: PdfSpec;
  identity: PdfIdentity;
  qr: Map<string, string>;
}) {
  return (
    <Document title={spec.title} author={identity.name} language="nl-BE">
      <Page size="A4" style={s.page}>
        <View style={s.header} fixed>
          <View>
            <Text style={s.municipality}>{identity.name}</Text>
            <Text style={s.small}>{`${identity.street}, ${identity.postcode} ${identity.city}`}</Text>
          </View>
          {spec.reference && <Text style={s.small}>{spec.reference}</Text>}
        </View>
        <Text style={s.title}>{spec.title}</Text>
        {spec.blocks.map((block, i) => (
          <Block key={i} block={block} qr={qr} />
        ))}
        <View style={s.footer} fixed>
          <Text>{[identity.phoneDisplay, identity.email, identity.website].filter(Boolean).join(" · ")}</Text>
          <Text render={({ pageNumber, totalPages }) => `Pagina ${pageNumber} van ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
