// Builds small but well-formed containers with location metadata in them, and checks that the
// stripper removes exactly that and keeps the image data.
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PhotoFormatError, sniffImageType, stripMetadata } from "@/lib/reports/photos";

const enc = new TextEncoder();
const bytes = (...parts: (Uint8Array | number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...enc.encode(p)] : [...p])));
const contains = (haystack: Uint8Array, needle: string) =>
  Buffer.from(haystack).includes(Buffer.from(needle));

function segment(marker: number, payload: Uint8Array) {
  const length = payload.length + 2;
  return bytes([0xff, marker, length >> 8, length & 0xff], payload);
}

// EXIF with a GPS IFD as cameras write it (little-endian TIFF header, then tags); the exact
// numbers do not matter to the stripper, the recognisable bytes do.
const exifWithGps = bytes("Exif\0\0", "II*\0", [8, 0, 0, 0], "GPSLatitude=51.0561N;GPSLongitude=3.2739E");

function jpeg() {
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes("JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    segment(0xe1, exifWithGps),
    segment(0xe1, bytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>exif:GPSLatitude</x:xmpmeta>")),
    segment(0xfe, bytes("camera comment")),
    segment(0xdb, bytes(Array.from({ length: 65 }, (_, i) => i))),
    segment(0xda, bytes([1, 1, 0, 0, 0x3f, 0])),
    [0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9],
  );
}

function crc32(data: Uint8Array) {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(enc.encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function png() {
  const ihdr = bytes([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk("IHDR", ihdr),
    chunk("eXIf", exifWithGps.subarray(6)),
    chunk("tEXt", bytes("Comment\0GPSLatitude=51.0561N")),
    chunk("iTXt", bytes("XML:com.adobe.xmp\0\0\0\0\0<exif:GPSLongitude>3.27</exif:GPSLongitude>")),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk("IEND", new Uint8Array()),
  );
}

function riffChunk(fourcc: string, data: Uint8Array) {
  const out = new Uint8Array(8 + data.length + (data.length % 2));
  out.set(enc.encode(fourcc));
  new DataView(out.buffer).setUint32(4, data.length, true);
  out.set(data, 8);
  return out;
}

function webp() {
  const vp8x = bytes([0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const body = bytes(
    "WEBP",
    riffChunk("VP8X", vp8x),
    riffChunk("VP8L", bytes([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11])),
    riffChunk("EXIF", exifWithGps.subarray(6)),
    riffChunk("XMP ", bytes("<exif:GPSLatitude>51</exif:GPSLatitude>")),
  );
  const header = bytes("RIFF", [0, 0, 0, 0]);
  new DataView(header.buffer).setUint32(4, body.length, true);
  return bytes(header, body);
}

describe("sniffImageType", () => {
  it("knows JPEG, PNG and WebP by their bytes", () => {
    expect(sniffImageType(jpeg())).toBe("image/jpeg");
    expect(sniffImageType(png())).toBe("image/png");
    expect(sniffImageType(webp())).toBe("image/webp");
  });

  it("refuses anything else, whatever its name claims", () => {
    expect(sniffImageType(bytes("%PDF-1.7\n"))).toBeNull();
    expect(sniffImageType(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImageType(bytes("GIF89a"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe("stripMetadata", () => {
  it("removes EXIF (with GPS), XMP and comments from a JPEG and keeps the image data", () => {
    const original = jpeg();
    expect(contains(original, "GPSLatitude")).toBe(true);
    const clean = stripMetadata(original, "image/jpeg");
    expect(contains(clean, "GPS")).toBe(false);
    expect(contains(clean, "Exif")).toBe(false);
    expect(contains(clean, "camera comment")).toBe(false);
    expect(contains(clean, "JFIF")).toBe(true);
    expect(Array.from(clean.subarray(-7))).toEqual([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9]);
    expect(sniffImageType(clean)).toBe("image/jpeg");
  });

  it("removes eXIf and text chunks from a PNG, keeping every image chunk intact", () => {
    const clean = stripMetadata(png(), "image/png");
    expect(contains(clean, "GPS")).toBe(false);
    expect(contains(clean, "eXIf")).toBe(false);
    for (const type of ["IHDR", "IDAT", "IEND"]) expect(contains(clean, type)).toBe(true);
    expect(clean.length).toBe(8 + 25 + chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))).length + 12);
  });

  it("removes EXIF and XMP from a WebP, clears their flags and fixes the RIFF size", () => {
    const clean = stripMetadata(webp(), "image/webp");
    expect(contains(clean, "GPS")).toBe(false);
    expect(contains(clean, "EXIF")).toBe(false);
    const view = new DataView(clean.buffer, clean.byteOffset);
    expect(view.getUint32(4, true)).toBe(clean.length - 8);
    expect(clean[20] & 0x0c).toBe(0); // VP8X flags byte
    expect(contains(clean, "VP8L")).toBe(true);
  });

  it("rejects broken files instead of storing them half", () => {
    expect(() => stripMetadata(jpeg().subarray(0, 30), "image/jpeg")).toThrow(PhotoFormatError);
    expect(() => stripMetadata(png().subarray(0, 40), "image/png")).toThrow(PhotoFormatError);
    expect(() => stripMetadata(bytes([0xff, 0xd8, 0x00, 0x00]), "image/jpeg")).toThrow(PhotoFormatError);
  });
});
