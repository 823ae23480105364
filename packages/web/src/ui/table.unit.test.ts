// @vitest-environment happy-dom
import { html, render } from 'lit'
import { describe, expect, it } from 'vitest'
import { table } from './table.ts'

interface Row {
  readonly name: string
  readonly load: number
}

const draw = (stack?: boolean | 'narrow') => {
  const host = document.createElement('div')
  render(
    table<Row>({
      caption: 'Belasting',
      rows: [
        { name: 'Anouk', load: 21 },
        { name: 'Bram', load: 25 },
      ],
      columns: [
        { label: 'Professional', rowHeader: true, cell: (r) => r.name },
        { label: 'Belasting (punten)', num: true, cell: (r) => r.load },
        { label: html`<span>Acties</span>`, stackLabel: '', cell: () => 'knop' },
      ],
      ...(stack === undefined ? {} : { stack }),
    }),
    host,
  )
  return host
}

describe('table()', () => {
  it('names each row by its first column, as a row header', () => {
    const headers = [...draw().querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)
    expect(headers).toEqual(['Anouk', 'Bram'])
  })

  it('gives every data cell its column’s name, so a phone reads "Belasting (punten) 21" in a stack', () => {
    const cells = [...draw().querySelectorAll('tbody tr:first-child td')]
    expect(cells.map((td) => [td.getAttribute('data-label'), td.textContent])).toEqual([
      ['Belasting (punten)', '21'],
      ['', 'knop'],
    ])
  })

  it('stacks below 40rem by default, below 30rem when narrow, never when told', () => {
    expect(draw().firstElementChild?.className).toContain('tandem-table--stack')
    expect(draw('narrow').firstElementChild?.className).toContain('tandem-table--stack-narrow')
    expect(draw(false).firstElementChild?.className).not.toContain('stack')
  })
})
