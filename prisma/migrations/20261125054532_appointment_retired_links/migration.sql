-- CreateTable
CREATE TABLE "AppointmentRetiredLink" (
    "tokenHash" TEXT NOT NULL,
    "appointmentId" TEXT NOT NULL,
    "retiredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentRetiredLink_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "AppointmentRetiredLink_appointmentId_idx" ON "AppointmentRetiredLink"("appointmentId");

-- AddForeignKey
ALTER TABLE "AppointmentRetiredLink" ADD CONSTRAINT "AppointmentRetiredLink_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
