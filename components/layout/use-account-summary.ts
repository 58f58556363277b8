"use client";
// Who is visiting, for the parts of a cached page that depend on it (header links, prefilled
// names): fetched from /api/sessie once the page is shown and again after each navigation, so
// signing out or choosing an association shows on the next page. Null until it is known; a failed
// request counts as not signed in. A form that changes who the visitor is (acting for an association)
// calls accountChanged(), so the header follows on the same page.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { AccountSummary } from "@/lib/auth/account-summary";

// The header's two menus and a form on the page all ask: one request per page serves them all.
let latest: { path: string; summary: Promise<AccountSummary> } | null = null;

const ANONYMOUS: AccountSummary = { signedIn: false };

function summaryFor(path: string): Promise<AccountSummary> {
  if (latest?.path !== path) {
    const summary = fetch("/api/sessie", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<AccountSummary>) : ANONYMOUS))
      .catch(() => ANONYMOUS);
    latest = { path, summary };
  }
  return latest.summary;
}

const CHANGED = "wingene:account-changed";

/** Ask again who is visiting, now: the session changed on this page. */
export function accountChanged(): void {
  latest = null;
  window.dispatchEvent(new Event(CHANGED));
}

/** Call inside <Suspense>: on a page whose address is only known per request, the path waits. */
export function useAccountSummary(): AccountSummary | null {
  const path = usePathname();
  const [summary, setSummary] = useState<AccountSummary | null>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const changed = () => setChanges((n) => n + 1);
    window.addEventListener(CHANGED, changed);
    return () => window.removeEventListener(CHANGED, changed);
  }, []);
  useEffect(() => {
    let current = true;
    void summaryFor(path).then((answer) => {
      if (current) setSummary(answer);
    });
    return () => {
      current = false;
    };
  }, [path, changes]);
  return summary;
}
