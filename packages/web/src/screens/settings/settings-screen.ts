import { html, LitElement, nothing } from 'lit'
import type { PreviewReply } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { button, buttonGroup } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import '../../ui/load-bars.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import '../../ui/tandem-error.ts'

/**
 * The team's settings as the domain defines them (docs/architecture.md#weighting-and-capacity); nested groups
 * of numbers.
 */
type Settings = Readonly<Record<string, number | Readonly<Record<string, number>>>>

/** The fields a team edits here; the rest of the settings are sent back unchanged. */
interface Editable {
  readonly path: readonly string[]
  readonly step: number
}

const editable: readonly Editable[] = [
  ...['light', 'moderate', 'heavy', 'crisis'].map((k) => ({ path: ['intensityPoints', k], step: 0.5 })),
  { path: ['indicatorPoints'], step: 0.1 },
  ...[
    'regisseur',
    'regisseurWithPartners',
    'tandemPractitioner',
    'coWorker',
    'gezinshuisouder',
    'behaviouralScientist',
    'intern',
    'internSupervisor',
  ].map((k) => ({ path: ['roleFactors', k], step: 0.05 })),
  { path: ['pointsPerFte'], step: 1 },
  { path: ['reflectionNormHoursPerFte'], step: 0.5 },
]

const read = (s: Settings, path: readonly string[]): number =>
  path.length === 1 ? (s[path[0]!] as number) : (s[path[0]!] as Record<string, number>)[path[1]!]!

/**
 * Teaminstellingen: weights, role factors, points per FTE and reflection norm. "Show effect" asks
 * the server for the balance under the new settings (a dry run) before anything is saved.
 */
export class SettingsScreen extends LitElement {
  static override properties = { _effect: { state: true }, _saved: { state: true } }
  // The effect is the domain's: the preview folds the change and returns the balance before and after.
  static override styles = [componentStyles]

  declare _effect: PreviewReply | undefined
  declare _saved: boolean
  readonly #services = new Services(this)
  readonly #settings = new ProjectionController<Settings>(this, this.#services, 'settings')
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#settings-result'),
  })

  constructor() {
    super()
    this._saved = false
  }

  #label(path: readonly string[]): string {
    const { t } = this.#services.i18n
    if (path[0] === 'intensityPoints') return t.intensity[path[1]!] ?? path[1]!
    if (path[0] === 'roleFactors') return t.roleFactorNames[path[1]!] ?? path[1]!
    if (path[0] === 'indicatorPoints') return t.indicatorPoints
    if (path[0] === 'pointsPerFte') return t.pointsPerFte
    return t.reflectionNorm
  }

  #input(s: Settings, f: Editable) {
    const name = f.path.join('.')
    return field(
      { id: name, label: this.#label(f.path), error: this.#action.errorFor(name) },
      (c) =>
        html`<input id=${c.id} name=${name} class=${control.textbox} type="number" min="0" step=${f.step} required
        .value=${String(read(s, f.path))} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
    )
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    const group = (key: string) => editable.filter((f) => f.path[0] === key)
    return html`<h1 class="utrecht-heading-1">${t.settingsTitle}</h1>
      ${renderLoaded(
        this.#settings,
        t,
        (s) => html`<form novalidate @submit=${this.#save} @change=${this.#changed}>
          ${errorSummary(a, t)}
          ${fieldset(
            { legend: t.intensityPoints },
            html`<div class="tandem-fields">${group('intensityPoints').map((f) => this.#input(s, f))}</div>`,
          )}
          ${fieldset(
            { legend: t.roleFactors },
            html`<div class="tandem-fields">${group('roleFactors').map((f) => this.#input(s, f))}</div>`,
          )}
          ${fieldset(
            { legend: t.capacityAndNorm },
            html`<div class="tandem-fields">
              ${[
                ...group('indicatorPoints'),
                ...group('pointsPerFte'),
                ...group('reflectionNormHoursPerFte'),
              ].map((f) => this.#input(s, f))}
            </div>`,
          )}
          ${field(
            { id: 'reason', label: t.settingsReason, error: a.errorFor('reason') },
            (c) =>
              html`<textarea id=${c.id} name="reason" class=${control.textarea} required
                aria-describedby=${c.describedBy} aria-invalid=${c.invalid}></textarea>`,
          )}
          ${buttonGroup(
            button({ label: t.showEffect, busy: a.busy, onClick: () => void this.#preview() }),
            button({
              label: t.save,
              type: 'submit',
              appearance: 'primary',
              busy: a.busy,
              disabled: this.#services.readOnly,
            }),
          )}
          <tandem-error .problem=${a.problem}></tandem-error>
          <div id="settings-result" tabindex="-1">
            ${this._saved ? alert('ok', t.settingsSaved, { role: 'status' }) : nothing}
            ${
              this._effect
                ? html`<tandem-load-bars .rows=${this._effect.before.members} .proposed=${this._effect.after.members} caption=${t.settingsEffect}></tandem-load-bars>`
                : nothing
            }
          </div>
        </form>`,
      )}`
  }

  #changed(): void {
    this._effect = undefined
    this._saved = false
  }

  #command(): { readonly type: string; readonly [k: string]: unknown } {
    const form = new FormData(this.renderRoot.querySelector('form')!)
    const settings = structuredClone(this.#settings.value ?? {}) as Record<
      string,
      number | Record<string, number>
    >
    for (const f of editable) {
      const value = Number(form.get(f.path.join('.')))
      if (f.path.length === 1) settings[f.path[0]!] = value
      else (settings[f.path[0]!] as Record<string, number>)[f.path[1]!] = value
    }
    return { type: 'ChangeTeamSettings', settings, reason: String(form.get('reason') ?? '') }
  }

  async #preview(): Promise<void> {
    // The change is recorded with its reason, so the preview asks for it too.
    const form = this.renderRoot.querySelector('form')
    if (!form || !this.#action.validate(form, this.#services.t)) return
    this._saved = false
    await this.#action.run(async () => {
      this._effect = await this.#services.preview([this.#command()])
    }, form)
  }

  async #save(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async () => {
      await this.#services.command(this.#command())
      this._effect = undefined
      this._saved = true
    })
  }
}
customElements.define('tandem-settings-screen', SettingsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-settings-screen': SettingsScreen
  }
}
