// THE authorization matrix: who may call which server action and route handler of the portal.
// tests/e2e/authorization-matrix.spec.ts reads the production build's manifests, fails when an
// action or route below is missing (or a row names one that no longer exists) and executes every
// cell against the running portal: one request per action or route per actor.
//
// Adding an action: one row in ACTIONS, keyed "<source file>#<export name>", saying who may call it.
// Adding a route handler: one row in ROUTES, keyed by its path as in the app folder, with per method
// the status each kind of visitor gets for a request about nothing (an id that does not exist).
//
// The actors' permissions are written out here on purpose, not read from lib/auth/permissions.ts:
// this table is the specification, so a change to the permission matrix shows up as failing cells.
import { PERMISSIONS, type Permission } from "../../lib/auth/permissions";

export type ActorName =
  | "anonymous"
  | "residentA"
  | "residentB"
  | "associationOfficer"
  | "associationMember"
  | "frontDesk"
  | "callCentre"
  | "civilAffairs"
  | "leisure"
  | "events"
  | "technicalService"
  | "administrator";

export type Actor = {
  /** A demo account (prisma/seed), or null for a resident the spec creates for itself. */
  email: string | null;
  /** The association the session acts for (its slug), as after "handelen namens". */
  actingFor?: string;
  permissions: readonly Permission[];
};

export const ACTORS: Record<ActorName, Actor | null> = {
  anonymous: null,
  residentA: { email: null, permissions: [] },
  residentB: { email: null, permissions: [] },
  associationOfficer: { email: "bram.verstraete@example.be", actingFor: "kwb-wingene", permissions: [] },
  associationMember: { email: "jan.devos@example.be", actingFor: "chiro-zwevezele", permissions: [] },
  frontDesk: {
    email: "onthaal@wingene.be",
    permissions: ["residents:act-for", "frontoffice:manage", "reports:manage", "cases:handle"],
  },
  callCentre: {
    email: "callcenter@wingene.be",
    permissions: ["residents:act-for", "frontoffice:manage", "reports:manage"],
  },
  civilAffairs: {
    email: "burgerzaken@wingene.be",
    permissions: ["residents:act-for", "frontoffice:manage", "cases:handle"],
  },
  leisure: {
    email: "vrijetijd@wingene.be",
    permissions: ["residents:act-for", "leisure:manage", "activities:manage", "tickets:scan", "loans:manage"],
  },
  events: {
    email: "evenementen@wingene.be",
    permissions: ["residents:act-for", "events:manage", "cases:handle"],
  },
  technicalService: { email: "technischedienst@wingene.be", permissions: ["reports:manage", "loans:manage"] },
  // The administrator holds every permission there is, also one added later.
  administrator: { email: "beheerder@wingene.be", permissions: PERMISSIONS },
};

/**
 * What an actor gets from a server action called with an empty form:
 * - "allowed": the action ran past its guard (it answers with its own result, e.g. "check the fields");
 * - "sign-in": redirected to /aanmelden;
 * - "forbidden": HTTP 403.
 */
export type ActionOutcome = "allowed" | "sign-in" | "forbidden";

export type Rule = { kind: "public" } | { kind: "signed-in" } | { kind: "staff"; permission: Permission };

/** Anyone, also without an account (the form limits and checks what it is given). */
export const publicForm: Rule = { kind: "public" };
/** Any signed-in user; the command scopes what it touches to that user. */
export const signedIn: Rule = { kind: "signed-in" };
/** Staff holding `permission`. */
export const staff = (permission: Permission): Rule => ({ kind: "staff", permission });

export function expectedForAction(rule: Rule, actor: Actor | null): ActionOutcome {
  if (rule.kind === "public") return "allowed";
  if (!actor) return "sign-in";
  if (rule.kind === "signed-in") return "allowed";
  return actor.permissions.includes(rule.permission) ? "allowed" : "forbidden";
}

