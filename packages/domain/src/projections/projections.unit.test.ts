import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Intensity } from '../shared/vocabulary.ts'
import { addDays } from './dates.ts'
import { foldEvents, type Projection } from './projection.ts'
import { reflectionProjection } from './reflection/reflection-projection.ts'
import { reflectionReport } from './reflection/reflection-report.ts'
import { balanceHistory } from './team/balance-history.ts'
import { caseloadBalance } from './team/caseload-balance.ts'
import { meetingAgenda } from './team/meeting-agenda.ts'
import { normAudit } from './team/norm-audit.ts'
import { teamProjection } from './team/team-projection.ts'
import { TeamLog } from './testing/team-log.ts'

const people = ['anna', 'bram', 'tom', 'iris']
const cases = ['c1', 'c2', 'c3', 'c4', 'c5']
const person = fc.constantFrom(...people)
const caseId = fc.constantFrom(...cases)
const intensity = fc.constantFrom<Intensity>('light', 'moderate', 'heavy', 'crisis')

/** One step of a team's life; steps that do not fit the state (an unknown case) the folds ignore. */
const step = fc.oneof(
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.join(p, { hours: 18 + people.indexOf(p) * 4 }),
  ),
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.registration(p, '2021-01-01', '2026-03-31'),
  ),
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.renew(p, '2031-01-01'),
  ),
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.absent(p, '2026-02-02', '2026-02-13'),
  ),
  fc.tuple(caseId).map(
    ([c]) =>
      (log: TeamLog) =>
        log.receive(c, `2026-${c}`),
  ),
  fc.tuple(caseId, intensity, fc.boolean()).map(
    ([c, i, unsafe]) =>
      (log: TeamLog) =>
        log.assess(c, i, { unsafe }),
  ),
  fc.tuple(caseId, person).map(
    ([c, p]) =>
      (log: TeamLog) =>
        log.regie(c, p),
  ),
  fc.tuple(caseId, person).map(
    ([c, p]) =>
      (log: TeamLog) =>
        log.release(c, p),
  ),
  fc.tuple(caseId, person).map(
    ([c, p]) =>
      (log: TeamLog) =>
        log.member(c, p, 'tandem-practitioner'),
  ),
  fc.tuple(caseId, person).map(
    ([c, p]) =>
      (log: TeamLog) =>
        log.member(c, p, 'co-worker'),
  ),
  fc.tuple(caseId, person, person).map(
    ([c, p, q]) =>
      (log: TeamLog) =>
        log.contact(c, p, q),
  ),
  fc.tuple(caseId).map(
    ([c]) =>
      (log: TeamLog) =>
        log.close(c),
  ),
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.plan(`s-${p}`, '2026-02-11', [p]),
  ),
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.hold(`s-${p}`, [p], [7]),
  ),
  fc.tuple(person).map(
    ([p]) =>
      (log: TeamLog) =>
        log.cancel(`s-${p}`),
  ),
)

/** A random team log: steps spread over the first months of 2026. */
const teamLog = fc.array(fc.tuple(step, fc.integer({ min: 0, max: 4 })), { maxLength: 60 }).map((steps) => {
  const log = new TeamLog('2026-01-05')
  let day = '2026-01-05'
  for (const [apply, gap] of steps) {
    day = addDays(day, gap)
    apply(log.on(day))
  }
  return log.events
})

const checkpoint = <S>(state: S): S => JSON.parse(JSON.stringify(state))
const asOf = '2026-04-15'

const foldsAgree = <S>(projection: Projection<S>, view: (state: S) => unknown) =>
  fc.property(teamLog, fc.nat(), (events, cut) => {
    const at = events.length === 0 ? 0 : cut % events.length
    const whole = foldEvents(projection, events)
    const first = checkpoint(foldEvents(projection, events.slice(0, at)))
    const resumed = foldEvents(projection, events.slice(at), { from: first })
    expect(checkpoint(resumed)).toEqual(checkpoint(whole))
    expect(view(resumed)).toEqual(view(whole))
  })

describe('projections as folds', () => {
  it('give the same team state folded at once or in two halves across a JSON checkpoint', () => {
    fc.assert(
      foldsAgree(teamProjection, (state) => [
        caseloadBalance(state, asOf),
        meetingAgenda(state, asOf),
        normAudit(state, asOf),
        balanceHistory(state, asOf),
      ]),
      { numRuns: 150 },
    )
  })

  it('give the same reflection report folded at once or in two halves', () => {
    fc.assert(
      foldsAgree(reflectionProjection, (state) => reflectionReport(state, asOf)),
      { numRuns: 150 },
    )
  })

  it('keep every load equal to the sum of its parts, and the team load to the sum of loads', () => {
    fc.assert(
      fc.property(teamLog, (events) => {
        const balance = caseloadBalance(foldEvents(teamProjection, events), asOf)
        for (const member of balance.members) {
          expect(member.load.points).toBeCloseTo(
            member.load.parts.reduce((sum, part) => sum + part.points, 0),
            9,
          )
          for (const part of member.load.parts) expect(part.points).toBeCloseTo(part.weight * part.factor, 9)
        }
        const total = balance.members.reduce((sum, member) => sum + member.load.points, 0)
        expect(balance.team.load).toBeCloseTo(total, 9)
      }),
      { numRuns: 150 },
    )
  })
})
