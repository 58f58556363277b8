// Reads of invoices: the document behind an order's token (the token is the proof, as for the order
// page and the tickets), the staff list (open, overdue, paid) and a resident's own: the invoices of
// orders they placed and of the associations they are an officer of.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { brusselsParts } from "@/lib/be/brussels-clock";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";

export const INVOICE_FILTERS = ["open", "vervallen", "betaald"] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

const today = (now: Date) => new Date(`${brusselsParts(now).dateKey}T00:00:00Z`);

function filterWhere(filter: InvoiceFilter, now: Date): Prisma.OrderWhereInput {
  if (filter === "betaald") return { invoiceNumber: { not: null }, status: "PAID" };
  if (filter === "vervallen") return { status: "PENDING", invoiceDueOn: { lt: today(now) } };
  return { status: "PENDING", invoiceNumber: { not: null } };
}

const listed = {
  id: true,
  number: true,
  status: true,
  accessToken: true,
  totalCents: true,
  invoiceNumber: true,
  invoiceAddressee: true,
  invoicedAt: true,
  invoiceDueOn: true,
  invoiceReminders: true,
  invoiceRemindedAt: true,
  ogm: true,
  paidAt: true,
  buyerName: true,
} satisfies Prisma.OrderSelect;

/** Staff: one page of invoices, open and overdue by due date, paid ones latest paid first. */
export async function staffInvoices(filter: InvoiceFilter, page: number, now = new Date()) {
  const where = filterWhere(filter, now);
  const orderBy: Prisma.OrderOrderByWithRelationInput[] =
    filter === "betaald" ? [{ invoicedAt: "desc" }, { id: "asc" }] : [{ invoiceDueOn: "asc" }, { id: "asc" }];
  return paged(
    page,
    () => db.order.count({ where }),
    (window) => db.order.findMany({ where, orderBy, select: listed, ...window }),
  );
}

/** A resident's invoices, newest first: ordered by them, or addressed to an association they are an officer of. */
export async function myInvoices(userId: string, page: number) {
  const where: Prisma.OrderWhereInput = {
    invoiceNumber: { not: null },
    OR: [{ buyerUserId: userId }, { invoiceAssociation: { members: { some: { userId, role: "MANAGER" } } } }],
  };
  return paged(
    page,
    () => db.order.count({ where }),
    (window) =>
      db.order.findMany({
        where,
        orderBy: [{ invoicedAt: "desc" }, { id: "asc" }],
        select: listed,
        ...window,
      }),
  );
}

/** The invoice of the order behind a token, with what the PDF prints; null for any other address. */
export async function invoiceByToken(token: string) {
  const order = await db.order.findUnique({
    where: { accessToken: token },
    include: {
      lines: { orderBy: { id: "asc" } },
      invoiceAssociation: { select: { companyNo: true, village: true } },
    },
  });
  if (!order?.invoiceNumber || !order.invoicedAt || !order.invoiceDueOn || !order.ogm) return null;
  return {
    ...order,
    invoiceNumber: order.invoiceNumber,
    invoicedAt: order.invoicedAt,
    invoiceDueOn: order.invoiceDueOn,
    ogm: order.ogm,
    association: order.invoiceAssociation,
  };
}

/** The seller printed on an invoice. */
export async function invoiceSeller() {
  return db.municipality.findUniqueOrThrow({
    where: { id: 1 },
    select: { name: true, enterpriseNo: true, iban: true, bic: true },
  });
}
