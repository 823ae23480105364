import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class MyWeekScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.myWeek}</h1>`
  }
}
customElements.define('tandem-my-week-screen', MyWeekScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-my-week-screen': MyWeekScreen
  }
}
