// @vitest-environment happy-dom
import { render } from 'lit'
import { describe, expect, it } from 'vitest'
import { button } from './button.ts'

const draw = (busy: boolean, onClick: () => void) => {
  const host = document.createElement('div')
  document.body.append(host)
  render(button({ label: 'Toon effect', busy, onClick }), host)
  return host.querySelector('button')!
}

describe('button()', () => {
  it('says it is busy and ignores a second press while the server works', () => {
    let pressed = 0
    const b = draw(true, () => pressed++)
    b.click()
    expect(pressed).toBe(0)
    expect(b.getAttribute('aria-busy')).toBe('true')
    expect(b.getAttribute('aria-disabled')).toBe('true')
  })

  it('keeps the keyboard focus while busy: it is never disabled', () => {
    const b = draw(true, () => undefined)
    b.focus()
    expect(b.disabled).toBe(false)
    expect(document.activeElement).toBe(b)
  })

  it('acts on a press when it is not busy', () => {
    let pressed = 0
    draw(false, () => pressed++).click()
    expect(pressed).toBe(1)
  })
})
