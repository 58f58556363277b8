// Renders a document spec to PDF bytes in the one layout. QR codes are drawn as PNGs first.
import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { createElement } from "react";
import { PdfLayout, type PdfIdentity } from "./layout";
import type { PdfSpec } from "./spec";

export async function renderPdf(spec: PdfSpec, identity: PdfIdentity): Promise<Buffer> {
  const qr = new Map<string, string>();
  for (const block of spec.blocks) {
    if (block.type === "qr" && !qr.has(block.value))
      qr.set(
        block.value,
        await QRCode.toDataURL(block.value, { errorCorrectionLevel: "M", margin: 1, width: 600 }),
      );
  }
  return renderToBuffer(
    createElement(PdfLayout, { spec, identity, qr }) as Parameters<typeof renderToBuffer>[0],
  );
}
