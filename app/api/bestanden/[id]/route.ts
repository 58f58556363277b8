// Public pictures (halls, material, posters) by id, optionally a smaller rendition (?w=640). A
// stored file never changes, so browsers may keep it for a year. Private files are not served here.
import { connection } from "next/server";
import { publicFile } from "@/lib/uploads/queries";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const { id } = await params;
  const width = Number(new URL(request.url).searchParams.get("w")) || undefined;
  const file = id.length <= 40 ? await publicFile(id, width && width <= 4000 ? width : undefined) : null;
  if (!file) return new Response("Dit bestand bestaat niet.", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // A PDF opens as a document, never as a page that runs script in our origin.
      "Content-Security-Policy": "sandbox",
    },
  });
}
