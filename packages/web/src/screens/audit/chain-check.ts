import { html, LitElement } from 'lit'
import type { ChainCheck } from '../../api/types.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/** Asks the server to verify the hash chain (`GET /api/audit/verify`) and says the result plainly. */
export class ChainCheckView extends LitElement {
  static override properties = { _result: { state: true } }
  static override styles = [sharedStyles]

  declare _result: ChainCheck | undefined
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  override render() {
    const { t } = this.#services.i18n
    const r = this._result
    return html`<button ?disabled=${this.#action.busy} @click=${this.#verify}>${t.verifyChain}</button>
      <div role="status">
        ${
          r
            ? r.ok
              ? html`<p class="notice">${t.chainOk(r.eventsChecked)}</p>`
              : html`<p class="badge danger">${t.chainBroken(`${r.position ?? '?'}${r.detail ? ` (${r.detail})` : ''}`)}</p>`
            : null
        }
      </div>
      <tandem-error .problem=${this.#action.problem}></tandem-error>`
  }

  async #verify(): Promise<void> {
    await this.#action.run(async () => {
      this._result = await this.#services.api.get<ChainCheck>('/api/audit/verify')
    })
  }
}
customElements.define('tandem-chain-check', ChainCheckView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-chain-check': ChainCheckView
  }
}
