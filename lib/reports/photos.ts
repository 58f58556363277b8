// Photos residents attach: the type is decided by the file's own bytes (never the browser's
// claim), and metadata that can hold a location is removed by walking the container format.
// Pure functions on bytes; the caller stores the result.

export type PhotoType = "image/jpeg" | "image/png" | "image/webp";

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 3;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP")
    return "image/webp";
  return null;
}

export class PhotoFormatError extends Error {}

/** The same image without EXIF/XMP/IPTC/text metadata; throws PhotoFormatError on a broken file. */
export function stripMetadata(bytes: Uint8Array, type: PhotoType): Uint8Array {
  if (type === "image/jpeg") return stripJpeg(bytes);
  if (type === "image/png") return stripPng(bytes);
  return stripWebp(bytes);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// JPEG: a sequence of marker segments up to Start Of Scan, then entropy-coded data we copy as is.
// Dropped: APP1 (EXIF with GPS, XMP), APP13 (Photoshop/IPTC), COM (comments). Kept: APP0 (JFIF),
// APP2 (ICC colour profile), APP14 (Adobe colour transform) and every coding segment.
const JPEG_DROPPED = new Set([0xe1, 0xed, 0xfe]);

function stripJpeg(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw new PhotoFormatError("Onverwachte byte in JPEG-kop.");
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      parts.push(bytes.subarray(at, at + 2));
      return concat(parts);
    }
    if (marker >= 0xd0 && marker <= 0xd7) {
      parts.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) throw new PhotoFormatError("Afgebroken JPEG-bestand.");
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new PhotoFormatError("Afgebroken JPEG-segment.");
    if (marker === 0xda) {
      // Start of scan: the rest is image data (and possibly more scans); copy it unchanged.
      parts.push(bytes.subarray(at));
      return concat(parts);
    }
    if (!JPEG_DROPPED.has(marker)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  throw new PhotoFormatError("JPEG zonder beeldgegevens.");
}

// PNG: signature, then chunks (length, type, data, CRC). Dropped: eXIf and the text chunks (which
// carry XMP and free text), and tIME. Everything else, critical or not, is kept byte for byte.
const PNG_DROPPED = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);

function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (end > bytes.length) throw new PhotoFormatError("Afgebroken PNG-blok.");
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === "IEND") return concat(parts);
  }
  throw new PhotoFormatError("PNG zonder einde.");
}

// WebP: a RIFF container of chunks (FourCC, little-endian size, data padded to even). Dropped:
// EXIF and XMP, with their flags cleared in the VP8X header; the RIFF size is recomputed.
function stripWebp(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    const fourcc = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > bytes.length) throw new PhotoFormatError("Afgebroken WebP-blok.");
    const chunk = bytes.slice(at, Math.min(end, bytes.length));
    if (fourcc === "VP8X" && chunk.length > 8) chunk[8] &= ~(0x08 | 0x04); // EXIF and XMP flags
    if (fourcc !== "EXIF" && fourcc !== "XMP ") chunks.push(chunk);
    at = end;
  }
  if (chunks.length === 0) throw new PhotoFormatError("WebP zonder beeldgegevens.");
  const body = concat(chunks);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}
