"use client";
// "Code intypen" and the name of this phone: a form of the kit, so it also works without
// JavaScript (it posts to the server action and the page comes back with the answer). With
// JavaScript the kit checks it first, and each answer goes to the station's list (`onScanned`).
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { scanCodeAction } from "@/lib/tickets/actions";
import { DEVICE_MAX, type ScanResponse, scanRequestSchema } from "@/lib/tickets/scan-schema";
import { ScannerResult } from "./scanner-result";

export const SCANNER_FORM_ID = "scanner-code-form";

function codeField(): HTMLInputElement | null {
  return document.querySelector(`#${SCANNER_FORM_ID} input[name="code"]`);
}

export function ScannerCodeForm({
  performanceId,
  device,
  onDevice,
  onScanned,
  showPosted,
}: {
  performanceId: string;
  /** The stored name of this phone (see scanner-device.ts). */
  device: string;
  onDevice: (name: string) => void;
  onScanned: (response: ScanResponse) => void;
  /** Without JavaScript the answer of a post is shown here, where the page came back. */
  showPosted: boolean;
}) {
  return (
    <Form
      id={SCANNER_FORM_ID}
      action={scanCodeAction}
      schema={scanRequestSchema}
      label="Code intypen"
      className="space-y-6"
      // The device name stays; the code is emptied for the next ticket, with focus back on it.
      keepValues
      valuesAfter={(response) => ({ device: response.device })}
      onSuccess={(response) => {
        const field = codeField();
        if (field) field.value = "";
        field?.focus();
        onScanned(response);
      }}
      success={
        showPosted ? (response) => <ScannerResult entry={{ id: 0, at: response.at, response }} /> : undefined
      }
    >
      <input type="hidden" name="performanceId" value={performanceId} />
      <section aria-labelledby="scanner-code-title" className="space-y-3">
        <h2 id="scanner-code-title" className="text-xl font-semibold">
          Code intypen
        </h2>
        <TextField
          label="Ticketcode"
          name="code"
          hint="De 27 tekens onder de QR-code, met hoofdletters en kleine letters precies zoals op het ticket."
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
        />
        <SubmitButton pendingText="Bezig met controleren…">Controleren</SubmitButton>
      </section>
      <section
        aria-labelledby="scanner-device-title"
        onInput={(event) => {
          const input = event.target as HTMLInputElement;
          if (input.name === "device") onDevice(input.value);
        }}
      >
        <h2 id="scanner-device-title" className="mb-2 text-xl font-semibold">
          Dit toestel
        </h2>
        <TextField
          label="Naam van dit toestel"
          name="device"
          defaultValue={device}
          maxLength={DEVICE_MAX}
          autoComplete="off"
          hint="Staat bij elke scan in het logboek, zodat je ziet aan welke ingang een ticket al gebruikt werd. Deze gsm onthoudt de naam."
        />
      </section>
    </Form>
  );
}
