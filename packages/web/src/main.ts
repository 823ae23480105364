import { html, LitElement } from 'lit'

/** Placeholder shell until the web issue lands: proves the build and the server's static serving. */
export class TandemApp extends LitElement {
  override render() {
    return html`<h1>Tandem</h1>
      <p>Caseload en tandemplanning voor jeugdteams.</p>`
  }
}
customElements.define('tandem-app', TandemApp)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-app': TandemApp
  }
}
