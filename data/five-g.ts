import type { FiveG } from './five-g.schema'
/**
 * 5G security commitments: the Washington Agreement's 5G clause, the US "Clean Network", bilateral memoranda with
 * the US, and the regional 5G Roadmap. Countries with none found say so, with where it was looked for.
 */
import { COUNTRY_CODES } from './codes'
import { sources } from './sources'

export { INSTRUMENTS } from './codes'

export type { Commitment, FiveG, Instrument } from './five-g.schema'

export const fiveG: FiveG = {
  instruments: {
    'washington-agreement': 'Washington Agreement',
    'clean-network': 'Clean Network',
    'us-memorandum': 'US memorandum',
    'government-pledge': 'Vendor pledge',
    'wb6-roadmap': 'WB6 5G Roadmap',
  },
  commitments: [
    { id: 'albania-clean-network', countries: ['AL'], instrument: 'clean-network', title: 'Albania joins the Clean Network, first in the region', date: '2020-08', sources: [sources.exitAlbaniaCleanNetwork, sources.chinaWbNewsletter], note: 'One Exit News piece says Albania joined in April 2020.' },
    { id: 'washington-agreement-serbia', countries: ['RS'], instrument: 'washington-agreement', title: 'Serbia signs the Washington Agreement, with a clause against 5G equipment from untrusted vendors', date: '2020-09-04', sources: [sources.bneHuaweiCentre] },
    { id: 'washington-agreement-kosovo', countries: ['XK'], instrument: 'washington-agreement', title: 'Kosovo signs the Washington Agreement, with the same 5G clause', date: '2020-09-04', sources: [sources.bneHuaweiCentre] },
    { id: 'kosovo-untrusted-vendors', countries: ['XK'], instrument: 'government-pledge', title: 'Kosovo pledges to ban and remove 5G equipment from untrusted vendors', date: '2020-10-16', sources: [sources.kosovoPm5g] },
    { id: 'kosovo-us-memorandum', countries: ['XK'], instrument: 'us-memorandum', title: 'Kosovo signs a 5G security memorandum with the US', date: '2020-10-23', sources: [sources.bneUs5gMous] },
    { id: 'north-macedonia-us-memorandum', countries: ['MK'], instrument: 'us-memorandum', title: 'North Macedonia signs a 5G security declaration with the US', date: '2020-10-23', sources: [sources.bneUs5gMous] },
    { id: 'wb6-5g-roadmap', countries: [...COUNTRY_CODES], instrument: 'wb6-roadmap', title: 'All six sign a memorandum on a 5G Roadmap, aligned with the EU 5G Toolbox', date: '2020-11-02', sources: [sources.govMe5gRoadmap] },
    { id: 'albania-us-memorandum', countries: ['AL'], instrument: 'us-memorandum', title: 'Albania signs a memorandum on 4G/5G security with the US', date: '2021-06-13', sources: [sources.infobalkansAlbaniaMou] },
  ],
  standing: [
    { country: 'RS', summary: 'Signed the Washington Agreement\'s 5G clause but did not join the Clean Network (December 2020).', sources: [sources.chinaWbNewsletter] },
    { country: 'BA', summary: 'No Clean Network membership or 5G memorandum with the US found.', sources: [sources.chinaWbNewsletter, sources.mediumStojkovski] },
    { country: 'ME', summary: 'No Clean Network membership or 5G memorandum with the US found; one later, undated source claims all but Serbia signed.', sources: [sources.chinaWbNewsletter, sources.mediumStojkovski] },
    { country: 'MK', summary: 'Signed a 5G security declaration with the US in October 2020.', sources: [sources.bneUs5gMous] },
    { country: 'AL', summary: 'First in the region to join the Clean Network (August 2020); memorandum with the US in June 2021.', sources: [sources.exitAlbaniaCleanNetwork, sources.infobalkansAlbaniaMou] },
    { country: 'XK', summary: 'Washington Agreement clause, a pledge to remove untrusted vendors, and a memorandum with the US, all in autumn 2020.', sources: [sources.kosovoPm5g, sources.bneUs5gMous] },
  ],
}
