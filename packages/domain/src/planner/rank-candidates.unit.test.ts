import { describe, expect, it } from 'vitest'
import { colleague, gedragswetenschapper, team, thuisbegeleider, waitingCase } from './fixtures.ts'
import { type RankInput, rankCandidates } from './rank-candidates.ts'

const unsafe = waitingCase('031', { indicators: { unsafe: true } })

const rank = (input: Omit<RankInput, 'on' | 'settings'>) =>
  rankCandidates({ ...team(input.professionals), ...input })

const regisseurIds = (input: Omit<RankInput, 'on' | 'settings'>) =>
  rank(input).regisseurs.map((suggestion) => suggestion.regisseur.professionalId)

describe('ranking candidates for one case', () => {
  it('never proposes an unregistered regisseur for an unsafe case without exemption', () => {
    const ranking = rank({ professionals: [colleague('anna'), thuisbegeleider('bo')], case: unsafe })
    expect(ranking.regisseurs.map((s) => s.regisseur.professionalId)).toEqual(['anna'])
    expect(ranking.excluded).toContainEqual(
      expect.objectContaining({
        professionalId: 'bo',
        role: 'regisseur',
        code: 'RegistrationRequired',
        rule: 'R1',
      }),
    )
  })

  it('lets an unregistered colleague hold regie when no indicator holds', () => {
    expect(regisseurIds({ professionals: [thuisbegeleider('bo')], case: waitingCase('032') })).toEqual(['bo'])
  })

  it('excludes a colleague whose registration lapsed, naming R7', () => {
    const lapsed = colleague('cas', {
      registrations: [{ register: 'SKJ', validFrom: '2021-01-01', validUntil: '2025-12-31' }],
    })
    const ranking = rank({ professionals: [lapsed], case: unsafe })
    expect(ranking.regisseurs).toEqual([])
    expect(ranking.excluded[0]).toMatchObject({ code: 'RegistrationLapsed', rule: 'R7' })
    expect(ranking.excluded[0]?.nl).toContain('registratie')
  })

  it('never proposes an intern as regisseur', () => {
    const ranking = rank({
      professionals: [colleague('ilse', { employment: 'intern' })],
      case: waitingCase('033'),
    })
    expect(ranking.excluded[0]).toMatchObject({ code: 'InternCannotHoldRegie', rule: 'R6' })
  })

  it('does not propose a colleague who is away today', () => {
    const away = colleague('dirk', { absences: [{ from: '2026-09-01', until: '2026-09-30' }] })
    expect(rank({ professionals: [away], case: unsafe }).excluded[0]).toMatchObject({
      code: 'ProfessionalAbsent',
    })
  })

  it('prefers the colleague who already knows the family', () => {
    const known = waitingCase('034', { knownBy: ['eva'] })
    expect(regisseurIds({ professionals: [colleague('anna'), colleague('eva')], case: known })[0]).toBe('eva')
  })

  it('says in Dutch and English that the colleague already knows the family', () => {
    const known = waitingCase('034', { knownBy: ['eva'] })
    const reasons = rank({ professionals: [colleague('eva')], case: known }).regisseurs[0]?.reasons
    expect(reasons).toContainEqual(
      expect.objectContaining({
        code: 'knows-family',
        nl: 'kent het gezin al',
        en: 'already knows the family',
      }),
    )
  })

  it('prefers the colleague with the expertise the case asks for, even with less room', () => {
    const trauma = waitingCase('035', { expertiseNeeded: ['trauma'] })
    const professionals = [
      colleague('anna', { load: 10 }),
      colleague('fenna', { load: 18, expertise: ['Trauma'] }),
    ]
    expect(regisseurIds({ professionals, case: trauma })[0]).toBe('fenna')
  })

  it('prefers the colleague with most room, and shows the ratio before and after', () => {
    const ranking = rank({
      professionals: [colleague('anna', { load: 30 }), colleague('gijs', { load: 20 })],
      case: unsafe,
    })
    expect(ranking.regisseurs.map((s) => s.regisseur.professionalId)).toEqual(['gijs', 'anna'])
    // moderate (2) + one indicator (0.5) = 2.5 points on 40: 50% → 56%
    expect(ranking.regisseurs[0]?.reasons[0]).toMatchObject({
      nl: 'heeft ruimte: 50% → 56%',
      en: 'has room: 50% → 56%',
    })
  })

  it('warns when taking the case would overload the colleague', () => {
    const ranking = rank({ professionals: [colleague('anna', { load: 44 })], case: unsafe })
    expect(ranking.regisseurs[0]?.reasons[0]).toMatchObject({ code: 'becomes-overloaded', tone: 'against' })
  })

  it('ranks a colleague whose registration ends during the case lower, and says so', () => {
    const ending = colleague('hans', {
      registrations: [{ register: 'SKJ', validFrom: '2021-10-01', validUntil: '2026-10-31' }],
    })
    const ranking = rank({ professionals: [ending, colleague('anna')], case: unsafe })
    expect(ranking.regisseurs.map((s) => s.regisseur.professionalId)).toEqual(['anna', 'hans'])
    expect(ranking.regisseurs[1]?.reasons).toContainEqual(
      expect.objectContaining({ code: 'registration-ends-during-case' }),
    )
  })

  it('ranks a colleague who is away in the coming weeks lower, and says when', () => {
    const leaving = colleague('iris', { absences: [{ from: '2026-09-14', until: '2026-09-25' }] })
    const ranking = rank({ professionals: [leaving, colleague('anna')], case: unsafe })
    expect(ranking.regisseurs[1]?.regisseur.professionalId).toBe('iris')
    expect(ranking.regisseurs[1]?.reasons).toContainEqual(
      expect.objectContaining({
        nl: 'afwezig 2026-09-14 t/m 2026-09-25',
        en: 'away 2026-09-14 to 2026-09-25',
      }),
    )
  })

  it('suggests a tandem with a thuisbegeleider whose expertise fits a case that needs registration', () => {
    const parenting = waitingCase('036', {
      indicators: { complexProblems: true },
      expertiseNeeded: ['opvoedondersteuning'],
    })
    const ranking = rank({ professionals: [colleague('anna'), thuisbegeleider('bo')], case: parenting })
    expect(ranking.suitsTandem).toBe(true)
    expect(ranking.tandems[0]).toMatchObject({
      regisseur: { professionalId: 'anna' },
      practitioner: { professionalId: 'bo' },
    })
  })

  it('charges a tandem on both caseloads with the tandem role factors', () => {
    const parenting = waitingCase('036', {
      indicators: { complexProblems: true },
      expertiseNeeded: ['opvoedondersteuning'],
    })
    const tandem = rank({ professionals: [colleague('anna'), thuisbegeleider('bo')], case: parenting })
      .tandems[0]
    expect(tandem?.regisseur.points).toBeCloseTo(2.5 * 0.7)
    expect(tandem?.practitioner?.points).toBeCloseTo(2.5 * 0.6)
  })

  it('does not suggest a tandem when the case needs no registration', () => {
    const light = waitingCase('037', { expertiseNeeded: ['opvoedondersteuning'] })
    const ranking = rank({ professionals: [colleague('anna'), thuisbegeleider('bo')], case: light })
    expect(ranking.suitsTandem).toBe(false)
    expect(ranking.tandems).toEqual([])
  })

  it('ranks two starters together below a starter with an experienced colleague', () => {
    const parenting = waitingCase('038', {
      indicators: { unsafe: true },
      expertiseNeeded: ['opvoedondersteuning'],
    })
    const professionals = [
      colleague('anna', { starter: true }),
      colleague('joost'),
      thuisbegeleider('bo', { starter: true }),
    ]
    const tandems = rank({ professionals, case: parenting }).tandems
    expect(tandems.map((t) => t.regisseur.professionalId)).toEqual(['joost', 'anna'])
    expect(tandems[1]?.reasons).toContainEqual(expect.objectContaining({ nl: 'twee starters samen' }))
  })

  it('names the practitioner in the reasons of a pair', () => {
    const parenting = waitingCase('036', {
      indicators: { complexProblems: true },
      expertiseNeeded: ['opvoedondersteuning'],
    })
    const tandem = rank({ professionals: [colleague('anna'), thuisbegeleider('bo')], case: parenting })
      .tandems[0]
    expect(tandem?.reasons).toContainEqual(
      expect.objectContaining({ nl: 'bo: heeft expertise: opvoedondersteuning' }),
    )
  })
})

