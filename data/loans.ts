/**
 * Chinese state loans, for the debt side of Montenegro's 5G dilemma. Amounts stay in the currency the source gives:
 * converting would add an exchange rate no source states.
 */
import type { Loans } from './loans.schema'
import { sources } from './sources'

export type { Loan, Loans } from './loans.schema'

export const loans: Loans = {
  loans: [
    { country: 'RS', lender: 'Chinese banks', project: 'Infrastructure contracts', currency: 'USD', amount: { status: 'atLeast', value: 7_000_000_000, date: '2020', sources: [sources.aniSerbiaBanks], note: '"More than USD 7 billion" in contracts with Chinese banks (2020 data).' } },
    { country: 'BA', lender: 'China Exim Bank', project: 'Tuzla power plant, unit 7 (450 MW, coal), with a Federation guarantee', currency: 'EUR', amount: { status: 'exact', value: 614_000_000, date: '2019', sources: [sources.electricityTuzla], note: 'The European Commission advised against the guarantee.', alternative: { value: 667_800_000, status: 'exact', date: '2014-12', sources: [sources.electricityTuzla], note: 'The December 2014 memorandum referred to EUR 667.8 million.' } } },
    { country: 'ME', lender: 'China Exim Bank', project: 'Bar–Boljare motorway, phase 1 (Smokovac–Mateševo, 41 km)', currency: 'USD', amount: { status: 'exact', value: 943_991_500, date: '2014-10-30', sources: [sources.aiddataBarBoljare, sources.scmpMontenegroLoan], note: '20 years, 6 years\' grace, 2 % fixed, 85 % of the cost, sovereign guarantee; contractor China Road and Bridge Corporation.' } },
    { country: 'MK', lender: 'China Exim Bank', project: 'Kičevo–Ohrid and Miladinovci–Štip motorways', currency: 'EUR', amount: { status: 'exact', value: 574_000_000, date: '2013', sources: [sources.balkanInsightMacedoniaLoan], note: '2 % interest over 20 years, with 5 years\' grace.' } },
    { country: 'AL', lender: 'Chinese state lenders', project: 'Sovereign loans', currency: 'USD', amount: { status: 'unknown', reason: 'No Chinese sovereign loan to Albania found.' } },
    { country: 'XK', lender: 'Chinese state lenders', project: 'Sovereign loans', currency: 'USD', amount: { status: 'unknown', reason: 'None found; China does not recognise Kosovo.', sources: [sources.clingendaelKosovo] } },
  ],
  montenegro: {
    publicDebtPercentOfGdp: { status: 'exact', value: 97, date: '2020', sources: [sources.afpMontenegroLoan] },
    loanShareOfGdp: { words: 'almost one-fifth', sources: [sources.afpMontenegroLoan], note: 'AFP, July 2021, on GDP of EUR 4.9 billion; other outlets say about a quarter, on a different year\'s output.' },
    loanShareOfDebt: { words: 'under a quarter', sources: [sources.scmpMontenegroLoan], note: 'The Chinese embassy, April 2021, after the EU declined to pay off Montenegro\'s debts.' },
    refinancing: { text: 'Montenegro asked the EU to help swap the Chinese loan for a European one.', date: '2021-03', sources: [sources.pledgeTimesMontenegro] },
  },
}
