import { describe, expect, it } from 'vitest'
import { memoryLogger } from '../log/logger.ts'
import { DatabaseHealth } from './database-health.ts'
import { DatabaseUnavailable } from './errors.ts'

const refused = () =>
  new DatabaseUnavailable({ condition: 'unreachable', code: 'ECONNREFUSED', retryAfterMs: 1000 })
const full = () =>
  new DatabaseUnavailable({ condition: 'disk-full', code: 'SQLITE_FULL', retryAfterMs: 60_000 })

/** A health on a clock the test moves, without jitter. */
const healthAt = () => {
  const clock = { now: 0 }
  const log = memoryLogger()
  const reconnects: string[] = []
  const faults: string[] = []
  const health = new DatabaseHealth({
    log,
    now: () => clock.now,
    random: () => 0.5,
    onReconnect: (connection) => reconnects.push(connection),
    onFault: (fault) => faults.push(fault.condition),
  })
  return { health, clock, log, reconnects, faults }
}

describe('the database health', () => {
  it('lets every query through while the database answers', () => {
    const { health } = healthAt()
    expect(() => health.admit()).not.toThrow()
    expect(health.reachable).toBe(true)
  })

  it('fails queries at once, with the wait, after a connection could not be made', () => {
    const { health, clock } = healthAt()
    health.fault(refused(), 'unreachable')
    clock.now = 100
    expect(health.reachable).toBe(false)
    expect(() => health.admit()).toThrow(DatabaseUnavailable)
    try {
      health.admit()
    } catch (error) {
      expect((error as DatabaseUnavailable).retryAfterMs).toBe(150)
    }
  })

  it('lets a query through once the backoff passed, and waits twice as long after it fails too', () => {
    const { health, clock } = healthAt()
    health.fault(refused(), 'unreachable')
    clock.now = 250
    expect(() => health.admit()).not.toThrow()
    const second = health.fault(refused(), 'unreachable')
    expect(second.retryAfterMs).toBe(500)
  })

  it('does not lengthen the wait for queries that fail within the same round', () => {
    const { health, clock } = healthAt()
    health.fault(refused(), 'unreachable')
    clock.now = 10
    expect(health.fault(refused(), 'unreachable').retryAfterMs).toBe(240)
  })

  it('is reachable again on the first answer, counting one reconnect and logging it', () => {
    const { health, clock, reconnects, log } = healthAt()
    health.fault(refused(), 'unreachable')
    clock.now = 300
    health.report('answered')
    expect(health.reachable).toBe(true)
    expect(reconnects).toEqual(['pool'])
    expect(log.lines.at(-1)).toContain('"message":"database reachable again","afterMs":300')
  })

  it('stays reachable when one connection breaks: the next may well work', () => {
    const { health } = healthAt()
    health.fault(refused(), 'neutral')
    expect(health.reachable).toBe(true)
    expect(() => health.admit()).not.toThrow()
  })

  it('counts every fault but logs a condition once per ten seconds', () => {
    const { health, clock, log, faults } = healthAt()
    health.fault(full(), 'answered')
    clock.now = 5000
    health.fault(full(), 'answered')
    clock.now = 10_000
    health.fault(full(), 'answered')
    expect(faults).toEqual(['disk-full', 'disk-full', 'disk-full'])
    expect(log.lines.filter((line) => line.includes('SQLITE_FULL'))).toHaveLength(2)
  })
})
