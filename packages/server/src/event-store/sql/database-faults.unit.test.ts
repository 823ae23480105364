import { describe, expect, it } from 'vitest'
import { DatabaseUnavailable } from '../errors.ts'
import { databaseFault } from './database-faults.ts'

const withCode = (code: string, message = 'driver message') => Object.assign(new Error(message), { code })

describe('a driver error', () => {
  it('is an unreachable database when the connection is refused', () => {
    expect(databaseFault(withCode('ECONNREFUSED'))).toMatchObject({
      condition: 'unreachable',
      code: 'ECONNREFUSED',
    })
  })

  it('is an unreachable database when PostgreSQL shuts down or restarts (57P01, 57P03)', () => {
    expect(databaseFault(withCode('57P01'))?.condition).toBe('unreachable')
    expect(databaseFault(withCode('57P03'))?.condition).toBe('unreachable')
  })

  it('is an unreachable database when node-postgres loses the connection', () => {
    expect(databaseFault(new Error('Connection terminated unexpectedly'))?.condition).toBe('unreachable')
  })

  it("is load, not an outage, when pg-pool's wait for a free connection runs out", () => {
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))?.condition).toBe('overloaded')
  })

  it('is a database that does not respond when the client-side timeout fires', () => {
    expect(databaseFault(new Error('Query read timeout'))).toMatchObject({
      condition: 'not-responding',
      code: 'Query read timeout',
    })
  })

  it('is a timeout when PostgreSQL cancels a statement past statement_timeout (57014)', () => {
    expect(databaseFault(withCode('57014'))?.condition).toBe('timeout')
  })

  it('is a full disk for SQLITE_FULL and PostgreSQL 53100, with a minute to wait', () => {
    expect(databaseFault(withCode('SQLITE_FULL'))).toMatchObject({
      condition: 'disk-full',
      retryAfterMs: 60_000,
    })
    expect(databaseFault(withCode('53100'))?.condition).toBe('disk-full')
  })

  it('is a read-only database for any SQLITE_READONLY and for a standby (25006)', () => {
    expect(databaseFault(withCode('SQLITE_READONLY_DIRECTORY'))?.condition).toBe('read-only')
    expect(databaseFault(withCode('25006'))?.condition).toBe('read-only')
  })

  it('is an I/O error for the SQLITE_IOERR family', () => {
    expect(databaseFault(withCode('SQLITE_IOERR_WRITE'))?.condition).toBe('io-error')
  })

  it('is found inside an AggregateError of several refused addresses', () => {
    const error = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'all failed')
    expect(databaseFault(error)?.condition).toBe('unreachable')
  })

  it('stays what it was when it is about the query: a unique violation, a syntax error', () => {
    expect(databaseFault(withCode('23505'))).toBeUndefined()
    expect(databaseFault(withCode('42601'))).toBeUndefined()
    expect(databaseFault(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined()
    expect(databaseFault(new TypeError('x is undefined'))).toBeUndefined()
  })

  it('that already is a DatabaseUnavailable is returned as it is', () => {
    const fault = new DatabaseUnavailable({ condition: 'busy', code: 'SQLITE_BUSY', retryAfterMs: 1000 })
    expect(databaseFault(fault)).toBe(fault)
  })
})
