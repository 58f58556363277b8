// The names of the cache tags: what a 'use cache' query in lib/<domain>/queries.ts tags its entry
// with, and what the server action that changes that data expires (updateTag in actions.ts; commands
// stay free of Next). One name per kind of public data; cache/ shares their invalidation between
// instances through PostgreSQL.
export const CACHE_TAGS = {
  municipality: "municipality",
  /** Sites, weekly hours and closures. */
  sites: "sites",
  /** Halls, their tariffs, day parts, cancellation rules and categories. */
  halls: "halls",
  /**
   * The bookings behind a hall's calendar as an anonymous visitor sees it (the cached hall page).
   * Expired by every action that books, cancels, decides or closes; what a job or a payment changes
   * (lapse, order expiry, paid) shows within the entry's lifetime of a minute.
   */
  hallBookings: "hall-bookings",
  /** The published cultural season (not the seats left: those are read per request). */
  performances: "performances",
  /** Bookable appointment services and where they are offered. */
  appointmentServices: "appointment-services",
  /** ReportSettings (the privacy page states the retention period). */
  reportSettings: "report-settings",
  /** The uitleendienst's catalogue: items, prices per category, accessories, depot slots (not the stock per day). */
  lending: "lending",
  /** E-loket products and their published versions (the catalogue, a product's page). */
  eloketProducts: "eloket-products",
  /** Activities, their sessions, tariffs and openings (not the places left: read per request). */
  activities: "activities",
  /** ActivitySettings (the privacy page states how long medical notes are kept). */
  activitySettings: "activity-settings",
  /** CaseSettings (the privacy page states the e-loket's retention period). */
  caseSettings: "case-settings",
  /** PaymentSettings (the privacy page states how long buyers' names stay on orders). */
  paymentSettings: "payment-settings",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];
