// notFound(), forbidden(), redirect() and permanentRedirect() for pages, layouts and the guards they call: Next's own,
// after noting the status for the portal's server (page-status.ts), so a browser or crawler gets a
// real 404, 403, 307 or 308 also when Next has already sent the page's shell. ESLint refuses Next's own
// versions in app/ and components/, where a page could otherwise answer 200 again.
import "server-only";
import {
  forbidden as nextForbidden,
  notFound as nextNotFound,
  permanentRedirect as nextPermanentRedirect,
  redirect as nextRedirect,
} from "next/navigation";
import { notePageStatus } from "./page-status";

export function notFound(): never {
  notePageStatus({ status: 404 });
  nextNotFound();
}

export function forbidden(): never {
  notePageStatus({ status: 403 });
  nextForbidden();
}

/** A temporary redirect (307, as Next's redirect() before streaming); in a server action Next answers 303 itself. */
export function redirect(location: string): never {
  notePageStatus({ status: 307, location });
  nextRedirect(location);
}

/** A permanent redirect (308): an old address that now lives elsewhere. */
export function permanentRedirect(location: string): never {
  notePageStatus({ status: 308, location });
  nextPermanentRedirect(location);
}
