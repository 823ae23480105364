import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class SettingsScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.settings}</h1>`
  }
}
customElements.define('tandem-settings-screen', SettingsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-settings-screen': SettingsScreen
  }
}
