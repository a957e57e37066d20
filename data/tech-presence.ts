/**
 * Chinese technology presence (the Digital Silk Road), as the report assesses it per country, in the four fields
 * it names for Serbia: telecommunications, local governance systems, IT, and the security sector.
 *
 * The level is the report's assessment (quoted at the launch, The Geopost); the evidence is what the research
 * dossier found beside it. "Not found" means the sources checked said nothing, not that there is no presence.
 */
import type { TechCell, TechPresence } from './tech-presence.schema'
import { sources } from './sources'

export { TECH_DIMENSIONS, TECH_LEVELS } from './codes'

export type { TechCell, TechCountry, TechDimension, TechLevel, TechPresence } from './tech-presence.schema'

const report = [sources.geopostLaunch] as const
const LIMITED = 'Limited or no presence of Chinese tech companies, mainly due to stronger alignment with the US and EU.'
const NOTHING_FOUND = 'Nothing named in the report or found in the sources checked.'

function limited(evidence: TechCell['evidence'] = []): TechCell {
  return { level: 'limited', summary: LIMITED, sources: [...report], evidence }
}
function notFound(evidence: TechCell['evidence'] = []): TechCell {
  return { level: 'notFound', summary: NOTHING_FOUND, sources: [...report], evidence }
}

export const techPresence: TechPresence = {
  dimensions: {
    telecoms: 'Telecoms & 5G',
    governance: 'Local governance',
    it: 'IT & data centres',
    security: 'Security & surveillance',
  },
  levels: {
    extensive: 'Extensive',
    present: 'Present',
    limited: 'Limited or none',
    undecided: 'Undecided',
    notFound: 'Not found',
  },
  countries: [
    {
      country: 'RS',
      cells: {
        telecoms: {
          level: 'extensive',
          summary: 'Huawei\'s office in Serbia is its regional hub, preparing the ground for the 5G rollout: equipment, landline network modernisation, an Innovation and Development Centre.',
          sources: [...report],
          evidence: [
            { text: 'Telekom Srbija contract with Huawei for optical networks: USD 150 million.', date: '2016', sources: [sources.wotrDigitalSilkRoad] },
            { text: 'Huawei Innovation and Development Centre opened in Belgrade, ten days after the Washington Agreement.', date: '2020-09-14', sources: [sources.bneHuaweiCentre] },
          ],
        },
        governance: {
          level: 'extensive',
          summary: 'Deep cooperation within the Digital Silk Road in local governance systems.',
          sources: [...report],
          evidence: [
            { text: 'Government decision to sign a Smart City memorandum with Huawei for Belgrade, Novi Sad and Niš.', date: '2019', sources: [sources.industryEuropeSmartCity] },
          ],
        },
        it: {
          level: 'extensive',
          summary: 'Huawei is a commercial user of the state data centre in Kragujevac and funded a second one, the Kragujevac City Data Center.',
          sources: [...report],
          evidence: [
            { text: 'Agreement placing Huawei high-performance computing and AI systems in the State Data Centre in Kragujevac.', date: '2020-12-11', sources: [sources.huaweiKragujevac] },
            { text: 'The City Data Center in Kragujevac: a donation of the People\'s Republic worth USD 2 million.', sources: [sources.kragujevacCityDataCenter] },
          ],
        },
        security: {
          level: 'extensive',
          summary: 'Huawei\'s Safe City: cameras with facial and licence-plate recognition across Belgrade, with the declared purpose of preventing and detecting crime.',
          sources: [...report],
          figures: {
            cameras: { status: 'exact', value: 1000, date: '2019-01', sources: [sources.geopostLaunch, sources.viennaBelgradeCameras], note: 'The report\'s count; activists counted at least 1,200 by August 2021 (Euronews).' },
            locations: { status: 'exact', value: 800, date: '2019-01', sources: [sources.geopostLaunch, sources.viennaBelgradeCameras], note: 'Vienna Offices: "about 800" locations.' },
          },
          evidence: [
            { text: 'About 1,000 cameras installed; activists counted at least 1,200.', date: '2021-08', sources: [sources.wotrDigitalSilkRoad, sources.euronewsBelgrade] },
            { text: 'Chinese-made cameras, Dahua among them, bought by more than 40 municipalities.', date: '2023', sources: [sources.rferlSerbiaCameras] },
          ],
        },
      },
    },
    {
      country: 'BA',
      cells: {
        telecoms: {
          level: 'present',
          summary: 'Huawei is present through Huawei Technologies Bosnia.',
          sources: [...report],
          evidence: [],
        },
        governance: {
          level: 'present',
          summary: 'Agreements for technical support for "Smart City" projects.',
          sources: [...report],
          evidence: [],
        },
        it: notFound(),
        security: {
          level: 'present',
          summary: 'Agreements for technical support for "Safe City" projects.',
          sources: [...report],
          evidence: [
            { text: 'Later: Republika Srpska signed a 10-year, 57 million BAM cyber-security contract with ELINC, a subsidiary of a US-sanctioned Chinese state group.', date: '2024-06', sources: [sources.support4PartnershipElinc] },
          ],
        },
      },
    },
    {
      country: 'ME',
      cells: {
        telecoms: {
          level: 'undecided',
          summary: 'Whether Huawei can take part in the coming 5G expansion is weighed against Montenegro\'s ability to handle its Chinese debt and keep its decisions its own.',
          sources: [...report],
          evidence: [
            { text: 'Had not joined the US Clean Network by December 2020.', date: '2020-12', sources: [sources.chinaWbNewsletter] },
          ],
        },
        governance: notFound(),
        it: notFound(),
        security: notFound([
          { text: 'Podgorica\'s video surveillance (270 cameras at 35 locations): the vendor was not identified.', sources: [sources.podgoricaSurveillance] },
        ]),
      },
    },
    {
      country: 'MK',
      cells: {
        telecoms: limited([
          { text: '5G security memorandum with the US, joining the Clean Network.', date: '2020-10-23', sources: [sources.bneUs5gMous] },
        ]),
        governance: limited(),
        it: limited(),
        security: limited([
          { text: '"Safe City" cameras in Skopje, Kumanovo and Tetovo: the vendor is classified.', date: '2024-03-08', sources: [sources.netpressSafeCity] },
        ]),
      },
    },
    {
      country: 'AL',
      cells: {
        telecoms: limited([
          { text: 'Joined the US Clean Network, pledging not to use Huawei for 5G.', date: '2020-08', sources: [sources.exitAlbaniaCleanNetwork] },
          { text: 'US Ambassador Yuri Kim: Albania is "a leader" in pushing back on Huawei and ZTE equipment.', date: '2021-03-12', sources: [sources.tiranaTimesKim] },
        ]),
        governance: limited(),
        it: limited(),
        security: limited(),
      },
    },
    {
      country: 'XK',
      cells: {
        telecoms: limited([
          { text: 'Government pledge to ban 5G equipment from untrusted vendors and remove what exists.', date: '2020-10-16', sources: [sources.kosovoPm5g] },
        ]),
        governance: limited(),
        it: limited(),
        security: limited([
          { text: 'Chinese-made Dahua and Hikvision cameras in public networks; the government ended the contracts.', date: '2022-09-29', sources: [sources.sbunkerCameras] },
          { text: 'Serbia-funded Dahua recorders with face recognition for schools in 12 municipalities.', date: '2021-12-16', sources: [sources.rferlKosovoDahua] },
        ]),
      },
    },
  ],
}
