import { html, LitElement, nothing } from 'lit'
import type { PreviewReply } from '../../api/types-planning.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import '../../ui/load-bars.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/**
 * The team's settings as the domain defines them (docs/architecture.md#weighting-and-capacity); nested groups
 * of numbers.
 */
type Settings = Readonly<Record<string, number | Readonly<Record<string, number>>>>

/** The fields a team edits here; the rest of the settings are sent back unchanged. */
const editable: readonly { readonly path: readonly string[]; readonly step: number }[] = [
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
  static override properties = { _problem: { state: true }, _effect: { state: true }, _note: { state: true } }
  // The effect is the domain's: the preview folds the change and returns the balance before and after.
  static override styles = [sharedStyles]

  declare _problem: unknown
  declare _effect: PreviewReply | undefined
  declare _note: string | undefined
  readonly #services = new Services(this)
  readonly #settings = new ProjectionController<Settings>(this, this.#services, 'settings')

  override render() {
    const { t } = this.#services.i18n
    const label = (path: readonly string[]) =>
      path[0] === 'intensityPoints'
        ? `${t.intensityPoints}: ${t.intensity[path[1]!]}`
        : path[0] === 'roleFactors'
          ? `${t.roleFactors}: ${t.roleFactorNames[path[1]!] ?? path[1]}`
          : path[0] === 'indicatorPoints'
            ? t.indicatorPoints
            : path[0] === 'pointsPerFte'
              ? t.pointsPerFte
              : t.reflectionNorm
    return html`<h1>${t.settingsTitle}</h1>
      ${renderLoaded(
        this.#settings,
        t,
        (s) => html`<form @submit=${this.#save} @change=${() => (this._effect = undefined)}>
          <div class="row">
            ${editable.map(
              (f) => html`<div class="field">
                <label for=${f.path.join('.')}>${label(f.path)}</label>
                <input id=${f.path.join('.')} name=${f.path.join('.')} type="number" min="0" step=${f.step} .value=${String(read(s, f.path))} />
              </div>`,
            )}
          </div>
          <div class="field">
            <label for="reason">${t.settingsReason}</label>
            <textarea id="reason" name="reason" required></textarea>
          </div>
          <div class="row">
            <button type="button" class="secondary" @click=${this.#preview}>${t.showEffect}</button>
            <button type="submit" ?disabled=${this.#services.readOnly}>${t.save}</button>
          </div>
          <tandem-error .problem=${this._problem}></tandem-error>
          ${this._note ? html`<p class="muted" role="status">${this._note}</p>` : nothing}
          ${
            this._effect
              ? html`<tandem-load-bars .rows=${this._effect.before.members} .proposed=${this._effect.after.members} caption=${t.settingsEffect}></tandem-load-bars>`
              : nothing
          }
        </form>`,
      )}`
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
    if (!this.renderRoot.querySelector('form')?.reportValidity()) return
    this._problem = undefined
    this._note = undefined
    try {
      this._effect = await this.#services.preview([this.#command()])
    } catch (problem) {
      this._problem = problem
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    this._problem = undefined
    try {
      await this.#services.command(this.#command())
      this._effect = undefined
      this._note = this.#services.t.saved
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-settings-screen', SettingsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-settings-screen': SettingsScreen
  }
}
