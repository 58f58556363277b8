// The "YYYY-MM-DD" key of a calendar date read from a @db.Date column: Prisma gives it as UTC
// midnight, so its UTC date part is the date. Not for instants (a moment's Brussels date is
// brusselsParts(instant).dateKey: between midnight and 01:00 or 02:00 the UTC date is yesterday).
export const dateKeyOf = (date: Date): string => date.toISOString().slice(0, 10);
