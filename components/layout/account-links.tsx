"use client";
// The signed-in part of the header. The header is part of every page's cached document, the same for
// every visitor, so the links follow the visitor once the browser knows who it is
// (use-account-summary.ts). Until then, and without JavaScript, it offers "Aanmelden", which takes a
// signed-in visitor on to Mijn Wingene.
import Link from "next/link";
import { Suspense } from "react";
import { useAccountSummary } from "./use-account-summary";

function SignInLink() {
  return (
    <Link href="/aanmelden" className="font-semibold" prefetch={false}>
      Aanmelden
    </Link>
  );
}

function AccountLinksOfVisitor() {
  const account = useAccountSummary();
  if (!account?.signedIn) return <SignInLink />;
  return (
    <>
      {account.actingFor && (
        <Link
          href="/mijn/verenigingen"
          prefetch={false}
          className="rounded bg-accent-500/30 px-2 py-1 text-sm font-semibold text-slate-900 no-underline"
        >
          Namens {account.actingFor}
        </Link>
      )}
      <Link href="/mijn" className="font-semibold" prefetch={false}>
        Mijn Wingene
      </Link>
      {account.staff && (
        <Link href="/beheer" className="font-semibold" prefetch={false}>
          Beheer
        </Link>
      )}
    </>
  );
}

export function AccountLinks() {
  return (
    <Suspense fallback={<SignInLink />}>
      <AccountLinksOfVisitor />
    </Suspense>
  );
}
