import { html, nothing, type TemplateResult } from 'lit'

export interface ButtonOptions {
  readonly label: string | TemplateResult
  /** primary for the one action a form is for; secondary for the others; subtle for "show more" */
  readonly appearance?: 'primary' | 'secondary' | 'subtle'
  readonly type?: 'button' | 'submit'
  /** waiting for the server: announced, ignored when pressed again, and it keeps its focus */
  readonly busy?: boolean
  /** not possible now (looking at the past, or not this person's to do) */
  readonly disabled?: boolean
  readonly danger?: boolean
  readonly onClick?: (event: Event) => void
  readonly ariaLabel?: string
  readonly describedBy?: string
  readonly expanded?: boolean
  readonly controls?: string
  readonly id?: string
  readonly lang?: string
  readonly extraClass?: string
}

const appearances = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
} as const

/**
 * An NL Design System button (`utrecht-button`). A busy or disabled button is `aria-disabled`, not
 * `disabled`: a disabled button drops the keyboard focus to the top of the page, while this one
 * keeps it, says it is busy, and ignores the press (also as a form's submit button).
 */
export const button = (o: ButtonOptions): TemplateResult => {
  const inert = Boolean(o.busy || o.disabled)
  const classes = [
    'utrecht-button',
    appearances[o.appearance ?? 'secondary'],
    o.danger ? 'utrecht-button--danger' : '',
    o.busy ? 'utrecht-button--busy' : '',
    o.disabled ? 'utrecht-button--disabled' : '',
    o.type === 'submit' ? 'utrecht-button--submit' : '',
    o.extraClass ?? '',
  ]
    .filter(Boolean)
    .join(' ')
  const press = (event: Event) => {
    if (inert) {
      event.preventDefault()
      event.stopImmediatePropagation()
      return
    }
    o.onClick?.(event)
  }
  return html`<button
    class=${classes}
    type=${o.type ?? 'button'}
    id=${o.id ?? nothing}
    lang=${o.lang ?? nothing}
    aria-label=${o.ariaLabel ?? nothing}
    aria-describedby=${o.describedBy ?? nothing}
    aria-expanded=${o.expanded === undefined ? nothing : String(o.expanded)}
    aria-controls=${o.controls ?? nothing}
    aria-disabled=${inert ? 'true' : nothing}
    aria-busy=${o.busy ? 'true' : nothing}
    @click=${press}
  >${o.label}</button>`
}

/** Buttons side by side, wrapping on a narrow screen (`utrecht-button-group`). */
export const buttonGroup = (
  ...buttons: readonly (TemplateResult | typeof nothing | null)[]
): TemplateResult => html`<div class="utrecht-button-group">${buttons}</div>`
