/**
 * Numbers that appear in slide text, formatted from data/ so a slide never types a figure by hand.
 * Slides read them as `{{ $facts.name }}` (registered in setup/main.ts).
 */
import type { Figure } from 'launch-kit/data/schema'
import { formatDate, formatFigureLong, formatNumber } from 'launch-kit/charts/format'
import { event } from '../data/event'
import { loans } from '../data/loans'
import { techPresence } from '../data/tech-presence'

function known(figure: Figure | undefined, what: string): Extract<Figure, { value: number }> {
  if (!figure || figure.status === 'unknown')
    throw new Error(`charts/facts.ts: ${what} is not known in data/; the slide text needs it`)
  return figure
}

const serbiaSecurity = techPresence.countries.find(c => c.country === 'RS')?.cells.security
const montenegroLoan = loans.loans.find(l => l.country === 'ME')
const loanAmount = known(montenegroLoan?.amount, 'Montenegro\'s Bar–Boljare loan')
const debt = known(loans.montenegro.publicDebtPercentOfGdp, 'Montenegro\'s public debt')

export const facts = {
  launchDate: event.launch.dateText,
  safeCityCameras: formatFigureLong(known(serbiaSecurity?.figures?.cameras, 'Belgrade Safe City cameras')),
  safeCityLocations: formatFigureLong(known(serbiaSecurity?.figures?.locations, 'Belgrade Safe City locations')),
  barBoljareLoan: `${montenegroLoan?.currency} ${formatFigureLong(loanAmount)}`,
  barBoljareLoanSigned: formatDate(loanAmount.date, 'long'),
  barBoljareLoanShareOfGdp: loans.montenegro.loanShareOfGdp.words,
  montenegroPublicDebt: `${formatNumber(debt.value)} %`,
  montenegroPublicDebtYear: formatDate(debt.date),
} as const

export type Facts = typeof facts
