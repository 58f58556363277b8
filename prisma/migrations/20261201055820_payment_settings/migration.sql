-- CreateTable
CREATE TABLE "PaymentSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "orderRetentionYears" INTEGER NOT NULL DEFAULT 7,

    CONSTRAINT "PaymentSettings_pkey" PRIMARY KEY ("id")
);

-- hand-written: the one settings row, as the other settings tables
INSERT INTO "PaymentSettings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
