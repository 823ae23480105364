// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { MeetingProposal } from '../../api/types-planning.ts'
import { mount, settle, textOf } from '../../testing/harness.ts'
import './meeting-proposal.ts'

const proposal: MeetingProposal = {
  items: [],
  unplaced: [
    {
      caseId: 'c2',
      reference: '2026-002',
      excluded: [
        {
          professionalId: 'p2',
          name: 'Bram',
          role: 'regisseur',
          code: 'RegistrationRequired',
          rule: 'R1',
          nl: 'Bram is niet geregistreerd.',
          en: 'Bram is not registered.',
        },
      ],
    },
  ],
  balance: [],
  maxRatio: 0.8,
  sumSquares: 0.64,
  lowerBound: 0.75,
  optimal: false,
}

const propose = async () => {
  const { element, sent } = await mount(document.createElement('tandem-meeting-proposal'), () => ({
    status: 200,
    body: { data: proposal },
  }))
  element.shadowRoot!.querySelector('button')!.click()
  await settle(element)
  return { element, sent }
}

describe('<tandem-meeting-proposal>', () => {
  it('asks the server for a proposal only when the team asks for one', async () => {
    const { element, sent } = await mount(document.createElement('tandem-meeting-proposal'))
    expect(sent).toEqual([])
    element.shadowRoot!.querySelector('button')!.click()
    await settle(element)
    expect(sent.map((r) => r.url)).toEqual(['/api/teams/t1/planner/meeting'])
  })

  it('says when the highest load is not proven to be the lowest possible', async () => {
    const { element } = await propose()
    expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('niet bewezen')
  })

  it('shows the rule that excluded a colleague from an unplaced case', async () => {
    const { element } = await propose()
    const list = element.shadowRoot!.querySelector('tandem-exclusion-list')!
    await list.updateComplete
    expect(textOf(list)).toContain('R1')
    expect(textOf(list)).toContain('Bram is niet geregistreerd.')
  })
})

const itemFor = (caseId: string, professionalId: string) => ({
  caseId,
  reference: `2026-${caseId}`,
  regisseur: { professionalId, name: professionalId, points: 2, ratioBefore: 0.5, ratioAfter: 0.6 },
  reasons: [],
  commands: [{ type: 'AssignRegie', teamId: 't1', caseId, professionalId }],
})

describe('<tandem-meeting-proposal> accepting every open item', () => {
  it('records the open items as one decision, all or none, and marks them accepted', async () => {
    const twoItems = { ...proposal, unplaced: [], items: [itemFor('c1', 'p1'), itemFor('c2', 'p2')] }
    const { element, sent } = await mount(document.createElement('tandem-meeting-proposal'), ({ url }) =>
      url === '/api/decisions'
        ? { status: 201, body: { events: [], position: 4 } }
        : { status: 200, body: { data: twoItems } },
    )
    element.shadowRoot!.querySelector('button')!.click()
    await settle(element)
    const acceptAll = [...element.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Alle open voorstellen accepteren',
    )!
    acceptAll.click()
    await settle(element)
    const decisions = sent.filter((request) => request.url === '/api/decisions')
    expect(decisions.map((request) => request.body)).toEqual([
      {
        commands: [
          { teamId: 't1', type: 'AssignRegie', caseId: 'c1', professionalId: 'p1' },
          { teamId: 't1', type: 'AssignRegie', caseId: 'c2', professionalId: 'p2' },
        ],
      },
    ])
    const items = [...element.shadowRoot!.querySelectorAll('tandem-proposal-item')]
    expect(items.map((item) => item.open)).toEqual([false, false])
    expect(textOf(element)).not.toContain('Alle open voorstellen accepteren')
  })
})
