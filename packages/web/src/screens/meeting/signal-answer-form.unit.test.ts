// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount, settle, textOf } from '../../testing/harness.ts'
import './signal-answer-form.ts'

const render = async (status = 201, body: unknown = { events: [], position: 3 }) => {
  const el = document.createElement('tandem-signal-answer-form')
  el.signalId = 'sig1'
  return mount(el, () => ({ status, body }))
}

const answer = async (el: HTMLElementTagNameMap['tandem-signal-answer-form'], text: string) => {
  el.shadowRoot!.querySelector('textarea')!.value = text
  el.shadowRoot!.querySelector('form')!.requestSubmit()
  await settle(el)
}

describe('<tandem-signal-answer-form>', () => {
  it('sends the coach’s answer to the signal for the team', async () => {
    const { element, sent } = await render()
    await answer(element, 'We nemen twee casussen over; gesprek volgende week.')
    expect(sent[0]?.body).toEqual({
      type: 'AnswerWorkloadSignal',
      teamId: 't1',
      signalId: 'sig1',
      answer: 'We nemen twee casussen over; gesprek volgende week.',
    })
  })

  it('refuses an empty answer before sending', async () => {
    const { element, sent } = await render()
    await answer(element, '')
    expect(sent).toEqual([])
  })

  it('lists the empty answer in an error summary at the top that links to the field', async () => {
    const { element } = await render()
    await answer(element, '')
    const summary = element.shadowRoot!.querySelector('.tandem-error-summary')!
    expect(summary.textContent).toContain('Er is een probleem')
    const link = summary.querySelector('a')!
    expect(link.getAttribute('href')).toBe('#answer-sig1')
    expect(link.textContent).toContain('Antwoord van de organisatie')
    expect(element.shadowRoot!.querySelector('#answer-sig1')?.getAttribute('aria-invalid')).toBe('true')
  })

  it('shows the server’s refusal with its rule', async () => {
    const { element } = await render(422, {
      error: {
        code: 'SignalAlreadyAnswered',
        rule: 'R11',
        message: { nl: 'Dit signaal is al beantwoord.', en: 'x' },
        issues: [],
      },
    })
    await answer(element, 'Antwoord')
    const error = element.shadowRoot!.querySelector('tandem-error')!
    await error.updateComplete
    expect(textOf(error)).toContain('Regel R11 Dit signaal is al beantwoord.')
  })
})
