// The forms-as-data engine (see ARCHITECTURE.md, "Forms as data"): definitions, the one condition
// evaluator, the compiler to zod, derived values (fees), prefill and answer texts.
export { type Answers, type Condition, evaluate } from "./conditions";
export {
  type AnswerField,
  type FieldDefinition,
  type FormDefinition,
  type FormDefinitionInput,
  type PageDefinition,
  answerFields,
  formDefinitionSchema,
  parseDefinition,
} from "./definition";
export { type DerivedRule, evaluateDerived, feeOf } from "./derived";
export { type FileRef } from "./field-schemas";
export { compile, keepVisible, liveAnswers, pageApplies, toFormValues, visibleFields } from "./compile";
export { type PrefillContext, prefill } from "./prefill";
export { ORGANISER_SELF, associationOption, associationOfOption, withOptions } from "./options";
export { type Notice, dueDateOf, noticeOf } from "./notice";
export { type StepState, pageState } from "./step-state";
export { answerText } from "./summary";
