import { caseIdOf, professionalIdOf, SCALE, teamIdOf } from './seed-teams.ts'

const pick = (n: number) => Math.floor(Math.random() * n)

let next = 0

/**
 * The command mix, over all teams: half new cases, a third re-assessments of seeded cases, the rest
 * contract changes; every command one a team would accept, so any non-2xx is the server's doing.
 */
export const commandBody = () => {
  const t = pick(SCALE.teams)
  const teamId = teamIdOf(t)
  const roll = Math.random()
  if (roll < 0.5) {
    next++
    return {
      type: 'RegisterCase',
      teamId,
      caseId: `load-${next}`,
      reference: `L-${next}`,
      receivedOn: '2026-03-01',
      setting: 'ambulant',
      expertiseNeeded: [],
    }
  }
  if (roll < 0.83)
    return {
      type: 'AssessCase',
      teamId,
      caseId: caseIdOf(t, pick(SCALE.casesPerTeam)),
      indicators: {
        unsafe: roll < 0.6,
        heavyResponsibility: false,
        complexProblems: true,
        highImpact: false,
      },
      intensity: 'heavy',
      reasoning: 'Herbeoordeeld in het verdeeloverleg.',
    }
  return {
    type: 'ChangeContract',
    teamId,
    professionalId: professionalIdOf(t, pick(SCALE.professionalsPerTeam)),
    contractHours: 24 + pick(13),
  }
}

export const COMMAND_MIX = '50% RegisterCase, 33% AssessCase, 17% ChangeContract over 100 teams'
