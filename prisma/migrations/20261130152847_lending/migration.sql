-- CreateEnum
CREATE TYPE "LoanSlotKind" AS ENUM ('PICKUP', 'RETURN');

-- CreateEnum
CREATE TYPE "LoanStatus" AS ENUM ('RESERVED', 'CONFIRMED', 'HANDED_OUT', 'RETURNED', 'SETTLED', 'CANCELLED');

-- CreateTable
CREATE TABLE "LoanCategory" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "leadWorkingDays" INTEGER NOT NULL,
    "horizonMonths" INTEGER NOT NULL,
    "forAssociation" BOOLEAN NOT NULL DEFAULT false,
    "recognisedOnly" BOOLEAN NOT NULL DEFAULT false,
    "staffOnly" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LoanCategory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "LoanItem" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitSingular" TEXT NOT NULL,
    "unitPlural" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "stock" INTEGER NOT NULL,
    "depositCents" INTEGER NOT NULL,
    "damageFeeCents" INTEGER NOT NULL,
    "photoId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LoanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanItemPrice" (
    "itemId" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "unitCents" INTEGER NOT NULL,

    CONSTRAINT "LoanItemPrice_pkey" PRIMARY KEY ("itemId","categoryCode")
);

-- CreateTable
CREATE TABLE "LoanAccessory" (
    "itemId" TEXT NOT NULL,
    "accessoryId" TEXT NOT NULL,
    "perUnit" INTEGER NOT NULL,
    "required" BOOLEAN NOT NULL,

    CONSTRAINT "LoanAccessory_pkey" PRIMARY KEY ("itemId","accessoryId")
);

-- CreateTable
CREATE TABLE "LoanSlot" (
    "id" TEXT NOT NULL,
    "kind" "LoanSlotKind" NOT NULL,
    "isoWeekday" INTEGER NOT NULL,
    "startMinutes" INTEGER NOT NULL,
    "endMinutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "LoanSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Loan" (
    "id" TEXT NOT NULL,
    "status" "LoanStatus" NOT NULL DEFAULT 'RESERVED',
    "userId" TEXT,
    "associationId" TEXT,
    "borrowerName" TEXT NOT NULL,
    "borrowerEmail" TEXT,
    "categoryCode" TEXT NOT NULL,
    "pickupDate" DATE NOT NULL,
    "pickupSlotId" TEXT NOT NULL,
    "returnDate" DATE NOT NULL,
    "returnSlotId" TEXT NOT NULL,
    "orderId" TEXT,
    "depositCents" INTEGER NOT NULL,
    "feeCents" INTEGER NOT NULL DEFAULT 0,
    "feeNote" TEXT,
    "createdById" TEXT,
    "handedOutAt" TIMESTAMPTZ(3),
    "handedOutById" TEXT,
    "returnedAt" TIMESTAMPTZ(3),
    "returnedById" TEXT,
    "settledAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Loan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanLine" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitCents" INTEGER NOT NULL,
    "depositCents" INTEGER NOT NULL,
    "handedOut" INTEGER,
    "returned" INTEGER,
    "damaged" INTEGER,
    "missing" INTEGER,

    CONSTRAINT "LoanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "retentionMonths" INTEGER NOT NULL DEFAULT 24,
    "cancelWorkingDays" INTEGER NOT NULL DEFAULT 3,

    CONSTRAINT "LoanSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LoanItem_slug_key" ON "LoanItem"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Loan_orderId_key" ON "Loan"("orderId");

-- CreateIndex
CREATE INDEX "Loan_userId_idx" ON "Loan"("userId");

-- CreateIndex
CREATE INDEX "Loan_pickupDate_idx" ON "Loan"("pickupDate");

-- CreateIndex
CREATE INDEX "Loan_returnDate_idx" ON "Loan"("returnDate");

-- CreateIndex
CREATE INDEX "Loan_status_idx" ON "Loan"("status");

-- CreateIndex
CREATE UNIQUE INDEX "LoanLine_loanId_itemId_key" ON "LoanLine"("loanId", "itemId");

-- AddForeignKey
ALTER TABLE "LoanItem" ADD CONSTRAINT "LoanItem_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanItemPrice" ADD CONSTRAINT "LoanItemPrice_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LoanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanItemPrice" ADD CONSTRAINT "LoanItemPrice_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "LoanCategory"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanAccessory" ADD CONSTRAINT "LoanAccessory_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LoanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanAccessory" ADD CONSTRAINT "LoanAccessory_accessoryId_fkey" FOREIGN KEY ("accessoryId") REFERENCES "LoanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "LoanCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_pickupSlotId_fkey" FOREIGN KEY ("pickupSlotId") REFERENCES "LoanSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_returnSlotId_fkey" FOREIGN KEY ("returnSlotId") REFERENCES "LoanSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanLine" ADD CONSTRAINT "LoanLine_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanLine" ADD CONSTRAINT "LoanLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LoanItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ===== hand-written: checks the diff cannot express (keep at the end) =====
ALTER TABLE "LoanItem" ADD CONSTRAINT "LoanItem_stock_check" CHECK ("stock" >= 0 AND "depositCents" >= 0 AND "damageFeeCents" >= 0);
ALTER TABLE "LoanLine" ADD CONSTRAINT "LoanLine_quantity_check" CHECK ("quantity" > 0 AND ("handedOut" IS NULL OR ("handedOut" >= 0 AND "handedOut" <= "quantity")) AND COALESCE("returned", 0) + COALESCE("damaged", 0) + COALESCE("missing", 0) <= COALESCE("handedOut", "quantity"));
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_period_check" CHECK ("returnDate" >= "pickupDate" AND "feeCents" >= 0);
