import { html, LitElement } from 'lit'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { control, field } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

/** The coach answers a workload signal (AnswerWorkloadSignal, R11): the organisation must answer. */
export class SignalAnswerForm extends LitElement {
  static override properties = { signalId: {} }
  static override styles = [componentStyles]

  declare signalId: string
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  constructor() {
    super()
    this.signalId = ''
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<form novalidate @submit=${this.#submit}>
      ${errorSummary(a, t)}
      ${field(
        { id: `answer-${this.signalId}`, label: t.signalAnswer, error: a.errorFor('answer') },
        (c) =>
          html`<textarea id=${c.id} name="answer" class=${control.textarea} required
            aria-describedby=${c.describedBy} aria-invalid=${c.invalid}></textarea>`,
      )}
      <tandem-error .problem=${a.problem}></tandem-error>
      ${button({ label: t.answerSignal, type: 'submit', busy: a.busy, disabled: this.#services.readOnly })}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async (form) => {
      await this.#services.command({
        type: 'AnswerWorkloadSignal',
        signalId: this.signalId,
        answer: String(form.get('answer') ?? ''),
      })
    })
  }
}
customElements.define('tandem-signal-answer-form', SignalAnswerForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-signal-answer-form': SignalAnswerForm
  }
}
