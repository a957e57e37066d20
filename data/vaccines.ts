/**
 * COVID-19 "vaccine diplomacy": Chinese vaccine deliveries to each country, and the Western deliveries they are
 * compared with (first COVAX delivery, EU-funded Pfizer/BioNTech doses).
 *
 * Shipments are the facts the sources report. Totals are either reported by a source, or the sum of the listed
 * shipments (a lower bound unless the list is known to be complete), or unknown. `derive.ts` turns them into figures.
 */
import type { VaccineCountry, Vaccines } from './vaccines.schema'
import { sources } from './sources'

export type { Shipment, Total, VaccineCountry, Vaccines } from './vaccines.schema'

const JHU_SNAPSHOT = { date: '2022-03-15', sources: [sources.jhuGovexVaccines], note: 'JHU GovEx snapshot of 15 March 2022, all vaccine makes combined; not final totals.' } as const
function coverage(administered: number, fullyVaccinated: number): VaccineCountry['coverage'] {
  return {
    administered: { status: 'exact', value: administered, ...JHU_SNAPSHOT, sources: [...JHU_SNAPSHOT.sources] },
    fullyVaccinated: { status: 'exact', value: fullyVaccinated, ...JHU_SNAPSHOT, sources: [...JHU_SNAPSHOT.sources] },
  }
}

const covaxFirst = [sources.novaCovaxFirst] as const
const euAllocation = {
  date: '2021-04-20',
  sources: [sources.ewbEuPfizer],
  note: 'Allocation announced 20 April 2021 for deliveries May–August 2021 via Austria, funded from the EU\'s EUR 70 million package; not confirmed as fully delivered.',
} as const

