// The columns of a performance that its form sets, shared by creating and editing it.
import { brusselsInstant } from "@/lib/be/time";
import type { PerformanceInput } from "./admin-schema";

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** When the performance starts, from the form's date and time in Europe/Brussels. */
export const startOf = (input: PerformanceInput) => brusselsInstant(input.date, minutesOf(input.time));

/** Sales close when the performance starts. */
export function performanceFields(input: PerformanceInput) {
  const startsAt = startOf(input);
  return {
    title: input.title,
    subtitle: input.subtitle,
    description: input.description,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    startsAt,
    durationMinutes: input.durationMinutes,
    salesStartAt: brusselsInstant(input.salesStartDate, 0),
    salesEndAt: startsAt,
    holdMinutes: input.holdMinutes,
    transferDays: input.transferDays,
    maxTicketsPerOrder: input.maxTicketsPerOrder,
    maxTicketsPerBuyer: input.maxTicketsPerBuyer,
    published: input.published,
  };
}
