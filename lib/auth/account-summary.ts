// What the pages' own parts show about the visitor, as /api/sessie answers it: the header's account
// links, and the name and address a form offers to fill in. Only the visitor's own details, and only
// what those parts show.
export type AccountSummary =
  | { signedIn: false }
  | {
      signedIn: true;
      name: string | null;
      email: string | null;
      staff: boolean;
      actingFor: string | null;
    };
