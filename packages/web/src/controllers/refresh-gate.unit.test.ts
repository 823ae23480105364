import { describe, expect, it } from 'vitest'
import { RefreshGate } from './refresh-gate.ts'

describe('one refresh per change of the log', () => {
  it('refreshes once when the command reply and its live message name the same position', () => {
    const gate = new RefreshGate()
    expect([gate.admit(368), gate.admit(368)]).toEqual([true, false])
  })

  it('refreshes once when the live message comes before the reply', () => {
    const gate = new RefreshGate()
    expect(gate.admit(369)).toBe(true)
    expect(gate.admit(368)).toBe(false)
  })

  it('refreshes again for a colleague’s later change', () => {
    const gate = new RefreshGate()
    gate.admit(368)
    expect(gate.admit(370)).toBe(true)
  })

  it('refreshes for a change that carries no position', () => {
    const gate = new RefreshGate()
    gate.admit(368)
    expect(gate.admit(undefined)).toBe(true)
  })
})
