import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4 text-lg">
      <h1 className="text-3xl font-bold">Deze pagina bestaat niet</h1>
      <p>Misschien is de link verouderd of zit er een tikfout in het adres.</p>
      <p>
        <Link href="/">Naar de startpagina</Link> of <Link href="/contact">neem contact op</Link>.
      </p>
    </div>
  );
}
