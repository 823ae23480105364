import { type ElementPart, nothing } from 'lit'
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js'

/**
 * Sets inline style properties through the CSSOM on every render. Lit's `styleMap` writes a
 * `style="…"` attribute on first render, which the API's Content-Security-Policy (no
 * 'unsafe-inline') blocks; CSSOM writes are allowed, so bar widths always apply.
 */
class SetStyleDirective extends Directive {
  constructor(part: PartInfo) {
    super(part)
    if (part.type !== PartType.ELEMENT) throw new Error('setStyle belongs on an element')
  }

  render(_properties: Readonly<Record<string, string>>) {
    return nothing
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value)
    return nothing
  }
}

export const setStyle = directive(SetStyleDirective)
