import { Result } from 'effect'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../scripts/catalogue/generate.ts'
import { demoLogPath, renderDemoLog } from '../../scripts/demo/render.ts'
import { evolve } from '../decider/evolve.ts'
import { initialState } from '../decider/state.ts'
import { decodeEvent } from '../events/codec.ts'
import type { TeamEvent } from '../events/index.ts'

const committed = ts.sys.readFile(`${repositoryRoot()}/${demoLogPath}`) ?? ''
const lines = committed
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))

describe('the demo log', () => {
  it('is what the demo script produces today (else: npx tsx packages/domain/scripts/demo-log.ts)', () => {
    expect(renderDemoLog()).toBe(committed)
  })

  it('holds only events that decode with the current catalogue, on one team stream', () => {
    const events: TeamEvent[] = lines.map((line) => Result.getOrThrow(decodeEvent(line)))
    expect(new Set(lines.map((line) => line.streamId))).toEqual(new Set(['team-demo-noord']))
    const state = events.reduce(evolve, initialState())
    expect(state.status).toBe('founded')
  })

  it('is in time order, with who decided and in which role on every line', () => {
    const moments = lines.map((line) => line.metadata.occurredAt)
    expect(moments).toEqual([...moments].sort())
    for (const { metadata } of lines) {
      expect(['professional', 'coach', 'admin']).toContain(metadata.role)
      expect(metadata.actor).toMatch(/^(user-p\d\d|coach-1|admin-1)$/)
    }
    expect(moments.at(-1)! < '2026-11-21').toBe(true)
  })

  it('tells the story the demo promises: 13 colleagues, 60 cases, tandems, a gezinshuis, a lapse, reflection, signals', () => {
    const count = (type: string) => lines.filter((line) => line.type === type).length
    expect(count('ProfessionalJoined')).toBe(13)
    expect(count('CaseRegistered')).toBe(60)
    expect(
      lines.filter((l) => l.type === 'CaseRegistered').every((l) => /^2026-\d{3}$/.test(l.data.reference)),
    ).toBe(true)
    const roles = new Set(lines.filter((l) => l.type === 'CaseMemberAdded').map((l) => l.data.role))
    expect(roles).toEqual(
      new Set(['tandem-practitioner', 'gezinshuisouder', 'behavioural-scientist', 'intern', 'co-worker']),
    )
    expect(
      lines.some(
        (l) => l.type === 'RegieAssigned' && l.data.exemption?.ground === 'close-cooperation-with-registered',
      ),
    ).toBe(true)
    expect(lines.some((l) => l.type === 'ReflectionSessionCancelled' && l.data.reason === 'workload')).toBe(
      true,
    )
    expect(count('WorkloadSignalRaised')).toBeGreaterThan(count('WorkloadSignalAnswered'))
    expect(count('MeetingOpened')).toBe(13)
  })
})
