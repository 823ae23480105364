import { html, LitElement, nothing } from 'lit'
import type { ChainCheck } from '../../api/types.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { alert } from '../../ui/feedback.ts'
import '../../ui/tandem-error.ts'

/** Asks the server to verify the hash chain (`GET /api/audit/verify`) and says the result plainly. */
export class ChainCheckView extends LitElement {
  static override properties = { _result: { state: true } }
  static override styles = [componentStyles]

  declare _result: ChainCheck | undefined
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#chain-result'),
  })

  override render() {
    const { t } = this.#services.i18n
    const r = this._result
    return html`${button({ label: t.verifyChain, busy: this.#action.busy, onClick: () => void this.#verify() })}
      ${
        r
          ? r.ok
            ? alert('ok', t.chainOk(r.eventsChecked), { role: 'status', id: 'chain-result' })
            : alert('danger', t.chainBroken(`${r.position ?? '?'}${r.detail ? ` (${r.detail})` : ''}`), {
                role: 'alert',
                id: 'chain-result',
              })
          : nothing
      }
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
