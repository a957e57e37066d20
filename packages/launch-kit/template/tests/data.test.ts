import { formatIssue, validateData } from 'launch-kit/data/validate'
import { assertValidData } from 'launch-kit/scripts/deck/gate'
/**
 * The data check, as every command runs it first: every dataset against its schema, every source, the plausibility
 * rules, the charts in every language and the deck (chart ids, layouts, time budgets, notes).
 */
import { describe, expect, it } from 'vitest'
import launch from '../data/index'

describe('the data', () => {
  it('passes every schema, source check and plausibility rule', () => {
    expect(validateData(launch).map(formatIssue)).toEqual([])
  })

  it('and the charts and the deck pass the gate every command passes first', async () => {
    await expect(assertValidData()).resolves.toBeUndefined()
  })
})