export const vaccines: Vaccines = {
  euFundedPfizerTotal: { status: 'exact', value: 651_000, ...euAllocation, sources: [...euAllocation.sources] },
  countries: [
    {
      country: 'RS',
      chinese: {
        shipments: [
          { date: '2021-01-16', doses: 1_000_000, vaccine: 'Sinopharm', kind: 'purchase', from: 'China', sources: [sources.aaSerbiaFirst, sources.reutersSerbiaFirst], note: 'First European country to receive Sinopharm for mass use (Reuters). Vučić: all vaccines procured bilaterally.' },
          { date: '2021-05-27', doses: 500_000, vaccine: 'Sinopharm', kind: 'purchase', from: 'China', sources: [sources.ansaSerbiaFinal], note: 'Described by PM Brnabić as the last batch under the Sinopharm agreements.' },
        ],
        purchased: {
          basis: 'reported',
          figure: {
            status: 'exact',
            value: 4_200_000,
            date: '2021-05-27',
            sources: [sources.ansaSerbiaFinal],
            note: 'Sinopharm doses delivered under the purchase agreements, as of the final batch.',
            alternative: { value: 4_000_000, status: 'exact', date: '2021-09-09', sources: [sources.rferlSerbiaFactory], note: 'RFE/RL says Serbia "bought four million doses".' },
          },
        },
        donatedByChina: {
          basis: 'reported',
          figure: { status: 'exact', value: 200_000, date: '2021-05-27', sources: [sources.ansaSerbiaFinal, sources.rferlSerbiaFactory], note: 'Sinopharm doses from the Chinese armed forces, reported 27 May 2021; delivery date not found.' },
        },
      },
      firstCovaxDelivery: { status: 'notBy', date: '2021-04-01', sources: [...covaxFirst], note: 'No COVAX doses had arrived by 1 April 2021 although Serbia had paid into COVAX; the date of a later first delivery was not found.' },
      euFundedPfizer: { status: 'exact', value: 36_000, ...euAllocation, sources: [...euAllocation.sources] },
      coverage: coverage(8_488_708, 3_266_852),
    },
    {
      country: 'BA',
      chinese: {
        shipments: [
          { date: '2021-04-29', doses: 50_000, vaccine: 'Sinopharm', kind: 'donation', from: 'China', sources: [sources.atvBihDonation], note: 'Handed over by Ambassador Ji Ping in Sarajevo.' },
          { date: '2021-05-05', doses: 80_000, vaccine: 'Sinopharm', kind: 'unclear', from: 'China', recipient: 'Republika Srpska', sources: [sources.sdSrpskaFirst], note: 'First of 160,000 planned, after direct negotiations by Milorad Dodik; purchase or donation not stated.' },
          { date: '2021-07-19', doses: 240_000, vaccine: 'Sinopharm', kind: 'unclear', from: 'China', recipient: 'Republika Srpska', sources: [sources.rferlSrpskaJuly], note: 'Arrived with 50,000 Sputnik V doses; purchase or donation not stated.' },
          { date: '2021-08-06', doses: 500_000, vaccine: 'Sinopharm', kind: 'purchase', from: 'China', recipient: 'Federation of BiH', sources: [sources.zenicaFederation], note: 'Bought directly from the manufacturer; the largest single delivery to BiH at the time.' },
        ],
        purchased: {
          basis: 'shipments',
          complete: false,
          note: 'Only the Federation\'s 500,000 doses are reported as a purchase; Republika Srpska\'s 80,000 and 240,000 doses are not stated as bought or given. Xinhua counted at least 410,000 Chinese doses, bought or donated, by 29 July 2021.',
        },
        donatedByChina: { basis: 'shipments', complete: true, note: 'The one donation by the People\'s Republic reported: 50,000 Sinopharm doses.' },
      },
      firstCovaxDelivery: { status: 'on', date: '2021-03-25', sources: [sources.avazBihCovax, ...covaxFirst], note: '49,800 doses (23,400 Pfizer, 26,400 AstraZeneca), bought by BiH through COVAX.' },
      euFundedPfizer: { status: 'exact', value: 214_000, ...euAllocation, sources: [...euAllocation.sources] },
      coverage: coverage(1_924_950, 846_080),
    },
    {
      country: 'ME',
      chinese: {
        shipments: [
          { date: '2021-03-03', doses: 30_000, vaccine: 'Sinopharm', kind: 'donation', from: 'China', sources: [sources.xinhuaMontenegroDonation], note: 'Ambassador Liu Jin: Montenegro among the first European countries to receive a Chinese vaccine donation.' },
          { date: '2021-05-01', doses: null, vaccine: 'Sinopharm', kind: 'purchase', from: 'China', sources: [sources.xinhuaMontenegroPurchase], note: 'The batch Montenegro had purchased, which started mass vaccination; its size was not reported.' },
          { date: '2021-07-05', doses: 200_000, vaccine: 'Sinopharm', kind: 'donation', from: 'Hungary', sources: [sources.n1HungaryMontenegro], note: 'Chinese-made doses donated by Hungary, not by China.' },
        ],
        purchased: {
          basis: 'reported',
          figure: { status: 'unknown', reason: 'Size of the purchased batch that arrived on 1 May 2021, and the final purchased total, not found. A pre-contract for 150,000 doses was announced in early 2021 (Mondo.me, low confidence).', sources: [sources.xinhuaMontenegroPurchase, sources.mondoMontenegroContract] },
        },
        donatedByChina: { basis: 'shipments', complete: true, note: 'The one donation by the People\'s Republic reported: 30,000 Sinopharm doses. Hungary\'s 200,000 Chinese-made doses are not counted here.' },
      },
      firstCovaxDelivery: { status: 'on', date: '2021-03-28', sources: [...covaxFirst], note: '24,000 AstraZeneca doses.' },
      euFundedPfizer: { status: 'exact', value: 42_000, ...euAllocation, sources: [...euAllocation.sources] },
      coverage: coverage(662_356, 280_901),
    },
    {
      country: 'MK',
      chinese: {
        shipments: [
          { date: '2021-04-30', doses: 200_000, vaccine: 'Sinopharm', kind: 'purchase', from: 'China', sources: [sources.apNorthMacedonia], note: 'Arrived by truck via Serbia.' },
          { date: '2021-05-15', doses: 100_000, vaccine: 'Sinopharm', kind: 'donation', from: 'China', sources: [sources.minaNorthMacedonia], note: 'From the Chinese military to North Macedonia\'s army.' },
          { date: '2021-06-09', doses: 30_000, vaccine: 'Sinovac', kind: 'donation', from: 'Turkey', sources: [sources.aaTurkeyNorthMacedonia], note: 'Chinese-made doses donated by Turkey, not by China.' },
          { date: '2021-06-27', doses: 500_000, vaccine: 'Sinovac', kind: 'purchase', from: 'China', sources: [sources.republikaSinovac], note: 'Largest shipment to date; price kept confidential.' },
        ],
        purchased: { basis: 'shipments', complete: false, note: 'Sum of the two purchased deliveries reported (200,000 Sinopharm, 500,000 Sinovac); no cumulative total was found. AP had reported 600,000 more Sinopharm doses expected in May 2021.' },
        donatedByChina: { basis: 'shipments', complete: true, note: 'The one donation by the People\'s Republic reported: 100,000 Sinopharm doses from the Chinese military.' },
      },
      firstCovaxDelivery: { status: 'on', date: '2021-03-28', sources: [...covaxFirst], note: '24,000 AstraZeneca doses.' },
      euFundedPfizer: { status: 'exact', value: 119_000, ...euAllocation, sources: [...euAllocation.sources] },
      coverage: coverage(1_829_630, 834_203),
    },
    {
      country: 'AL',
      chinese: {
        shipments: [
          { date: '2021-03-25', doses: 192_000, vaccine: 'Sinovac', kind: 'purchase', from: 'China', sources: [sources.reutersAlbania], note: 'Bought through the Turkish distributor Keymen, not from the Chinese government; price kept secret.' },
          { date: '2021-05', doses: 60_000, vaccine: 'Sinovac', kind: 'purchase', from: 'China', sources: [sources.argumentumAlbania] },
        ],
        purchased: { basis: 'shipments', complete: false, note: 'Total delivered not found. The initial contract was for 500,000 doses (Reuters); PM Rama spoke of 1 million, and of 1.2 million within 60 days.' },
        donatedByChina: {
          basis: 'reported',
          figure: { status: 'unknown', reason: 'No source found for a donation by the People\'s Republic to Albania.' },
        },
      },
      firstCovaxDelivery: { status: 'on', date: '2021-03-12', sources: [...covaxFirst], note: '38,400 doses: the first COVAX delivery in the region.' },
      euFundedPfizer: { status: 'exact', value: 145_000, ...euAllocation, sources: [...euAllocation.sources] },
      coverage: coverage(2_729_969, 1_206_964),
    },
    {
      country: 'XK',
      chinese: {
        shipments: [],
        purchased: {
          basis: 'reported',
          figure: { status: 'exact', value: 0, date: '2021-07-08', sources: [sources.novaKosovoPolicy, sources.a2KosovoRefusal], note: 'Health Minister Arben Vitia: Kosovo "will not receive" vaccines from China and Russia; in April 2021 it refused Sinovac doses offered through Albania because the law requires EMA approval.' },
        },
        donatedByChina: {
          basis: 'reported',
          figure: { status: 'exact', value: 0, date: '2021-07-08', sources: [sources.novaKosovoPolicy, sources.clingendaelKosovo], note: 'China does not recognise Kosovo and has no diplomatic relations with it.' },
        },
      },
      firstCovaxDelivery: { status: 'on', date: '2021-03-28', sources: [...covaxFirst], note: '24,000 AstraZeneca doses.' },
      euFundedPfizer: { status: 'exact', value: 95_000, ...euAllocation, sources: [...euAllocation.sources] },
      coverage: coverage(1_817_836, 818_409),
    },
  ],
}
