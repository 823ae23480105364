import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class ReflectionScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.reflection}</h1>`
  }
}
customElements.define('tandem-reflection-screen', ReflectionScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-reflection-screen': ReflectionScreen
  }
}
