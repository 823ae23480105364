import { html, LitElement, nothing } from 'lit'
import type { Indicators } from '../../api/types.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

const indicatorKeys: readonly (keyof Indicators)[] = [
  'unsafe',
  'heavyResponsibility',
  'complexProblems',
  'highImpact',
]
const intensities = ['light', 'moderate', 'heavy', 'crisis'] as const

/** Step 1 of dividing a case: the four R2 indicators, an intensity and the reasoning (AssessCase). */
export class CaseAssessmentForm extends LitElement {
  static override properties = { caseId: {}, _saved: { state: true } }
  static override styles = [componentStyles]

  declare caseId: string
  declare _saved: boolean
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#assess-saved'),
  })

  constructor() {
    super()
    this.caseId = ''
    this._saved = false
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<form novalidate @submit=${this.#submit} @input=${() => (this._saved = false)} aria-labelledby="assess-h">
      <h3 class="utrecht-heading-3" id="assess-h">${t.assessStep}</h3>
      ${errorSummary(a, t)}
      ${fieldset(
        { legend: t.indicatorsLegend },
        html`${indicatorKeys.map((k) =>
          field(
            { id: `ind-${k}`, label: t.indicators[k] ?? k, kind: 'checkbox' },
            (c) =>
              html`<input type="checkbox" class=${control.checkbox} id=${c.id} name="indicator" value=${k} />`,
          ),
        )}`,
      )}
      ${fieldset(
        { legend: t.intensityLabel },
        html`<div class="tandem-cluster">
          ${intensities.map((i) =>
            field(
              { id: `int-${i}`, label: t.intensity[i] ?? i, kind: 'radio' },
              (c) =>
                html`<input type="radio" class=${control.radio} id=${c.id} name="intensity" value=${i} ?checked=${i === 'moderate'} />`,
            ),
          )}
        </div>`,
      )}
      ${field(
        { id: 'reasoning', label: t.reasoning, description: t.reasoningHint, error: a.errorFor('reasoning') },
        (c) =>
          html`<textarea id=${c.id} name="reasoning" class=${control.textarea} required minlength="10"
            aria-describedby=${c.describedBy} aria-invalid=${c.invalid}></textarea>`,
      )}
      <tandem-error .problem=${a.problem}></tandem-error>
      ${this._saved ? alert('ok', t.assessmentSaved, { role: 'status', id: 'assess-saved' }) : nothing}
      ${button({
        label: t.saveAssessment,
        type: 'submit',
        appearance: 'primary',
        busy: a.busy,
        disabled: this.#services.readOnly,
      })}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    this._saved = false
    await this.#action.submit(event, this.#services.t, async (form) => {
      const chosen = new Set(form.getAll('indicator').map(String))
      const indicators = Object.fromEntries(
        indicatorKeys.map((k) => [k, chosen.has(k)]),
      ) as unknown as Indicators
      await this.#services.command({
        type: 'AssessCase',
        caseId: this.caseId,
        indicators,
        intensity: String(form.get('intensity') ?? 'moderate'),
        reasoning: String(form.get('reasoning') ?? ''),
      })
      this._saved = true
    })
  }
}
customElements.define('tandem-case-assessment-form', CaseAssessmentForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-assessment-form': CaseAssessmentForm
  }
}
