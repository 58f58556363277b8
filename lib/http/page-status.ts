// The HTTP status a page decided on after Next had already committed to 200.
//
// Why: with Cache Components Next sends the prerendered shell, and with it the status 200, before a
// request-time notFound(), forbidden() or redirect() in a page or layout runs; it then renders the
// Dutch 404/403 page or a client-side redirect inside that 200. Blocking the route (no Suspense,
// `instant = false`) does not change this (Next docs: file-conventions/loading, "Status codes").
// The portal's own server holds every HTML response until it is complete anyway (for the CSP
// hashes), so it can still send the right status: the page's interrupts (page-interrupts.ts) note
// it here, in the request's async context, and the server applies it before it sends the head.
// No Next imports: server/ loads this file outside Next.
import { AsyncLocalStorage } from "node:async_hooks";

export type PageStatus = { status: 403 | 404 } | { status: 307 | 308; location: string };
export type PageStatusSlot = { decided?: PageStatus };

// One storage per process, shared by the server (loaded by tsx) and the copy of this module that
// Next bundles into the app; two module-level instances would never see each other.
const KEY = Symbol.for("wingene.page-status");
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<PageStatusSlot> };

function storage(): AsyncLocalStorage<PageStatusSlot> {
  return (holder[KEY] ??= new AsyncLocalStorage<PageStatusSlot>());
}

/** Runs one request (Next's handler) with `slot` as the place where its page notes a status. */
export function runWithPageStatusSlot<T>(slot: PageStatusSlot, handle: () => T): T {
  return storage().run(slot, handle);
}

/**
 * Notes the status of the interrupt that is about to be thrown. The first one wins: a layout and
 * its page render side by side, and the layout's interrupt (Next renders the outer one) comes first.
 * Outside a request served by the portal's server (a build, a test) there is no slot: nothing happens.
 */
export function notePageStatus(status: PageStatus): void {
  const slot = storage().getStore();
  if (slot && !slot.decided) slot.decided = status;
}