export type ActionRow = {
  who: Rule;
  /**
   * Run after every other cell of the actor, because calling it changes the session
   * (signing out ends it).
   */
  endsSession?: boolean;
};

export const ACTIONS: Record<string, ActionRow> = {
  // Appointments: residents and guests
  "lib/appointments/actions.ts#bookAsGuest": { who: publicForm },
  "lib/appointments/actions.ts#bookSignedIn": { who: signedIn },
  "lib/appointments/actions.ts#rescheduleAction": { who: publicForm }, // the personal link is the key
  "lib/appointments/actions.ts#cancelAction": { who: publicForm }, // the personal link is the key
  "lib/appointments/actions.ts#cancelMineAction": { who: signedIn },
  "lib/appointments/actions.ts#moveMineAction": { who: signedIn },
  // Appointments: management and the desk
  "lib/appointments/admin-actions.ts#saveServiceAction": { who: staff("frontoffice:manage") },
  "lib/appointments/admin-actions.ts#addAvailabilityAction": { who: staff("frontoffice:manage") },
  "lib/appointments/admin-actions.ts#removeAvailabilityAction": { who: staff("frontoffice:manage") },
  "lib/appointments/admin-actions.ts#createServiceAction": { who: staff("frontoffice:manage") },
  "lib/appointments/admin-actions.ts#createDeskAction": { who: staff("frontoffice:manage") },
  "lib/appointments/staff-actions.ts#staffBookAction": { who: staff("frontoffice:manage") },
  "lib/appointments/staff-actions.ts#markAction": { who: staff("frontoffice:manage") },
  "lib/appointments/staff-actions.ts#staffMoveAction": { who: staff("frontoffice:manage") },
  "lib/appointments/staff-actions.ts#blockAction": { who: staff("frontoffice:manage") },
  "lib/appointments/staff-actions.ts#removeBlockAction": { who: staff("frontoffice:manage") },
  // Sign-in
  "lib/auth/actions.ts#signInWithEmail": { who: publicForm },
  "lib/auth/actions.ts#signOutAction": { who: publicForm, endsSession: true },
  // Contact
  "lib/contact/actions.ts#submitContact": { who: publicForm },
  // Hall rental
  "lib/halls/actions.ts#reviewBooking": { who: signedIn },
  // With `dossier` (hidden field from an event dossier) it links the booking to the caller's own open
  // event dossier in the same transaction, or refuses (lib/events/dossier.ts).
  "lib/halls/actions.ts#confirmBooking": { who: signedIn },
  "lib/halls/actions.ts#cancelMyBooking": { who: signedIn },
  "lib/halls/staff-actions.ts#approveAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#approveSeriesAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#refuseAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#depositAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#staffCancelAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#deskBookingAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#dayPartsAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#hallSettingsAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#closeHallAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#liftClosureAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#hallFactsAction": { who: staff("leisure:manage") },
  "lib/halls/staff-actions.ts#hallPhotoAction": { who: staff("leisure:manage") },
  // Payments: the order page, reached by its unguessable token
  "lib/payments/actions.ts#payByTransfer": { who: publicForm },
  "lib/payments/actions.ts#cancelReservation": { who: publicForm },
  "lib/payments/actions.ts#confirmFreeOrder": { who: publicForm },
  // Payments: staff book the payment of an invoice (/beheer/facturen)
  "lib/payments/invoice-actions.ts#invoicePaidAction": { who: staff("leisure:manage") },
  // ... and set the invoice terms (/beheer/facturen/instellingen)
  "lib/payments/invoice-actions.ts#invoiceSettingsAction": { who: staff("leisure:manage") },
  // Walk-in queue
  "lib/queue/actions.ts#takeTicketAction": { who: publicForm },
  "lib/queue/actions.ts#issueTicketAction": { who: staff("frontoffice:manage") },
  "lib/queue/actions.ts#callNextAction": { who: staff("frontoffice:manage") },
  "lib/queue/actions.ts#changeCalledTicketAction": { who: staff("frontoffice:manage") },
  // Activities: parents (their own household and basket; the offer link is the key)
  "lib/activities/actions.ts#addMyBasketLine": { who: signedIn },
  "lib/activities/actions.ts#removeMyBasketLine": { who: signedIn },
  "lib/activities/actions.ts#joinMyWaitingRoom": { who: signedIn },
  "lib/activities/actions.ts#registerMyBasket": { who: signedIn },
  "lib/activities/actions.ts#cancelMyRegistration": { who: signedIn },
  "lib/activities/actions.ts#acceptActivityOffer": { who: publicForm },
  "lib/activities/actions.ts#saveMyLotteryEntry": { who: signedIn },
  "lib/activities/actions.ts#withdrawMyLotteryEntry": { who: signedIn },
  // Activities: the leisure desk
  "lib/activities/staff-actions.ts#addBasketLineForResident": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#removeBasketLineForResident": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#joinWaitingRoomForResident": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#registerBasketForResident": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#saveLotteryEntryForResident": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#withdrawLotteryEntryForResident": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#verifyResidentForTariff": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#saveAttendanceAction": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#setAllocationModeAction": { who: staff("activities:manage") },
  "lib/activities/staff-actions.ts#drawLotteryAction": { who: staff("activities:manage") },
  // An activity's organisers: staff add and remove them and write to a session's parents; an
  // organiser (any signed-in user) writes to the parents of their own activity's sessions (the
  // command checks the link; another session is not found), like an advisor's answer.
  "lib/activities/organiser-actions.ts#addOrganiserAction": { who: staff("activities:manage") },
  "lib/activities/organiser-actions.ts#removeOrganiserAction": { who: staff("activities:manage") },
  "lib/activities/organiser-actions.ts#messageParentsAction": { who: staff("activities:manage") },
  "lib/activities/organiser-actions.ts#messageParentsAsOrganiserAction": { who: signedIn },
  // Activities: staff manage activities, tariffs, sessions and opening moments
  "lib/activities/admin-actions.ts#saveActivityAction": { who: staff("activities:manage") },
  "lib/activities/admin-actions.ts#saveSessionAction": { who: staff("activities:manage") },
  "lib/activities/admin-actions.ts#removeSessionAction": { who: staff("activities:manage") },
  "lib/activities/admin-actions.ts#saveOpeningAction": { who: staff("activities:manage") },
  "lib/activities/admin-actions.ts#saveDayCapAction": { who: staff("activities:manage") },
  "lib/activities/social-actions.ts#requestMySocialTariff": { who: signedIn },
  "lib/activities/social-actions.ts#confirmSocialTariffAction": { who: staff("activities:manage") },
  "lib/activities/social-actions.ts#refuseSocialTariffAction": { who: staff("activities:manage") },
  "lib/activities/social-actions.ts#confirmSocialTariffAtDeskAction": { who: staff("activities:manage") },
  // Material lending: residents and association officers (the command checks the officer)
  "lib/lending/actions.ts#reviewLoan": { who: signedIn },
  // With `dossier`: linked to the caller's own open event dossier in the request's transaction, or refused.
  "lib/lending/actions.ts#confirmLoan": { who: signedIn },
  "lib/lending/actions.ts#cancelMyLoan": { who: signedIn },
  // Material lending: the depot and the desk
  "lib/lending/staff-actions.ts#deskLoanAction": { who: staff("loans:manage") },
  "lib/lending/staff-actions.ts#handOutAction": { who: staff("loans:manage") },
  "lib/lending/staff-actions.ts#takeBackAction": { who: staff("loans:manage") },
  "lib/lending/staff-actions.ts#settleDepositAction": { who: staff("loans:manage") },
  "lib/lending/staff-actions.ts#routeOrderAction": { who: staff("loans:manage") },
  // Material lending: items, stock out of service and depot hours
  "lib/lending/item-actions.ts#itemSettingsAction": { who: staff("loans:manage") },
  "lib/lending/item-actions.ts#repairAction": { who: staff("loans:manage") },
  "lib/lending/item-actions.ts#repairDoneAction": { who: staff("loans:manage") },
  "lib/lending/item-actions.ts#slotAction": { who: staff("loans:manage") },
  "lib/lending/item-actions.ts#itemPhotoAction": { who: staff("loans:manage") },
  // ... and the borrower categories and the delivery price and area (/beheer/uitleendienst/instellingen)
  "lib/lending/item-actions.ts#categoryAction": { who: staff("loans:manage") },
  "lib/lending/item-actions.ts#deliverySettingsAction": { who: staff("loans:manage") },
  "lib/lending/item-actions.ts#loanRulesAction": { who: staff("loans:manage") },
  // E-loket: filing a request (the draft and the case are the signed-in user's own)
  "lib/eloket/actions.ts#saveRequestPage": { who: signedIn },
  "lib/eloket/actions.ts#submitRequest": { who: signedIn },
  "lib/eloket/actions.ts#copyEarlierRequest": { who: signedIn },
  "lib/eloket/desk-actions.ts#saveDeskRequestPage": { who: staff("residents:act-for") },
  "lib/eloket/desk-actions.ts#submitDeskRequest": { who: staff("residents:act-for") },
  "lib/eloket/register-actions.ts#lookupHouseholdAction": { who: staff("cases:handle") },
  "lib/eloket/register-actions.ts#issueAttestFromRegisterAction": { who: staff("cases:handle") },
  // E-loket: the form designer (working copies, publishing; ADMIN only)
  "lib/eloket/designer/actions.ts#createProductAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#updateProductAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#updateDocumentAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#addPageAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#renamePageAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#movePageAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#removePageAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#addFieldAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#editFieldAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#moveFieldAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#removeFieldAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#setConditionAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#setPrefillAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#setFeeAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#addSubFieldAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#removeSubFieldAction": { who: staff("forms:design") },
  "lib/eloket/designer/actions.ts#publishAction": { who: staff("forms:design") },
  "lib/eloket/designer/preview-actions.ts#checkPreviewPage": { who: staff("forms:design") },
  // Event dossiers: staff of the team Evenementen ask advice and decide; an advisor (a member of an
  // advice body's team, any signed-in user) answers what their body was asked (the scope is the query)
  "lib/events/actions.ts#requestAdviceAction": { who: staff("events:manage") },
  "lib/events/actions.ts#decideEventAction": { who: staff("events:manage") },
  "lib/events/actions.ts#answerAdviceAction": { who: signedIn },
  // Staff of the dossier's team retry a failed UiTdatabank publication (the team is in the command's where).
  "lib/events/actions.ts#retryPublicationAction": { who: staff("events:manage") },
  // Any signed-in user; the command then finds only their own dossier and their own booking or loan.
  "lib/events/actions.ts#linkWithDossierAction": { who: signedIn },
  "lib/events/actions.ts#unlinkFromDossierAction": { who: signedIn },
  // Any signed-in user; the command finds only their own event draft and their own request linked to it.
  "lib/events/actions.ts#unlinkFromDraftAction": { who: signedIn },
  // Cases: the applicant answers a question on their own case; staff of the case's team handle it
  "lib/cases/actions.ts#answerQuestionAction": { who: signedIn },
  "lib/cases/actions.ts#judgeExemptionAction": { who: staff("cases:handle") },
  "lib/cases/actions.ts#moveCaseAction": { who: staff("cases:handle") },
  "lib/cases/actions.ts#decideCaseAction": { who: staff("cases:handle") },
  "lib/cases/actions.ts#assignCaseAction": { who: staff("cases:handle") },
  "lib/cases/actions.ts#addCaseNoteAction": { who: staff("cases:handle") },
  "lib/cases/actions.ts#askQuestionAction": { who: staff("cases:handle") },
  // Meldpunt
  "lib/reports/actions.ts#chooseLocation": { who: publicForm },
  "lib/reports/actions.ts#submitReport": { who: publicForm },
  "lib/reports/actions.ts#followNearby": { who: publicForm },
  "lib/reports/catalogue-actions.ts#saveDepartmentAction": { who: staff("sites:manage") },
  "lib/reports/catalogue-actions.ts#saveCategoryAction": { who: staff("sites:manage") },
  "lib/reports/catalogue-actions.ts#setCategoryActiveAction": { who: staff("sites:manage") },
  "lib/reports/catalogue-actions.ts#saveRetentionAction": { who: staff("sites:manage") },
  "lib/reports/staff-actions.ts#changeReportStatus": { who: staff("reports:manage") },
  "lib/reports/staff-actions.ts#reassignReport": { who: staff("reports:manage") },
  "lib/reports/staff-actions.ts#addReportNote": { who: staff("reports:manage") },
  "lib/reports/staff-actions.ts#sendReportMessage": { who: staff("reports:manage") },
  "lib/reports/staff-actions.ts#mergeReportInto": { who: staff("reports:manage") },
  "lib/reports/staff-actions.ts#enterReport": { who: staff("reports:manage") },
  // Residents
  "lib/residents/actions.ts#saveOwnProfile": { who: signedIn },
  "lib/residents/actions.ts#addOwnHouseholdMember": { who: signedIn },
  "lib/residents/actions.ts#removeOwnHouseholdMember": { who: signedIn },
  "lib/residents/actions.ts#updateOwnHouseholdMember": { who: signedIn },
  "lib/residents/actions.ts#chooseActingAssociation": { who: signedIn },
  "lib/residents/staff-actions.ts#staffSaveProfile": { who: staff("residents:act-for") },
  "lib/residents/staff-actions.ts#staffAddHouseholdMember": { who: staff("residents:act-for") },
  "lib/residents/staff-actions.ts#staffRegisterResident": { who: staff("residents:act-for") },
  "lib/residents/staff-actions.ts#staffVerifyResidence": { who: staff("residents:act-for") },
  "lib/residents/staff-actions.ts#staffUnverifyResidence": { who: staff("residents:act-for") },
  "lib/residents/staff-actions.ts#staffRecordNationalNumber": { who: staff("residents:act-for") },
  // Right to erasure: the resident asks, an administrator carries it out.
  "lib/privacy/actions.ts#requestMyErasure": { who: signedIn },
  "lib/privacy/staff-actions.ts#staffEraseResident": { who: staff("residents:erase") },
  // Staff accounts: administrators manage roles and offboard
  "lib/staff/actions.ts#setStaffRolesAction": { who: staff("staff:manage") },
  "lib/staff/actions.ts#offboardStaffAction": { who: staff("staff:manage") },
  "lib/staff/actions.ts#addStaffAction": { who: staff("staff:manage") },
  // Sites: opening hours, closures, holidays
  "lib/sites/actions.ts#addClosureAction": { who: staff("sites:manage") },
  "lib/sites/actions.ts#removeClosureAction": { who: staff("sites:manage") },
  "lib/sites/actions.ts#replaceWeeklyHoursAction": { who: staff("sites:manage") },
  "lib/sites/actions.ts#setClosingHolidaysAction": { who: staff("sites:manage") },
  "lib/municipality/actions.ts#updateIdentityAction": { who: staff("sites:manage") },
  "lib/municipality/actions.ts#identityPictureAction": { who: staff("sites:manage") },
  "lib/municipality/actions.ts#resetIdentityPictureAction": { who: staff("sites:manage") },
  // Tickets
  "lib/tickets/actions.ts#reserve": { who: publicForm },
  "lib/tickets/actions.ts#scanCodeAction": { who: staff("tickets:scan") },
  "lib/tickets/admin-actions.ts#createPerformanceAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#updatePerformanceAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#publishAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#resizeAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#cancelPerformanceAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#refundOrderAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#transferReceivedAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#deskSaleAction": { who: staff("leisure:manage") },
  "lib/tickets/admin-actions.ts#performancePosterAction": { who: staff("leisure:manage") },
};

