import { html, nothing, type TemplateResult } from 'lit'

/** The NL Design System classes of the native controls, for templates that render their own. */
export const control = {
  textbox: 'utrecht-textbox utrecht-textbox--html-input',
  textarea: 'utrecht-textarea utrecht-textarea--html-textarea',
  select: 'utrecht-select utrecht-select--html-select',
  checkbox: 'utrecht-checkbox utrecht-checkbox--html-input',
  radio: 'utrecht-radio-button utrecht-radio-button--html-input',
} as const

/** What a field hands its control, so the control is described by the hint and the error. */
export interface FieldControl {
  readonly id: string
  /** ids of the hint and the error message, for `aria-describedby` (`nothing` when neither shows) */
  readonly describedBy: string | typeof nothing
  /** `'true'` while the field is in error, for `aria-invalid` */
  readonly invalid: 'true' | typeof nothing
}

export interface FieldOptions {
  readonly id: string
  readonly label: string | TemplateResult
  readonly description?: string | TemplateResult | undefined
  /** the message of the error summary, repeated at the field (GOV.UK pattern) */
  readonly error?: string | undefined
  /** a checkbox or radio sits before its label */
  readonly kind?: 'text' | 'checkbox' | 'radio'
}

/**
 * One form field in NL Design System markup (`utrecht-form-field`): label, optional hint, the error
 * when there is one, and the control, which `render` draws with the ids it must point at.
 */
export const field = (o: FieldOptions, render: (c: FieldControl) => TemplateResult): TemplateResult => {
  const hintId = o.description ? `${o.id}-hint` : undefined
  const errorId = o.error ? `${o.id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || nothing
  const c: FieldControl = { id: o.id, describedBy, invalid: o.error ? 'true' : nothing }
  const kind = o.kind ?? 'text'
  const classes = `utrecht-form-field utrecht-form-field--${kind}${o.error ? ' utrecht-form-field--invalid' : ''}`
  const error = o.error
    ? html`<p class="utrecht-form-field__error-message utrecht-form-field-error-message" id=${errorId!}>${o.error}</p>`
    : nothing
  const hint = o.description
    ? html`<div class="utrecht-form-field__description utrecht-form-field-description" id=${hintId!}>${o.description}</div>`
    : nothing
  const labelClass = kind === 'text' ? 'utrecht-form-label' : `utrecht-form-label utrecht-form-label--${kind}`
  return html`<div class=${classes}>
    <div class="utrecht-form-field__label"><label class=${labelClass} for=${o.id}>${o.label}</label></div>
    ${hint}${error}
    <div class="utrecht-form-field__input">${render(c)}</div>
  </div>`
}

/** A group of controls under one legend (`utrecht-form-fieldset`), with its error when there is one. */
export const fieldset = (
  o: { readonly legend: string | TemplateResult; readonly error?: string | undefined; readonly id?: string },
  content: TemplateResult | readonly TemplateResult[],
): TemplateResult => html`<div
  class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${o.error ? ' utrecht-form-fieldset--invalid' : ''}"
>
  <fieldset
    class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
    id=${o.id ?? nothing}
    aria-describedby=${o.error && o.id ? `${o.id}-error` : nothing}
  >
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${o.legend}</legend>
    ${o.error && o.id ? html`<p class="utrecht-form-field-error-message" id="${o.id}-error">${o.error}</p>` : nothing}
    ${content}
  </fieldset>
</div>`
