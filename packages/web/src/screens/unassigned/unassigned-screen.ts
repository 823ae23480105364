import { html, LitElement } from 'lit'
import type { UnassignedRegie } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import '../../ui/unassigned-table.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'

/** Zonder regie: every active case without a fitting regisseur, with the reason the domain gives. */
export class UnassignedScreen extends LitElement {
  static override styles = [componentStyles]
  readonly #services = new Services(this)
  readonly #rows = new ProjectionController<readonly UnassignedRegie[]>(
    this,
    this.#services,
    'unassigned-regie',
  )

  override render() {
    const { t } = this.#services.i18n
    return html`<h1 class="utrecht-heading-1">${t.unassignedTitle}</h1>
      <p class="utrecht-paragraph tandem-muted">${t.unassignedIntro}</p>
      ${renderLoaded(this.#rows, t, (rows) => html`<tandem-unassigned-table .rows=${rows}></tandem-unassigned-table>`)}`
  }
}
customElements.define('tandem-unassigned-screen', UnassignedScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-unassigned-screen': UnassignedScreen
  }
}