/** What a route answers, per kind of visitor. */
export type RouteRule =
  /** The same status for everyone (public data, or a token/id that does not exist). */
  | { kind: "public"; status: number }
  /** Any signed-in user gets `status`; without a session 401. */
  | { kind: "signed-in"; status: number }
  /** Staff route: 401 without a session, 403 without the permission, else `status`. */
  | { kind: "staff"; permission: Permission; status: number }
  /** Not executed per actor, with the reason (e.g. Auth.js's own endpoints, checked by auth.spec.ts). */
  | { kind: "not-per-actor"; reason: string };

export const publicRoute = (status: number): RouteRule => ({ kind: "public", status });
export const signedInRoute = (status: number): RouteRule => ({ kind: "signed-in", status });
export const staffRoute = (permission: Permission, status: number): RouteRule => ({
  kind: "staff",
  permission,
  status,
});

export function expectedForRoute(rule: RouteRule, actor: Actor | null): number | null {
  if (rule.kind === "not-per-actor") return null;
  if (rule.kind === "public") return rule.status;
  if (!actor) return 401;
  if (rule.kind === "signed-in") return rule.status;
  return actor.permissions.includes(rule.permission) ? rule.status : 403;
}

type Method = "GET" | "POST";

export type RouteRow = {
  /** The address requested: dynamic segments filled with values that name nothing. */
  path: string;
  methods: Partial<Record<Method, RouteRule>>;
};

