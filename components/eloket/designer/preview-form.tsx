"use client";
// A page of the working copy as a resident sees it, through the same EnginePage; its action only
// judges the page and stores nothing.
import { EnginePage } from "@/components/ui/form/engine";
import { checkPreviewPage } from "@/lib/eloket/designer/preview-actions";
import { designerMessages } from "@/lib/eloket/designer/messages";
import type { FormDefinition } from "@/lib/form-engine";

export function PreviewPageForm(props: {
  definition: FormDefinition;
  pageKey: string;
  today: string;
  productId: string;
}) {
  return (
    <EnginePage
      definition={props.definition}
      pageKey={props.pageKey}
      answers={{}}
      today={props.today}
      action={checkPreviewPage}
      hidden={{ _product: props.productId, _page: props.pageKey }}
      submitLabel="Controleren (niets wordt bewaard)"
      accepted={designerMessages.previewChecked}
    />
  );
}
