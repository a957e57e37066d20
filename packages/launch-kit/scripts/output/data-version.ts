/**
 * The data version every output records: a short hash of all datasets, so an export says exactly which figures it
 * was made from, and two exports of the same data agree.
 */
import { createHash } from 'node:crypto'
import { launchData } from '../../data/launch'

export function dataVersion(): string {
  const content = JSON.stringify(launchData().datasets.map(d => [d.id, d.data]))
  return createHash('sha256').update(content).digest('hex').slice(0, 12)
}
