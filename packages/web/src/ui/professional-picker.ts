import { html, LitElement } from 'lit'
import type { ProfessionalOption } from '../api/types-planning.ts'
import { Services } from '../controllers/services.ts'
import { formatPercent } from '../i18n/language.ts'
import { badge, type Tone } from './feedback.ts'
import { control, field } from './form-field.ts'

/**
 * A labelled select of colleagues from `GET /professionals`, each option saying its registration
 * standing, load ratio and absence as the server reports them, so the team sees at a glance who may
 * hold regie. Renders into light DOM: the select belongs to the surrounding form (FormData) and
 * takes that form's styles.
 */
export class ProfessionalPicker extends LitElement {
  static override properties = {
    label: {},
    name: {},
    value: {},
    emptyLabel: { attribute: 'empty-label' },
    required: { type: Boolean },
    options: { attribute: false },
    error: { attribute: false },
  }

  declare label: string
  declare name: string
  declare value: string
  declare emptyLabel: string
  declare required: boolean
  declare options: readonly ProfessionalOption[]
  /** the form's message for this field, when it is in error */
  declare error: string | undefined
  readonly #services = new Services(this)

  constructor() {
    super()
    this.label = ''
    this.name = ''
    this.value = ''
    this.emptyLabel = ''
    this.required = false
    this.options = []
  }

  protected override createRenderRoot(): HTMLElement {
    return this
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const id = `pick-${this.name}`
    const describe = (p: ProfessionalOption) =>
      [
        t.registrationStatus[p.registration.status] ?? p.registration.status,
        p.ratio === undefined || p.ratio === null ? null : t.loadOfCapacity(formatPercent(lang, p.ratio)),
        p.absentToday ? t.absentToday : null,
      ]
        .filter(Boolean)
        .join(' · ')
    const chosen = this.options.find((p) => p.professionalId === this.value)
    const standing = chosen
      ? badge(
          `${t.registrationStatus[chosen.registration.status]}${chosen.registration.register ? ` (${chosen.registration.register})` : ''}`,
          badgeTone[chosen.registration.status] ?? 'neutral',
        )
      : undefined
    return field(
      { id, label: this.label, description: standing, error: this.error },
      (c) => html`<select
        id=${c.id}
        name=${this.name}
        class=${control.select}
        ?required=${this.required}
        aria-describedby=${c.describedBy}
        aria-invalid=${c.invalid}
        @change=${(e: Event) => (this.value = (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${this.value === ''}>${this.emptyLabel}</option>
        ${this.options.map(
          (p) =>
            html`<option value=${p.professionalId} ?selected=${p.professionalId === this.value}>
              ${p.name} — ${describe(p)}
            </option>`,
        )}
      </select>`,
    )
  }
}

const badgeTone: Readonly<Record<string, Tone>> = {
  valid: 'ok',
  expiring: 'ok',
  lapsed: 'danger',
  none: 'warning',
}

customElements.define('tandem-professional-picker', ProfessionalPicker)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-professional-picker': ProfessionalPicker
  }
}
