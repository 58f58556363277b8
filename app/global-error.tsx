"use client";
// Last resort when even the root layout fails (for instance the database is down).
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl-BE">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
        <h1>Het digitaal loket is even niet bereikbaar</h1>
        <p>Probeer het over enkele minuten opnieuw. Dringend? Bel het algemene nummer van de gemeente.</p>
        {error.digest && <p>Referentie: {error.digest}</p>}
      </body>
    </html>
  );
}
