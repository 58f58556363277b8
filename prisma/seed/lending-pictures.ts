// Pictures for the seeded catalogue, drawn here (nothing can be fetched): a simple SVG
// illustration per item, rendered to PNG by sharp and stored like any public upload (lib/uploads,
// with its WebP renditions).
import sharp from "sharp";
import type { CleanFile } from "@/lib/uploads/clean";

const W = 1280;
const H = 800;

const shapes: Record<string, string> = {
  stoel: `<rect x="520" y="200" width="40" height="420" fill="#334155"/><rect x="520" y="420" width="260" height="36" fill="#475569"/><rect x="740" y="420" width="36" height="200" fill="#334155"/><rect x="520" y="200" width="200" height="160" rx="12" fill="#64748b"/>`,
  tafel: `<rect x="300" y="330" width="680" height="40" fill="#92400e"/><rect x="340" y="370" width="30" height="260" fill="#78350f"/><rect x="910" y="370" width="30" height="260" fill="#78350f"/>`,
  nadar: `<rect x="260" y="260" width="760" height="300" fill="none" stroke="#64748b" stroke-width="18"/>${Array.from({ length: 14 }, (_, i) => `<rect x="${300 + i * 52}" y="270" width="10" height="280" fill="#94a3b8"/>`).join("")}<rect x="250" y="560" width="30" height="80" fill="#475569"/><rect x="1000" y="560" width="30" height="80" fill="#475569"/>`,
  voet: `<rect x="420" y="520" width="440" height="70" rx="20" fill="#475569"/><rect x="620" y="380" width="40" height="150" fill="#64748b"/>`,
  bord: `<circle cx="640" cy="330" r="170" fill="#1d4ed8" stroke="#b91c1c" stroke-width="40"/><line x1="520" y1="210" x2="760" y2="450" stroke="#b91c1c" stroke-width="40"/><rect x="625" y="500" width="30" height="180" fill="#64748b"/>`,
  podium: `<rect x="240" y="420" width="800" height="120" fill="#1f2937"/><rect x="240" y="400" width="800" height="30" fill="#6b7280"/><rect x="280" y="540" width="40" height="120" fill="#374151"/><rect x="960" y="540" width="40" height="120" fill="#374151"/>`,
  tent: `<polygon points="640,160 1040,420 240,420" fill="#f8fafc" stroke="#0f766e" stroke-width="14"/><rect x="260" y="420" width="760" height="220" fill="#ecfeff" stroke="#0f766e" stroke-width="14"/>`,
  gewicht: `<rect x="470" y="460" width="340" height="170" rx="16" fill="#374151"/><rect x="600" y="400" width="80" height="70" fill="#4b5563"/>`,
  geluid: `<rect x="300" y="240" width="200" height="380" rx="12" fill="#111827"/><circle cx="400" cy="360" r="50" fill="#4b5563"/><circle cx="400" cy="520" r="70" fill="#4b5563"/><rect x="780" y="240" width="200" height="380" rx="12" fill="#111827"/><circle cx="880" cy="360" r="50" fill="#4b5563"/><circle cx="880" cy="520" r="70" fill="#4b5563"/><rect x="560" y="460" width="160" height="90" fill="#1f2937"/>`,
  toilet: `<rect x="260" y="280" width="700" height="300" rx="20" fill="#e2e8f0" stroke="#334155" stroke-width="10"/><rect x="320" y="330" width="120" height="220" fill="#94a3b8"/><rect x="480" y="330" width="120" height="220" fill="#94a3b8"/><circle cx="400" cy="620" r="50" fill="#1f2937"/><circle cx="820" cy="620" r="50" fill="#1f2937"/><rect x="960" y="480" width="140" height="20" fill="#334155"/>`,
  stroom: `<rect x="500" y="220" width="280" height="420" rx="16" fill="#facc15" stroke="#854d0e" stroke-width="10"/><polygon points="660,280 580,450 650,450 610,590 720,400 650,400" fill="#1f2937"/>`,
};

export async function itemPicture(shape: string, label: string): Promise<CleanFile> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="#e0f2fe"/><rect y="660" width="${W}" height="140" fill="#bbf7d0"/>
  ${shapes[shape] ?? ""}
  <text x="640" y="750" font-family="sans-serif" font-size="56" text-anchor="middle" fill="#0f172a">${label}</text>
</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
  return {
    contentType: "image/png",
    bytes: data,
    width: info.width,
    height: info.height,
    originalName: `${shape}.png`,
  };
}
