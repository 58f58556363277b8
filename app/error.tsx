"use client";
// Shown when a page fails unexpectedly. Never the raw error: only its digest, which matches the
// server log, so staff can find what happened.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-2xl space-y-4 text-lg">
      <h1 className="text-3xl font-bold">Er ging iets mis</h1>
      <p>
        Er ging iets mis aan onze kant. Er is niets verloren gegaan; probeer het opnieuw of kom later terug.
      </p>
      {error.digest && <p className="text-base text-slate-700">Referentie: {error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white"
      >
        Opnieuw proberen
      </button>
    </div>
  );
}
