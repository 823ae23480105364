import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

export class MeetingScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)

  override render() {
    return html`<h1>${this.#services.t.routes.meeting}</h1>`
  }
}
customElements.define('tandem-meeting-screen', MeetingScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-screen': MeetingScreen
  }
}
