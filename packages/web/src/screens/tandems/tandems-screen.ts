import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class TandemsScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.tandems}</h1>`
  }
}
customElements.define('tandem-tandems-screen', TandemsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-tandems-screen': TandemsScreen
  }
}
