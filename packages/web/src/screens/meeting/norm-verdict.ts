import { css, html, LitElement, nothing } from 'lit'
import { ApiProblem } from '../../api/api-problem.ts'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import { ExemptionRequestedEvent } from '../../events/exemption-requested-event.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { alert } from '../../ui/feedback.ts'
import '../../ui/tandem-error.ts'

/** Codes whose fix is a registered colleague or a reasoned exemption (R2, R3, R4, R7). */
const normCodes: ReadonlySet<string> = new Set([
  'RegistrationRequired',
  'RegistrationLapsed',
  'NoRegistration',
  'TandemNeedsRegisteredRegisseur',
  'ExemptionIncomplete',
  'ExemptionGroundDoesNotApply',
])

/**
 * The domain's verdict on a proposed decision, before it is saved: it meets the norm (and which norm
 * gaps it would leave), or the rule it breaks with the server's sentence, which command of the
 * decision was refused, and the two ways out — a registered colleague, or an exemption with its
 * reasoning. The verdict is the server's; this only says it plainly.
 */
export class NormVerdict extends LitElement {
  static override properties = {
    problem: { attribute: false },
    ok: { type: Boolean },
    gaps: { attribute: false },
    steps: { attribute: false },
    professionals: { attribute: false },
  }
  static override styles = [
    componentStyles,
    css`
      p,
      ul {
        margin-block: 0;
      }
      .rule {
        font-weight: 700;
      }
    `,
  ]

  declare problem: unknown
  declare ok: boolean
  declare gaps: readonly {
    readonly reference: string
    readonly name?: string
    readonly professionalId: string
    readonly rule?: string
    readonly code: string
  }[]
  /** names of the decision's commands, by index, to say which one was refused */
  declare steps: readonly string[]
  declare professionals: readonly ProfessionalOption[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.ok = false
    this.gaps = []
    this.steps = []
    this.professionals = []
  }

  override render() {
    const { t } = this.#services.i18n
    if (this.ok) {
      return alert(
        this.gaps.length === 0 ? 'ok' : 'warning',
        html`<p class="utrecht-paragraph rule">${t.meetsNorm}</p>
          ${
            this.gaps.length === 0
              ? nothing
              : html`<p class="utrecht-paragraph">${t.leavesNormGaps}</p>
                <ul class="utrecht-unordered-list">
                  ${this.gaps.map((g) => html`<li class="utrecht-unordered-list__item">${g.reference}: ${g.name ?? g.professionalId} — ${g.rule ?? ''} ${t.fixes[g.code] ?? g.code}</li>`)}
                </ul>`
          }`,
        { role: 'status' },
      )
    }
    const problem = this.problem
    if (!(problem instanceof ApiProblem) || !normCodes.has(problem.code)) {
      return html`<tandem-error .problem=${problem}></tandem-error>`
    }
    const { lang } = this.#services.i18n
    // The server's standing, read as it is: valid or expiring means in order today.
    const registered = this.professionals.filter(
      (p) => (p.registration.status === 'valid' || p.registration.status === 'expiring') && !p.absentToday,
    )
    const step = problem.index === undefined ? undefined : this.steps[problem.index]
    return alert(
      'danger',
      html`<p class="utrecht-paragraph rule">${t.violatesNorm}${problem.rule ? ` (${t.ruleOf(problem.rule)})` : ''}</p>
        <p class="utrecht-paragraph">${problem.text ? problem.text[lang] : problem.code}</p>
        ${step ? html`<p class="utrecht-paragraph">${t.refusedStep(step)}</p>` : nothing}
        <p class="utrecht-paragraph"><strong>${t.fixHint}</strong></p>
        <ul class="utrecht-unordered-list">
          <li class="utrecht-unordered-list__item">${t.fixRegistered}${registered.length ? html`: ${registered.map((p) => p.name).join(', ')}` : nothing}</li>
          <li class="utrecht-unordered-list__item">
            ${t.fixExemption}
            ${button({ label: t.recordExemption, onClick: () => this.dispatchEvent(new ExemptionRequestedEvent()) })}
          </li>
        </ul>`,
      { role: 'alert' },
    )
  }
}
customElements.define('tandem-norm-verdict', NormVerdict)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-norm-verdict': NormVerdict
  }
}
