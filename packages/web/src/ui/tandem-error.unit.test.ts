// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../api/api-problem.ts'
import './tandem-error.ts'

describe('<tandem-error>', () => {
  it('announces the rule, the failing fields and what would fix it', async () => {
    const el = document.createElement('tandem-error')
    el.problem = new ApiProblem(
      422,
      'RegistrationRequired',
      { nl: 'Deze casus vraagt registratie.', en: 'x' },
      [{ path: '/professionalId', message: 'niet geregistreerd' }],
    )
    document.body.append(el)
    await el.updateComplete
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Deze casus vraagt registratie.')
    expect(alert.textContent).toContain('/professionalId')
    expect(alert.textContent).toContain('tenzij-bepaling')
  })

  it('names the rule of the norm beside the message when the server gives one', async () => {
    const el = document.createElement('tandem-error')
    el.problem = new ApiProblem(
      422,
      'RegistrationRequired',
      { nl: 'Deze casus vraagt registratie.', en: 'x' },
      [],
      'R2',
    )
    document.body.append(el)
    await el.updateComplete
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Regel R2 Deze casus vraagt registratie.')
  })

  it('renders nothing when there is no problem', async () => {
    const el = document.createElement('tandem-error')
    document.body.append(el)
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull()
  })
})
