// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { MemberBalance } from '../api/types.ts'
import './load-bars.ts'

const member = (id: string, name: string, load: number, capacity: number): MemberBalance => ({
  professionalId: id,
  name,
  load: { points: load, parts: [] },
  capacity: {
    points: capacity,
    contractHours: 36,
    fte: 1,
    pointsPerFte: capacity,
    starterFactor: 1,
    presentShare: 1,
  },
  ratio: capacity === 0 ? null : load / capacity,
  overloaded: load / capacity > 1.1,
})

const render = async (rows: MemberBalance[], proposed?: MemberBalance[]) => {
  const el = document.createElement('tandem-load-bars')
  el.rows = rows
  el.proposed = proposed
  el.caption = 'Balans'
  document.body.append(el)
  await el.updateComplete
  return el.shadowRoot!
}

describe('<tandem-load-bars>', () => {
  it('reads as a table: each professional with load, capacity and percentage in text', async () => {
    const root = await render([member('p1', 'Anouk', 20, 40)])
    const cells = [...root.querySelectorAll('tbody td.tandem-num')].map((td) => td.textContent?.trim())
    expect(root.querySelector('caption')?.textContent).toBe('Balans')
    expect(root.querySelector('tbody th')?.textContent).toContain('Anouk')
    expect(cells).toEqual(['20', '40', '50%'])
  })

  it('keeps the drawn bar away from screen readers, since the numbers say it', async () => {
    const root = await render([member('p1', 'Anouk', 20, 40)])
    expect(root.querySelector('td.bar .track')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('marks an overloaded professional in words, not only in colour', async () => {
    const root = await render([member('p1', 'Bram', 50, 40)])
    expect(root.querySelector('.utrecht-status-badge')?.textContent).toBe('overbelast')
  })

  it('shows before and after for the professionals a proposal changes', async () => {
    const root = await render(
      [member('p1', 'Anouk', 20, 40), member('p2', 'Bram', 10, 40)],
      [member('p1', 'Anouk', 24, 40), member('p2', 'Bram', 10, 40)],
    )
    const rows = root.querySelectorAll('tbody tr')
    expect(rows[0]?.classList.contains('changed')).toBe(true)
    expect(rows[0]?.textContent).toContain('20 → 24')
    expect(rows[0]?.textContent).toContain('60%')
    expect(rows[1]?.classList.contains('changed')).toBe(false)
  })
})
