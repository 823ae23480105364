import { html, nothing, type TemplateResult } from 'lit'
import type { PendingAction } from '../controllers/pending-action.ts'
import type { Messages } from '../i18n/messages-nl.ts'

/** Moves focus to the field a summary link names; the link's hash is not the router's business. */
const toField = (event: Event, id: string): void => {
  event.preventDefault()
  const root = (event.currentTarget as Element).getRootNode() as ParentNode
  root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus()
}

/**
 * The GOV.UK error summary at the top of a form: what is wrong, each item a link to its field,
 * focused when the form is refused so a screen reader meets it first. Each field repeats its own
 * message (`field({ error: action.errorFor(name) })`).
 */
export const errorSummary = (action: PendingAction, t: Messages): TemplateResult | typeof nothing => {
  if (action.issues.length === 0) return nothing
  return html`<div class="tandem-error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-h">
    <h2 class="utrecht-heading-3" id="error-summary-h">${t.errorSummaryTitle}</h2>
    <ul class="utrecht-unordered-list">
      ${action.issues.map(
        (issue) =>
          html`<li class="utrecht-unordered-list__item">
            ${
              issue.id
                ? html`<a class="utrecht-link utrecht-link--html-a" href="#${issue.id}" @click=${(e: Event) => toField(e, issue.id!)}>${issue.message}</a>`
                : issue.message
            }
          </li>`,
      )}
    </ul>
  </div>`
}
