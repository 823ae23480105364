// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../api/api-problem.ts'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { mount, textOf } from '../../testing/harness.ts'
import './norm-verdict.ts'

const refusal = new ApiProblem(
  422,
  'RegistrationRequired',
  { nl: 'Deze casus vraagt een geregistreerde professional.', en: 'x' },
  [],
  'R1',
  1,
)

const colleague = (name: string, status: 'valid' | 'none', absentToday = false): ProfessionalOption => ({
  professionalId: name.toLowerCase(),
  name,
  discipline: 'pedagoog',
  educationLevel: 'hbo',
  employment: 'employee',
  starter: false,
  contractHours: 32,
  registration: { status, register: status === 'none' ? null : 'SKJ', validUntil: null },
  expertise: [],
  absentToday,
  load: 0,
  capacity: { points: 40, contractHours: 32, fte: 0.9, pointsPerFte: 40, starterFactor: 1, presentShare: 1 },
  ratio: 0,
  overloaded: false,
})

const verdict = async (set: (el: HTMLElementTagNameMap['tandem-norm-verdict']) => void) => {
  const el = document.createElement('tandem-norm-verdict')
  set(el)
  return (await mount(el)).element
}

describe('<tandem-norm-verdict>', () => {
  it('names the rule the preview broke and which step of the decision was refused', async () => {
    const el = await verdict((v) => {
      v.problem = refusal
      v.steps = ['Casus beoordelen', 'Regie toewijzen']
    })
    expect(textOf(el)).toContain('Dit voldoet niet aan de norm. (Regel R1)')
    expect(textOf(el)).toContain('Geweigerd bij de stap: Regie toewijzen.')
  })

  it('offers the registered colleagues present today as the fix', async () => {
    const el = await verdict((v) => {
      v.problem = refusal
      v.professionals = [
        colleague('Anna', 'valid'),
        colleague('Bram', 'none'),
        colleague('Carla', 'valid', true),
      ]
    })
    const fix = el.shadowRoot!.querySelector('li')!.textContent!
    expect(fix).toContain('Anna')
    expect(fix).not.toContain('Bram')
    expect(fix).not.toContain('Carla')
  })

  it('asks for an exemption when the team chooses that way out', async () => {
    const el = await verdict((v) => {
      v.problem = refusal
    })
    let asked = false
    el.addEventListener('exemption-requested', () => (asked = true))
    el.shadowRoot!.querySelector('button')!.click()
    expect(asked).toBe(true)
  })

  it('says a decision meets the norm and lists the norm gaps it leaves', async () => {
    const el = await verdict((v) => {
      v.ok = true
      v.gaps = [
        {
          reference: '2026-003',
          name: 'Bram',
          professionalId: 'p2',
          rule: 'R4',
          code: 'TandemNeedsRegisteredRegisseur',
        },
      ]
    })
    expect(textOf(el)).toContain('Dit voldoet aan de norm.')
    expect(textOf(el)).toContain('2026-003: Bram — R4')
  })

  it('shows any other refusal as an ordinary error', async () => {
    const el = await verdict((v) => {
      v.problem = new ApiProblem(422, 'CaseClosed', { nl: 'De casus is gesloten.', en: 'x' })
    })
    expect(el.shadowRoot!.querySelector('tandem-error')).not.toBeNull()
  })
})
