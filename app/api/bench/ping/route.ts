// The bare baseline of `npm run bench:tickets`: what the server costs without any work. Public on
// purpose (like /api/health): it reads nothing, needs no sign-in and answers the same to everyone.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
