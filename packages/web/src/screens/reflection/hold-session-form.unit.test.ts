// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { PlannedSession } from '../../api/types-planning.ts'
import { mount, settle } from '../../testing/harness.ts'
import './hold-session-form.ts'

const session: PlannedSession = {
  sessionId: 's1',
  kind: 'intervisie',
  on: '2026-03-02',
  hours: 2,
  participants: [
    { professionalId: 'p1', name: 'Anna' },
    { professionalId: 'p2', name: 'Bram' },
  ],
  overdue: false,
}

const render = async () => {
  const el = document.createElement('tandem-hold-session-form')
  el.session = session
  return mount(el, () => ({ status: 201, body: { events: [], position: 9 } }))
}

const input = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!

const submit = async (el: HTMLElementTagNameMap['tandem-hold-session-form']) => {
  el.shadowRoot!.querySelector('form')!.requestSubmit()
  await settle(el)
}

describe('<tandem-hold-session-form>', () => {
  it('records the session as held with who attended and the grades they gave', async () => {
    const { element, sent } = await render()
    input(element, 'grade-p1').value = '8'
    input(element, 'grade-p2').value = '6'
    await submit(element)
    expect(sent[0]?.body).toMatchObject({
      type: 'HoldReflectionSession',
      teamId: 't1',
      sessionId: 's1',
      attendees: ['p1', 'p2'],
      hours: 2,
      grades: [
        { professionalId: 'p1', grade: 8 },
        { professionalId: 'p2', grade: 6 },
      ],
    })
  })

  it('records no grade for an attendee who gave none', async () => {
    const { element, sent } = await render()
    input(element, 'grade-p1').value = '8'
    await submit(element)
    expect(sent[0]?.body).toMatchObject({ grades: [{ professionalId: 'p1', grade: 8 }] })
  })

  it('records no grades at all when nobody gave one', async () => {
    const { element, sent } = await render()
    await submit(element)
    expect(sent[0]?.body).toMatchObject({ attendees: ['p1', 'p2'], grades: [] })
  })

  it('leaves out a participant who did not attend, with their grade', async () => {
    const { element, sent } = await render()
    input(element, 'grade-p1').value = '9'
    input(element, 'grade-p2').value = '7'
    input(element, 'attendee').checked = false
    await submit(element)
    expect(sent[0]?.body).toMatchObject({ attendees: ['p2'], grades: [{ professionalId: 'p2', grade: 7 }] })
  })

  it('refuses a grade outside 1–10 before sending', async () => {
    const { element, sent } = await render()
    input(element, 'grade-p2').value = '11'
    await submit(element)
    expect(sent).toEqual([])
  })
})
