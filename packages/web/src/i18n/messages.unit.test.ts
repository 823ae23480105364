import { describe, expect, it } from 'vitest'
import { en } from './messages-en.ts'
import { nl } from './messages-nl.ts'

describe('message tables', () => {
  it('give every vocabulary group the same keys in Dutch and English', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const a = nl[key]
      const b = en[key]
      if (typeof a === 'object') expect(Object.keys(b as object).sort(), key).toEqual(Object.keys(a).sort())
    }
  })
})
