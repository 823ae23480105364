import { describe, expect, it } from 'vitest'
import type { Me } from '../api/types.ts'
import { routeFromHash, visibleRoutes } from './routes.ts'

const me = (role: Me['role'], professionalId?: string): Me => ({
  id: 'a',
  username: 'u',
  displayName: 'U',
  role,
  teamIds: ['t1'],
  ...(professionalId ? { professionalId } : {}),
})

describe('routes', () => {
  it('open a Dutch slug on its screen', () => {
    expect(routeFromHash('#/zonder-regie', me('coach')).id).toBe('unassigned')
  })

  it('land an auditor on the audit and a team member on the meeting', () => {
    expect(routeFromHash('', me('auditor')).id).toBe('audit')
    expect(routeFromHash('#/unknown', me('professional', 'p1')).id).toBe('meeting')
  })

  it('give an admin the accounts screen and no team screens', () => {
    expect(visibleRoutes(me('admin')).map((r) => r.id)).toEqual(['accounts'])
    expect(routeFromHash('', me('admin')).id).toBe('accounts')
  })

  it('offer "Mijn week" only to someone who is a professional on a team', () => {
    expect(visibleRoutes(me('auditor')).some((r) => r.id === 'myWeek')).toBe(false)
    expect(visibleRoutes(me('professional', 'p1')).some((r) => r.id === 'myWeek')).toBe(true)
  })

  it('offer the audit to the coach and the auditor, not to a professional the server would refuse', () => {
    expect(visibleRoutes(me('coach')).some((r) => r.id === 'audit')).toBe(true)
    expect(visibleRoutes(me('auditor')).some((r) => r.id === 'audit')).toBe(true)
    expect(visibleRoutes(me('professional', 'p1')).some((r) => r.id === 'audit')).toBe(false)
  })
})
