import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class UnassignedScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.unassigned}</h1>`
  }
}
customElements.define('tandem-unassigned-screen', UnassignedScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-unassigned-screen': UnassignedScreen
  }
}
