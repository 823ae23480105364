import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class AuditScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.audit}</h1>`
  }
}
customElements.define('tandem-audit-screen', AuditScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-audit-screen': AuditScreen
  }
}
