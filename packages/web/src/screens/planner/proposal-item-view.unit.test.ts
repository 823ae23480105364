// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ProposalItem, Ranking } from '../../api/types-planning.ts'
import { mount, settle, textOf } from '../../testing/harness.ts'
import './proposal-item-view.ts'

const placement = (professionalId: string, name: string) => ({
  professionalId,
  name,
  points: 2,
  ratioBefore: 0.5,
  ratioAfter: 0.6,
})

const item: ProposalItem = {
  caseId: 'c1',
  reference: '2026-001',
  regisseur: placement('p1', 'Anna'),
  reasons: [{ code: 'has-room', tone: 'for', nl: 'Heeft ruimte', en: 'Has room' }],
  commands: [
    { type: 'ReleaseRegie', teamId: 't1', caseId: 'c1', professionalId: 'p9', reason: 'afwezig' },
    { type: 'AssignRegie', teamId: 't1', caseId: 'c1', professionalId: 'p1' },
  ],
}

const ranking: Ranking = {
  caseId: 'c1',
  reference: '2026-001',
  weight: 3,
  needsRegistration: true,
  suitsTandem: false,
  regisseurs: [
    { regisseur: placement('p1', 'Anna'), score: 2, reasons: [] },
    { regisseur: placement('p3', 'Carla'), score: 1, reasons: [] },
  ],
  tandems: [],
  needsExpert: false,
  experts: [],
  excluded: [],
}

const edited = {
  commands: [
    { type: 'ReleaseRegie', teamId: 't1', caseId: 'c1', professionalId: 'p9', reason: 'afwezig' },
    { type: 'AssignRegie', teamId: 't1', caseId: 'c1', professionalId: 'p3' },
  ],
}

/** The commands recorded, in order: an accepted item is one decision, so one request holds them all. */
const commandsPosted = (sent: readonly { url: string; body: unknown }[]) => {
  const decisions = sent.filter((r) => r.url === '/api/decisions')
  expect(decisions.length).toBeLessThanOrEqual(1)
  return decisions.flatMap(
    (r) => (r.body as { commands: { type: string; professionalId: string }[] }).commands,
  )
}

const render = async () => {
  const el = document.createElement('tandem-proposal-item')
  el.item = item
  return mount(el, ({ url }) => {
    if (url.startsWith('/api/teams/t1/planner/cases/c1/commands'))
      return { status: 200, body: { data: edited } }
    if (url.startsWith('/api/teams/t1/planner/cases/c1')) return { status: 200, body: { data: ranking } }
    return { status: 201, body: { events: [], position: 1 } }
  })
}

const button = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!

describe('<tandem-proposal-item>', () => {
  it('accepting an item posts its commands for the team, release first, and marks it accepted', async () => {
    const { element, sent } = await render()
    button(element, 'Accepteren').click()
    await settle(element)
    expect(commandsPosted(sent).map((c) => c.type)).toEqual(['ReleaseRegie', 'AssignRegie'])
    expect(textOf(element)).toContain('geaccepteerd')
  })

  it('accepting an edited item posts the commands the server built for the other candidate', async () => {
    const { element, sent } = await render()
    button(element, 'Wijzigen').click()
    await settle(element)
    const select = element.shadowRoot!.querySelector('select')!
    select.value = '1'
    select.dispatchEvent(new Event('change'))
    await settle(element)
    button(element, 'Accepteren').click()
    await settle(element)
    expect(sent.some((r) => r.url.includes('/commands?regisseur=p3'))).toBe(true)
    expect(commandsPosted(sent)).toMatchObject([
      { type: 'ReleaseRegie', professionalId: 'p9' },
      { type: 'AssignRegie', professionalId: 'p3' },
    ])
  })

  it('rejecting an item sends nothing', async () => {
    const { element, sent } = await render()
    button(element, 'Afwijzen').click()
    await settle(element)
    expect(sent).toEqual([])
  })
})
