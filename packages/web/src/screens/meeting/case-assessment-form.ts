import { html, LitElement } from 'lit'
import type { Indicators } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
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
  static override properties = { caseId: {}, _problem: { state: true }, _saved: { state: true } }
  static override styles = [sharedStyles]

  declare caseId: string
  declare _problem: unknown
  declare _saved: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.caseId = ''
    this._saved = false
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<form @submit=${this.#submit} aria-labelledby="assess-h">
      <h3 id="assess-h">${t.assessStep}</h3>
      <fieldset>
        <legend>${t.indicatorsShort} (R2)</legend>
        ${indicatorKeys.map(
          (k) =>
            html`<label class="check"><input type="checkbox" name="indicator" value=${k} />${t.indicators[k]}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t.intensityLabel}</legend>
        <div class="row">
          ${intensities.map(
            (i) =>
              html`<label class="check"
                ><input type="radio" name="intensity" value=${i} ?checked=${i === 'moderate'} />${t.intensity[i]}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="reasoning">${t.reasoning}</label>
        <textarea id="reasoning" name="reasoning" aria-describedby="reasoning-hint" required minlength="10"></textarea>
        <p id="reasoning-hint" class="muted">${t.reasoningHint}</p>
      </div>
      <tandem-error .problem=${this._problem}></tandem-error>
      ${this._saved ? html`<p class="notice" role="status">${t.saved}</p>` : null}
      <button type="submit" ?disabled=${this.#services.readOnly}>${t.saveAssessment}</button>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    const chosen = new Set(form.getAll('indicator').map(String))
    const indicators = Object.fromEntries(
      indicatorKeys.map((k) => [k, chosen.has(k)]),
    ) as unknown as Indicators
    this._problem = undefined
    this._saved = false
    try {
      await this.#services.command({
        type: 'AssessCase',
        caseId: this.caseId,
        indicators,
        intensity: String(form.get('intensity') ?? 'moderate'),
        reasoning: String(form.get('reasoning') ?? ''),
      })
      this._saved = true
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-case-assessment-form', CaseAssessmentForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-assessment-form': CaseAssessmentForm
  }
}
