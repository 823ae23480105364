import { css, html, LitElement, nothing } from 'lit'
import { ApiProblem } from '../../api/api-problem.ts'
import type { Placement, Ranking, Suggestion } from '../../api/types-planning.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { CandidateChosenEvent } from '../../events/candidate-chosen-event.ts'
import { formatPercent, type Language } from '../../i18n/language.ts'
import '../../ui/exclusion-list.ts'
import '../../ui/reason-list.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'

/** Enough to choose from at a meeting; the rest stay one request away. */
const shown = 4

export const shift = (lang: Language, p: Placement): string =>
  `${p.name} ${formatPercent(lang, p.ratioBefore)} → ${formatPercent(lang, p.ratioAfter)}`

/**
 * The planning assistant for one case (`GET /planner/cases/:caseId`, issue 6): ranked regisseurs
 * and tandem pairs with the reasons in the current language, and the colleagues the norm excludes
 * with the rule. "Kies" only fills the assignment form: nothing is assigned without a decision.
 */
export class CandidateRanking extends LitElement {
  static override properties = { caseId: {} }
  static override styles = [
    componentStyles,
    css`
      ol {
        padding-left: 1.5rem;
        margin: 0 0 0.75rem;
      }
      li {
        margin-bottom: 0.75rem;
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        justify-content: space-between;
      }
    `,
  ]

  declare caseId: string
  readonly #services = new Services(this)
  readonly #ranking = new ProjectionController<Ranking>(
    this,
    this.#services,
    () => `planner/cases/${encodeURIComponent(this.caseId)}`,
  )

  constructor() {
    super()
    this.caseId = ''
  }

  override render() {
    const { t } = this.#services.i18n
    if (!this.caseId) return nothing
    // Once regie is in order the server has nothing to plan for this case: say so quietly.
    const error = this.#ranking.error
    if (error instanceof ApiProblem && error.code === 'RegieInOrder' && this.#ranking.value === undefined)
      return html`<p class="utrecht-paragraph tandem-muted">${t.regieInOrder}</p>`
    return html`<section aria-labelledby="rank-h">
      <h3 class="utrecht-heading-3" id="rank-h">${t.plannerSuggestions}</h3>
      ${renderLoaded(
        this.#ranking,
        t,
        (r) => html`<h4 class="utrecht-heading-4">${t.regisseurCandidates}</h4>
          ${this.#list(r.regisseurs, 'r')}
          ${
            r.suitsTandem || r.tandems.length > 0
              ? html`<h4 class="utrecht-heading-4">${t.tandemCandidates}</h4>
                ${this.#list(r.tandems, 't')}`
              : nothing
          }
          <details class="tandem-disclosure">
            <summary>${t.excludedColleagues(r.excluded.length)}</summary>
            <tandem-exclusion-list .excluded=${r.excluded}></tandem-exclusion-list>
          </details>`,
      )}
    </section>`
  }

  #list(suggestions: readonly Suggestion[], key: string) {
    const { t, lang } = this.#services.i18n
    if (suggestions.length === 0) return html`<p class="utrecht-paragraph tandem-muted">${t.noCandidates}</p>`
    return html`<ol>
      ${suggestions.slice(0, shown).map((s, i) => {
        const label = [s.regisseur, s.practitioner, s.expert]
          .filter((p): p is Placement => p !== undefined)
          .map((p) => shift(lang, p))
          .join(' + ')
        return html`<li>
          <div class="who">
            <strong id="${key}${i}">${label}</strong>
            ${button({
              label: t.chooseCandidate,
              describedBy: `${key}${i}`,
              disabled: this.#services.readOnly,
              onClick: () =>
                this.dispatchEvent(
                  new CandidateChosenEvent(s.regisseur.professionalId, s.practitioner?.professionalId),
                ),
            })}
          </div>
          <tandem-reason-list .reasons=${s.reasons}></tandem-reason-list>
        </li>`
      })}
    </ol>`
  }
}
customElements.define('tandem-candidate-ranking', CandidateRanking)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-candidate-ranking': CandidateRanking
  }
}
