import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/** The coach answers a workload signal (AnswerWorkloadSignal, R11): the organisation must answer. */
export class SignalAnswerForm extends LitElement {
  static override properties = { signalId: {}, _problem: { state: true } }
  static override styles = [sharedStyles]

  declare signalId: string
  declare _problem: unknown
  readonly #services = new Services(this)

  constructor() {
    super()
    this.signalId = ''
  }

  override render() {
    const { t } = this.#services.i18n
    const id = `answer-${this.signalId}`
    return html`<form @submit=${this.#submit}>
      <div class="field">
        <label for=${id}>${t.signalAnswer}</label>
        <textarea id=${id} name="answer" required></textarea>
      </div>
      <tandem-error .problem=${this._problem}></tandem-error>
      <button type="submit" class="secondary" ?disabled=${this.#services.readOnly}>${t.answerSignal}</button>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    this._problem = undefined
    try {
      await this.#services.command({
        type: 'AnswerWorkloadSignal',
        signalId: this.signalId,
        answer: String(new FormData(event.target as HTMLFormElement).get('answer') ?? ''),
      })
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-signal-answer-form', SignalAnswerForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-signal-answer-form': SignalAnswerForm
  }
}
