// Posters for the seeded season, drawn here (nothing can be fetched, no binaries in the repository):
// a colour gradient with the title, rendered by sharp and stored like any staff upload (public, with
// its WebP sizes), so the programme shows what a real season looks like.
import sharp from "sharp";
import type { Db } from "@/lib/db/client";
import type { CleanFile } from "@/lib/uploads/clean";
import { renditionsOf, storeFile } from "@/lib/uploads/store";

const W = 1600;
const H = 1000;
const PALETTES = [
  ["#1e3a8a", "#9333ea"],
  ["#065f46", "#0ea5e9"],
  ["#9a3412", "#f59e0b"],
  ["#831843", "#f43f5e"],
];

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** Smaller letters for a longer line, so a long title still fits the poster's width. */
const fontSize = (text: string, largest: number) =>
  Math.min(largest, Math.floor(2400 / Math.max(text.length, 1)));

async function posterPicture(title: string, subtitle: string | null, index: number): Promise<CleanFile> {
  const [from, to] = PALETTES[index % PALETTES.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#g)"/>
  <circle cx="1300" cy="220" r="260" fill="#ffffff" fill-opacity="0.12"/>
  <circle cx="220" cy="860" r="340" fill="#ffffff" fill-opacity="0.08"/>
  <text x="120" y="520" font-family="sans-serif" font-weight="bold" font-size="${fontSize(title, 110)}" fill="#ffffff">${escapeXml(title)}</text>
  <text x="120" y="620" font-family="sans-serif" font-size="${fontSize(subtitle ?? "", 56)}" fill="#ffffff" fill-opacity="0.85">${escapeXml(subtitle ?? "Cultuur in Wingene")}</text>
</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .jpeg({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return {
    contentType: "image/jpeg",
    bytes: data,
    width: info.width,
    height: info.height,
    originalName: "affiche.jpg",
  };
}

/** A stored poster for a seeded performance; returns the file's id. */
export async function seedPoster(db: Db, title: string, subtitle: string | null, index: number) {
  const picture = await posterPicture(title, subtitle, index);
  return storeFile(
    db,
    picture,
    { purpose: "performance-poster", visibility: "PUBLIC" },
    await renditionsOf(picture),
  );
}