const NONE = "bestaat-niet";

export const ROUTES: Record<string, RouteRow> = {
  "/aanmelden/oidc": {
    path: "/aanmelden/oidc",
    // Sends everyone to the identity provider (a redirect), nothing is read or written here.
    methods: { GET: publicRoute(307) },
  },
  "/api/auth/[...nextauth]": {
    path: "/api/auth/session",
    methods: {
      GET: { kind: "not-per-actor", reason: "Auth.js's own endpoints; sign-in and sign-out in auth.spec.ts" },
    },
  },
  "/api/activiteiten/wachtzaal/[openingId]": {
    path: `/api/activiteiten/wachtzaal/${NONE}`,
    // The signed-in parent's own place in line; an unknown opening is not found.
    methods: { GET: signedInRoute(404) },
  },
  "/api/activiteiten/attest/[memberId]/[year]": {
    path: `/api/activiteiten/attest/${NONE}/2027`,
    // The parent's own child only; another parent's child, or a year without paid attended days,
    // is not found.
    methods: { GET: signedInRoute(404) },
  },
  "/api/bench/ping": { path: "/api/bench/ping", methods: { GET: publicRoute(200), POST: publicRoute(200) } },
  "/api/bestanden/[id]": { path: `/api/bestanden/${NONE}`, methods: { GET: publicRoute(404) } },
  "/icon.svg": { path: "/icon.svg", methods: { GET: publicRoute(200) } },
  "/api/health": { path: "/api/health", methods: { GET: publicRoute(200) } },
  "/api/meldpunt/export": {
    path: "/api/meldpunt/export",
    methods: { GET: staffRoute("reports:manage", 200) },
  },
  "/api/loket/bestand/[id]": {
    path: `/api/loket/bestand/${NONE}`,
    // The applicant, staff of the case's team, or the uploader of a draft (lib/cases decides which file).
    methods: { GET: signedInRoute(404) },
  },
  "/api/loket/document/[caseId]": {
    path: `/api/loket/document/${NONE}`,
    // The result document of a request: the applicant or staff of the case's team.
    methods: { GET: signedInRoute(404) },
  },
  "/api/evenementen/vergunning/[id]": {
    path: `/api/evenementen/vergunning/${NONE}`,
    // The organiser (applicant or an officer of the organising association) or staff of the team.
    methods: { GET: signedInRoute(404) },
  },
  "/api/meldpunt/foto/[id]": {
    path: `/api/meldpunt/foto/${NONE}`,
    // Without a status link, only for the signed-in reporter or staff (lib/reports decides which photo).
    methods: { GET: signedInRoute(404) },
  },
  "/api/privacy/gegevens": {
    path: "/api/privacy/gegevens",
    // The signed-in user's own data only: there is no id to ask for someone else's.
    methods: { GET: signedInRoute(200) },
  },
  "/api/privacy/gegevens.pdf": { path: "/api/privacy/gegevens.pdf", methods: { GET: signedInRoute(200) } },
  "/api/sessie": { path: "/api/sessie", methods: { GET: publicRoute(200) } },
  "/api/stripe/webhook": {
    path: "/api/stripe/webhook",
    // Unsigned: refused for everyone, whatever session comes along.
    methods: { POST: publicRoute(400) },
  },
  "/api/tickets/hold": { path: "/api/tickets/hold", methods: { POST: publicRoute(400) } },
  "/api/tickets/plaatsen": { path: "/api/tickets/plaatsen", methods: { GET: publicRoute(200) } },
  "/api/tickets/scan": { path: "/api/tickets/scan", methods: { POST: staffRoute("tickets:scan", 400) } },
  "/api/tickets/verkoop/[slug]": { path: `/api/tickets/verkoop/${NONE}`, methods: { GET: publicRoute(404) } },
  "/api/wachtrij/[site]": { path: `/api/wachtrij/${NONE}`, methods: { GET: publicRoute(404) } },
  "/api/wachtrij/ticket/[token]": {
    path: `/api/wachtrij/ticket/${NONE}`,
    methods: { GET: publicRoute(404) },
  },
  "/beheer/audit/export": { path: "/beheer/audit/export", methods: { GET: staffRoute("audit:read", 200) } },
  "/beheer/aanvragen/kalender/export": {
    path: "/beheer/aanvragen/kalender/export",
    // The coming 90 days of the caller's team scope: an empty list is still a CSV.
    methods: { GET: staffRoute("events:manage", 200) },
  },
  "/beheer/onthaal/afspraak/[id]/bevestiging.pdf": {
    path: `/beheer/onthaal/afspraak/${NONE}/bevestiging.pdf`,
    methods: { GET: staffRoute("frontoffice:manage", 404) },
  },
  "/beheer/uitleendienst/[id]/ophaallijst.pdf": {
    path: `/beheer/uitleendienst/${NONE}/ophaallijst.pdf`,
    methods: { GET: staffRoute("loans:manage", 404) },
  },
  "/beheer/vrije-tijd/activiteiten/[sessionId]/export": {
    path: `/beheer/vrije-tijd/activiteiten/${NONE}/export`,
    methods: { GET: staffRoute("activities:manage", 404) },
  },
  "/beheer/zalen/[id]/bevestiging.pdf": {
    path: `/beheer/zalen/${NONE}/bevestiging.pdf`,
    methods: { GET: staffRoute("leisure:manage", 404) },
  },
  "/bestelling/[token]/stripe": { path: `/bestelling/${NONE}/stripe`, methods: { POST: publicRoute(404) } },
  "/bestelling/[token]/tickets.pdf": {
    path: `/bestelling/${NONE}/tickets.pdf`,
    methods: { GET: publicRoute(404) },
  },
  // The invoice of an order paid by invoice: the order's token is the proof, like the tickets.
  "/bestelling/[token]/factuur.pdf": {
    path: `/bestelling/${NONE}/factuur.pdf`,
    methods: { GET: publicRoute(404) },
  },
  // The paper confirmation of any order, with the same proof.
  "/bestelling/[token]/bevestiging.pdf": {
    path: `/bestelling/${NONE}/bevestiging.pdf`,
    methods: { GET: publicRoute(404) },
  },
};
