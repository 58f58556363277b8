// Merges every service's timeline source. A new service adds one line to `sources`.
import "server-only";
import { accountActivity } from "./sources/account-activity";
import { activityActivity } from "./sources/activities";
import { appointmentActivity } from "./sources/appointments";
import { caseActivity } from "./sources/cases";
import { hallBookingActivity } from "./sources/hall-bookings";
import { loanActivity } from "./sources/loans";
import { orderActivity } from "./sources/orders";
import { reportActivity } from "./sources/reports";
import type { TimelineItem, TimelineSource } from "./types";

const sources: TimelineSource[] = [
  accountActivity,
  orderActivity,
  hallBookingActivity,
  loanActivity,
  activityActivity,
  appointmentActivity,
  reportActivity,
  caseActivity,
];

export async function getTimeline(userId: string, limit = 30): Promise<TimelineItem[]> {
  const lists = await Promise.all(sources.map((source) => source(userId, limit)));
  return lists
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
}
