// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { mount, type SentRequest, settle } from '../../testing/harness.ts'
import './assignment-form.ts'

const option = (professionalId: string, name: string): ProfessionalOption =>
  ({ professionalId, name, registration: { status: 'registered' }, ratio: 0.5, absentToday: false }) as never

const balance = { members: [], team: {} }
const answer = (request: SentRequest) =>
  request.url.endsWith('/preview')
    ? { status: 200, body: { events: [], before: balance, after: balance, normGaps: [] } }
    : { status: 201, body: { events: [], position: 9 } }

/** The form for case c1 with Anna as regisseur and Bram as tandem partner chosen, then saved. */
const save = async (meetingId?: string) => {
  const form = document.createElement('tandem-assignment-form')
  form.caseId = 'c1'
  form.professionals = [option('p1', 'Anna'), option('p2', 'Bram')]
  form.choice = { regisseurId: 'p1', practitionerId: 'p2' }
  const { element, sent } = await mount(form, answer, meetingId)
  element.shadowRoot!.querySelector('form')!.requestSubmit()
  await settle(element)
  return sent
}

describe('<tandem-assignment-form>', () => {
  it('saves regie and its tandem partner as one decision, recorded together or not at all', async () => {
    const sent = await save()
    const decisions = sent.filter((request) => request.url === '/api/decisions')
    expect(decisions).toHaveLength(1)
    expect(decisions[0]!.body).toEqual({
      commands: [
        { teamId: 't1', type: 'AssignRegie', caseId: 'c1', professionalId: 'p1' },
        {
          teamId: 't1',
          type: 'AddCaseMember',
          caseId: 'c1',
          professionalId: 'p2',
          role: 'tandem-practitioner',
        },
      ],
    })
    expect(sent.some((request) => request.url === '/api/commands')).toBe(false)
  })

  it('says the decision is taken in the meeting the screen decides in, and previews it there too', async () => {
    const sent = await save('m1')
    expect(sent.map((request) => (request.body as { meetingId?: string }).meetingId)).toEqual(['m1', 'm1'])
  })
})
