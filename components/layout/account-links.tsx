// The signed-in part of the header: the only part of the shell that depends on who is asking, so it
// is a small dynamic island (read per request behind Suspense) and every page's shell stays static.
import Link from "next/link";
import { Suspense } from "react";
import { getActor } from "@/lib/auth/actor";

async function AccountLinksOfRequest() {
  const actor = await getActor();
  if (!actor) {
    return (
      <Link href="/aanmelden" className="font-semibold" prefetch={false}>
        Aanmelden
      </Link>
    );
  }
  return (
    <>
      {actor.actingFor && (
        <Link
          href="/mijn/verenigingen"
          prefetch={false}
          className="rounded bg-accent-500/30 px-2 py-1 text-sm font-semibold text-slate-900 no-underline"
        >
          Namens {actor.actingFor.name}
        </Link>
      )}
      <Link href="/mijn" className="font-semibold" prefetch={false}>
        Mijn Wingene
      </Link>
      {actor.permissions.size > 0 && (
        <Link href="/beheer" className="font-semibold" prefetch={false}>
          Beheer
        </Link>
      )}
    </>
  );
}

export function AccountLinks() {
  return (
    <Suspense fallback={<span aria-hidden="true" className="inline-block w-24" />}>
      <AccountLinksOfRequest />
    </Suspense>
  );
}
