// The one small interface every service uses to put items on a resident's timeline in Mijn Wingene.
export type TimelineItem = {
  id: string;
  at: Date;
  service: string;
  title: string;
  description?: string;
  href?: string;
  /** Set when a staff member did this on the resident's behalf. */
  byStaff?: string | null;
};

/** A service's contribution: the resident's items, newest first, at most `limit`. */
export type TimelineSource = (userId: string, limit: number) => Promise<TimelineItem[]>;
