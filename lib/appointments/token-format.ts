// What a manage link's token looks like (token.ts makes them). Apart from token.ts because the form
// schema checks it in the browser too, and token.ts needs node:crypto: importing it from the schema
// put the browser builds of crypto, buffer and stream (140 kB gzipped) in the booking page's bundle.
export const manageTokenPattern = /^[A-Za-z0-9_-]{32}$/;
