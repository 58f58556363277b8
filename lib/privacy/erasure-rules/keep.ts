// Erasure rules that keep rows as they are, with the legal reason (see ../erasure-rules.ts).
import type { ErasureRule } from "../erasure-rules";

export const ACCOUNTING =
  "Boekhoudkundige bewaarplicht: 7 jaar (boekhoudwetgeving, controle door de financieel directeur).";
const STAFF_LINK =
  "Verwijst enkel naar het personeelslid dat handelde of naar een bewaarde rij; het account zelf wordt leeggemaakt.";

export const KEEP_RULES = [
  {
    id: "paidOrders",
    model: "Order",
    action: "keep",
    what: "Betaalde en terugbetaalde bestellingen met koper, lijnen en bedragen",
    reason: `${ACCOUNTING} Daarna wist de job order-retention de koper (PaymentSettings.orderRetentionYears volle kalenderjaren na het jaar van de bestelling).`,
  },
  {
    id: "orderLines",
    model: "OrderLine",
    action: "keep",
    what: "Lijnen van bewaarde bestellingen (kan een voornaam van een kind bevatten)",
    reason: ACCOUNTING,
  },
  {
    id: "activityAttendance",
    model: "ActivityAttendance",
    action: "keep",
    what: "Aanwezigheidsdagen bij inschrijvingen (enkel datums; de inschrijving zelf wordt gepseudonimiseerd)",
    reason:
      "Grondslag van de fiscale attesten kinderopvang (281.86) die de gemeente uitreikte; gewist na ActivitySettings.attendanceRetentionYears volle kalenderjaren (job activity-attendance-retention).",
  },
  { id: "payments", model: "Payment", action: "keep", what: "Betalingen", reason: ACCOUNTING },
  { id: "refunds", model: "Refund", action: "keep", what: "Terugbetalingen", reason: ACCOUNTING },
  {
    id: "orderHistory",
    model: "OrderStatusChange",
    action: "keep",
    what: "Geschiedenis van bestellingen",
    reason: ACCOUNTING,
  },
  {
    id: "tickets",
    model: "Ticket",
    action: "keep",
    what: "Tickets van bewaarde bestellingen (zonder naam)",
    reason: ACCOUNTING,
  },
  {
    id: "decisions",
    model: "CaseDecision",
    action: "keep",
    what: "Beslissingen en vergunningen met hun voorwaarden",
    reason:
      "Archiefdecreet: beslissingen van het bestuur blijven bewaard volgens de selectielijst; de aanvrager is ontkoppeld.",
  },
  {
    id: "audit",
    model: "AuditLog",
    action: "keep",
    what: "Het logboek van wie wat deed, ook de wissing zelf (zonder naam of e-mail)",
    reason: "Verantwoording van de verwerking (AVG art. 5.2); wijst naar het lege account.",
  },
  {
    id: "reportHistory",
    model: "ReportStatusChange",
    action: "keep",
    what: "Statuswijzigingen van meldingen",
    reason: STAFF_LINK,
  },
  { id: "ticketScans", model: "TicketScan", action: "keep", what: "Scans aan de ingang", reason: STAFF_LINK },
  { id: "deskBlocks", model: "DeskBlock", action: "keep", what: "Geblokkeerde balies", reason: STAFF_LINK },
  {
    id: "hallClosures",
    model: "HallClosure",
    action: "keep",
    what: "Sluitingen van zalen",
    reason: STAFF_LINK,
  },
  {
    id: "stockChanges",
    model: "LoanStockChange",
    action: "keep",
    what: "Materiaal buiten dienst",
    reason: STAFF_LINK,
  },
] as const satisfies readonly ErasureRule[];
