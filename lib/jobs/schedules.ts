// The recurring jobs: name, cron (Europe/Brussels) and what they do. New services add theirs here.
import type { Db } from "@/lib/db/client";
import { sendAppointmentReminders } from "@/lib/appointments/reminders";
import { runWaitingLists } from "@/lib/activities/commands/offers";
import {
  removeExpiredAttendance,
  removeExpiredLotteryEntries,
  removeExpiredMedicalNotes,
  removeExpiredMessages,
  removeExpiredOrganisers,
  removeExpiredSocialTariffClaims,
} from "@/lib/activities/retention";
import { expireHolds } from "@/lib/capacity/expiry";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { lapseUnpaidBookings } from "@/lib/halls/commands/lapse";
import { expireOrders } from "@/lib/payments/expiry";
import { pruneRateLimits } from "@/lib/rate-limit";
import { removeExpiredLoanData } from "@/lib/lending/retention";
import { lapseUnpaidLoans } from "@/lib/lending/commands/lapse";
import { removeExpiredOrderData } from "@/lib/payments/retention";
import { removeExpiredPersonalData } from "@/lib/reports/retention";
import { removeExpiredCaseData, removeStaleDrafts } from "@/lib/cases/retention";
import { sendAdviceReminders } from "@/lib/events/commands/advice-reminders";
import { publishPendingEvents } from "@/lib/events/uitdatabank/outbox";
import { sendInvoiceReminders } from "@/lib/payments/invoice-reminders";

export type ScheduledJob = { name: string; cron: string; run: (db: Db) => Promise<unknown> };

export const scheduledJobs: ScheduledJob[] = [
  { name: "mail-outbox", cron: "* * * * *", run: (db) => deliverPendingMail(db) },
  // Approved public events to UiTdatabank, with a growing wait after a failure; nothing when unconfigured.
  { name: "uitdatabank-outbox", cron: "* * * * *", run: (db) => publishPendingEvents(db) },
  { name: "capacity-expiry", cron: "* * * * *", run: (db) => expireHolds(db) },
  { name: "order-expiry", cron: "* * * * *", run: (db) => expireOrders(db) },
  { name: "hall-booking-lapse", cron: "* * * * *", run: (db) => lapseUnpaidBookings(db) },
  // Uitleendienst: a reserved loan whose order lapsed unpaid is cancelled (the stock was given back).
  { name: "loan-lapse", cron: "* * * * *", run: (db) => lapseUnpaidLoans(db) },
  // Activities: unpaid places and due offers lapse; free places go to the waiting lists.
  { name: "activity-offers", cron: "* * * * *", run: (db) => runWaitingLists(db) },
  // Reminders for tomorrow's appointments, hourly in the daytime so late bookings get one too.
  { name: "appointment-reminders", cron: "5 8-20 * * *", run: (db) => sendAppointmentReminders(db) },
  {
    name: "expired-sessions",
    cron: "17 3 * * *",
    run: async (db) => {
      const now = new Date();
      await db.session.deleteMany({ where: { expires: { lt: now } } });
      await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
    },
  },
  // Event dossiers: advice due tomorrow, and advice a day (up to a week) overdue.
  { name: "advice-reminders", cron: "15 8 * * *", run: (db) => sendAdviceReminders(db) },
  // Invoices: the first and the last reminder of an unpaid invoice past its due date (PaymentSettings).
  { name: "invoice-reminders", cron: "25 8 * * *", run: (db) => sendInvoiceReminders(db) },
  { name: "rate-limit-prune", cron: "43 3 * * *", run: (db) => pruneRateLimits(db) },
  // Meldpunt: personal data of reports closed longer than the retention period (ReportSettings).
  { name: "report-retention", cron: "27 4 * * *", run: (db) => removeExpiredPersonalData(db) },
  // Uitleendienst: borrowers' names of loans ended longer than the retention period (LoanSettings).
  { name: "loan-retention", cron: "37 4 * * *", run: (db) => removeExpiredLoanData(db) },
  // E-loket: answers, files and applicant of cases closed longer than CaseSettings; stale drafts.
  {
    name: "case-retention",
    cron: "47 4 * * *",
    run: async (db) => ({ cases: await removeExpiredCaseData(db), drafts: await removeStaleDrafts(db) }),
  },
  // Activities: children's medical notes, ActivitySettings.medicalNotesDays after their last session.
  // Payment core: buyers' names on orders older than PaymentSettings.orderRetentionYears full years.
  { name: "order-retention", cron: "17 5 * * *", run: (db) => removeExpiredOrderData(db) },
  // With them the organisers' links (the same period after the activity) and the messages to
  // parents (ActivitySettings.messageDays), and the social-tariff claims (refused:
  // socialRefusedDays after the decision; confirmed: socialExpiredDays after their end date).
  {
    name: "activity-medical-retention",
    cron: "57 4 * * *",
    run: async (db) => ({
      notes: await removeExpiredMedicalNotes(db),
      organisers: await removeExpiredOrganisers(db),
      messages: await removeExpiredMessages(db),
      socialTariffs: await removeExpiredSocialTariffClaims(db),
    }),
  },
  // Activities: presence days (the attests' basis), ActivitySettings.attendanceRetentionYears.
  { name: "activity-attendance-retention", cron: "7 5 * * *", run: (db) => removeExpiredAttendance(db) },
  // Activities: lottery entries, ActivitySettings.lotteryEntryDays after the window closed.
  { name: "activity-lottery-retention", cron: "27 5 * * *", run: (db) => removeExpiredLotteryEntries(db) },
];
