import { html, nothing, type TemplateResult } from 'lit'

export type Tone = 'ok' | 'warning' | 'danger' | 'neutral'

const badgeTone: Readonly<Record<Tone, string>> = {
  ok: 'utrecht-status-badge--safe',
  warning: 'utrecht-status-badge--warning',
  danger: 'utrecht-status-badge--danger',
  neutral: 'utrecht-status-badge--neutral',
}

/** A short status in a word or two (`utrecht-status-badge`); the words carry it, not the colour. */
export const badge = (text: string | TemplateResult, tone: Tone = 'neutral'): TemplateResult =>
  html`<span class="utrecht-status-badge ${badgeTone[tone]}">${text}</span>`

const alertTone: Readonly<Record<Tone, string>> = {
  ok: 'utrecht-alert--ok',
  warning: 'utrecht-alert--warning',
  danger: 'utrecht-alert--error',
  neutral: 'utrecht-alert--info',
}

/**
 * A message block (`utrecht-alert`): a saved notice (`role="status"`), a warning, an error. With an
 * `id` it takes focus (tabindex −1), so an action can move the user to its result.
 */
export const alert = (
  tone: Tone,
  content: TemplateResult | string,
  o: { readonly role?: 'status' | 'alert'; readonly id?: string } = {},
): TemplateResult =>
  html`<div
    class="utrecht-alert ${alertTone[tone]}"
    role=${o.role ?? nothing}
    id=${o.id ?? nothing}
    tabindex=${o.id ? '-1' : nothing}
  >
    <div class="utrecht-alert__content"><div class="utrecht-alert__message">${content}</div></div>
  </div>`
