// What Mijn Wingene puts above the timeline: what is coming up, what is still to pay and what waits
// for the resident's answer. Each entry opens its thing.
export type OverviewEntry = {
  id: string;
  /** When it happens or by when it must be done; the lists are sorted on it. */
  at: Date;
  title: string;
  detail: string;
  href: string;
};

export type Overview = { upcoming: OverviewEntry[]; toPay: OverviewEntry[]; toAnswer: OverviewEntry[] };
