// generateStaticParams for the public detail pages. Their role at run time: a route that names its
// params is kept per address once rendered (Cache Components' ISR), so the second visitor of
// /tickets/<slug> gets a cached document instead of a render. (What `next build` renders itself is
// never served: cache/route-cache-handler.mjs starts empty.) With Cache Components the list may not
// be empty, so a database without rows yet yields one address that cannot exist (its page is a 404).
export function atLeastOne<T extends Record<string, string>>(params: T[], none: T): T[] {
  return params.length > 0 ? params : [none];
}
