import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class BalanceScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.balance}</h1>`
  }
}
customElements.define('tandem-balance-screen', BalanceScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-balance-screen': BalanceScreen
  }
}