describe('a gezinshuis case without a behavioural scientist (R5)', () => {
  const gezinshuis = waitingCase('040', { setting: 'gezinshuis', indicators: { complexProblems: true } })

  it('proposes a registered orthopedagoog with room to set the treatment plans, and says why', () => {
    const ranking = rank({
      professionals: [colleague('anna'), gedragswetenschapper('olga', { load: 10 })],
      case: gezinshuis,
    })
    expect(ranking.needsExpert).toBe(true)
    expect(ranking.experts.map((s) => s.expert.professionalId)).toEqual(['olga'])
    expect(ranking.experts[0]?.reasons[0]).toMatchObject({
      code: 'sets-treatment-plans',
      nl: 'geregistreerd gedragswetenschapper: stelt de behandelplannen van het gezinshuis vast',
      en: 'registered behavioural scientist: sets the gezinshuis treatment plans',
    })
  })

  it('does not propose a behavioural scientist whose registration lapsed, naming R7', () => {
    const lapsed = gedragswetenschapper('olga', {
      registrations: [{ register: 'SKJ', validFrom: '2021-01-01', validUntil: '2026-06-30' }],
    })
    const ranking = rank({ professionals: [colleague('anna'), lapsed], case: gezinshuis })
    expect(ranking.experts).toEqual([])
    expect(ranking.excluded).toContainEqual(
      expect.objectContaining({ professionalId: 'olga', role: 'behavioural-scientist', rule: 'R7' }),
    )
  })

  it('asks for no expert when a registered behavioural scientist is already on the case', () => {
    const withExpert = {
      ...gezinshuis,
      members: [{ professionalId: 'olga', role: 'behavioural-scientist' as const }],
    }
    const ranking = rank({
      professionals: [colleague('anna'), gedragswetenschapper('olga')],
      case: withExpert,
    })
    expect([ranking.needsExpert, ranking.experts]).toEqual([false, []])
  })

  it('asks for no expert on an ambulant case', () => {
    const ranking = rank({ professionals: [colleague('anna'), gedragswetenschapper('olga')], case: unsafe })
    expect(ranking.needsExpert).toBe(false)
  })
})
