// A document described as data: a title and a list of blocks. Every PDF of the portal (tickets,
// permits, attests, invoices) is a template that returns such a spec; one layout (./layout.tsx)
// draws them all with the municipality's identity. Staff-defined templates (the e-loket) produce
// the same blocks, so they can never inject layout code.

export type PdfBlock =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string; emphasis?: boolean }
  | { type: "facts"; rows: [label: string, value: string][] }
  | { type: "table"; columns: { label: string; align?: "right" }[]; rows: string[][] }
  | { type: "qr"; value: string; caption?: string }
  | { type: "signature"; name: string; role: string; place: string; date: string }
  | { type: "pageBreak" };

export type PdfSpec = {
  /** Shown in the document's metadata and as the first heading. */
  title: string;
  /** A reference printed top right (order number, dossier number). */
  reference?: string;
  blocks: PdfBlock[];
};
