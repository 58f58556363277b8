// The form kit: every form of the portal is built from these (see ARCHITECTURE.md, "Forms").
// Client components import from here; a server component imports the part it needs from its own
// file, since importing this index ships every client part of the kit with its page
// (tests/unit/forms/kit-imports.test.ts).
export { Form, type FormAction } from "./form";
export { QueryForm } from "./query-form";
export { TextField, TextArea, DateField, MoneyField, NumberField } from "./text-field";
export { Select, RadioGroup, CheckboxGroup, Checkbox, type Option } from "./choice-fields";
export { Repeater } from "./repeater";
export { FieldGroup } from "./field-group";
export { HiddenField } from "./hidden-field";
export { FileField } from "./file-field";
export { AddressField, type AddressValue } from "./address-field";
export { SubmitButton } from "./submit-button";
export { Honeypot } from "./honeypot";
export { ConfirmAction } from "./confirm-action";
export { SummaryList, type SummaryRow } from "./summary-list";
export { StepList, StepProgress, type Step } from "./step-list";
export { LocationField } from "./location-field";
