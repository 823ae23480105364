import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import type { Principal } from '../accounts/principal.ts'
import { MemoryEventStore } from '../event-store/memory/memory-event-store.ts'
import type { DecisionRequest } from './command-body.ts'
import { createCommandService } from './command-service.ts'
import { DeciderCache } from './decider-cache.ts'

const principal = (role: Principal['role']): Principal => ({
  accountId: `acc-${role}`,
  role,
  teamIds: ['noord'],
  professionalId: undefined,
  via: 'bearer',
  csrfToken: undefined,
})

const decision = (commands: DecisionRequest['commands'], options: Partial<DecisionRequest> = {}) =>
  ({
    teamId: 'noord',
    commands,
    expectedVersion: undefined,
    commandId: undefined,
    meetingId: undefined,
    listed: true,
    ...options,
  }) satisfies DecisionRequest

const registerCase = (caseId: string) =>
  ({
    _tag: 'RegisterCase',
    teamId: 'noord',
    caseId,
    reference: `2026-${caseId}`,
    receivedOn: '2026-03-01',
    setting: 'ambulant',
    expertiseNeeded: [],
  }) as const

/** A command service over an in-memory store, with team noord founded. */
const founded = async () => {
  const store = new MemoryEventStore()
  const commands = createCommandService({
    store,
    cache: new DeciderCache(store),
    clock: () => new Date('2026-03-02T09:00:00Z'),
    newId: () => 'correlation',
    onAppended: () => {},
  })
  const found = { _tag: 'FoundTeam', teamId: 'noord', name: 'Noord' } as const
  Result.getOrThrow(await commands.execute(decision([found]), principal('admin')))
  return { store, commands }
}

/** Failures say what went wrong in the service's terms; only the HTTP edge knows statuses. */
describe('the command service returns typed failures, never HTTP errors', () => {
  it('returns the domain refusal of a decision, naming its command, and appends nothing', async () => {
    const tandem = await founded()
    const head = await tandem.store.head()
    const result = await tandem.commands.execute(
      decision([registerCase('c1'), registerCase('c1')]),
      principal('coach'),
    )
    const failure = Result.getOrThrow(Result.flip(result))
    expect(failure).toMatchObject({ kind: 'Rejected', code: 'DuplicateId', index: 1 })
    expect(failure).not.toHaveProperty('status')
    expect(await tandem.store.head()).toBe(head)
  })

  it('returns a stale expectedVersion as a conflict', async () => {
    const tandem = await founded()
    const result = await tandem.commands.execute(
      decision([registerCase('c2')], { expectedVersion: 7 }),
      principal('coach'),
    )
    expect(Result.getOrThrow(Result.flip(result))).toMatchObject({
      kind: 'Conflict',
      code: 'StaleExpectedVersion',
    })
  })

  it('returns a refusal for the role as forbidden, saying who may', async () => {
    const tandem = await founded()
    const result = await tandem.commands.execute(decision([registerCase('c3')]), principal('auditor'))
    expect(Result.getOrThrow(Result.flip(result))).toMatchObject({
      kind: 'Forbidden',
      code: 'NotAllowedForRole',
      text: { en: 'Only a professional of the team or the team coach can record this.' },
    })
  })
})
