/**
 * The alt text of this launch's charts says what a reader must get from each: the leader, Kosovo's sourced zero,
 * what is not known and what is a lower bound, who came first, the shared 5G Roadmap. How alt text is written (the
 * rules, the frames, the same text in any process) is the engine's to test, on its fixture decks.
 */
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { describe, expect, it } from 'vitest'

describe('alt text of the real charts', () => {
  it('is generated and not empty', () => {
    expect(chartsIn().length).toBeGreaterThanOrEqual(7)
    for (const chart of chartsIn())
      expect(chart.altText, chart.id).toMatch(/^(Stacked bar chart|Bar chart|Timeline|Grid|Map) of /)
  })

  it('says Kosovo received none, names the leader, and which figures are not known or lower bounds', () => {
    const text = getChart('chinese-vaccine-doses').altText
    expect(text).toContain('Serbia is highest with 4,400,000 doses')
    expect(text).toContain('Kosovo: none.')
    expect(text).toContain('Not known: Montenegro (bought) and Albania (donated by China).')
    expect(text).toMatch(/Bosnia and Herzegovina, North Macedonia and Albania are lower bounds/)
    expect(text).toContain('North Macedonia (at least 800,000)')
  })

  it('does not claim a ratio against a lower bound', () => {
    // Serbia's 4.4 million against North Macedonia's "at least 800,000": the true ratio could be smaller.
    expect(getChart('chinese-vaccine-doses').altText).not.toMatch(/times the next/)
  })

  it('keeps proper nouns and acronyms capitalised', () => {
    expect(getChart('donations-china-vs-eu').altText).toContain('Albania (donated by China)')
    expect(getChart('donations-china-vs-eu').altText).not.toContain('vermillion')
    expect(getChart('tech-presence-matrix').altText).toContain('telecoms & 5G')
    expect(getChart('tech-presence-matrix').altText).toContain('IT & data centres')
  })

  it('compares the two gifts series by series and says the Chinese donation to Albania is not known', () => {
    const text = getChart('donations-china-vs-eu').altText
    expect(text).toContain('Donated by China: Serbia is highest with 200,000 doses, twice the next, North Macedonia (100,000).')
    expect(text).toContain('EU-funded (allocated): Bosnia and Herzegovina is highest with 214,000 doses')
    expect(text).toContain('Kosovo: none (donated by China).')
    expect(text).toContain('Not known: Albania (donated by China).')
  })

  it('names the leader of the coverage chart with its share', () => {
    expect(getChart('vaccination-coverage').altText).toContain('Kosovo is highest with 45.2%, followed by Montenegro (44.7%).')
  })

  it('says where Chinese vaccines came first, and that Kosovo received none', () => {
    const text = getChart('first-deliveries').altText
    expect(text).toContain('from 16 Jan 2021 to 30 Apr 2021')
    expect(text).toContain('The first Chinese delivery came earlier in Serbia (16 Jan 2021; COVAX: none by 1 Apr 2021) and Montenegro')
    expect(text).toContain('Kosovo: no Chinese vaccines; first COVAX delivery 28 Mar 2021.')
  })

  it('says the shared 5G Roadmap once, lists each country in date order, and keeps month-only dates as months', () => {
    const text = getChart('five-g-commitments').altText
    expect(text).toContain('from Aug 2020 to 13 Jun 2021')
    expect(text).toContain('All 6 countries: WB6 5G Roadmap (2 Nov 2020).')
    // Months as Intl abbreviates them in en-GB ("Sept").
    expect(text).toContain('Kosovo: Washington Agreement (4 Sept 2020), Vendor pledge (16 Oct 2020) and US memorandum (23 Oct 2020).')
    expect(text).toContain('Bosnia and Herzegovina: no US commitment found.')
  })

  it('groups matrix rows with the same pattern', () => {
    const text = getChart('tech-presence-matrix').altText
    expect(text).toContain('Serbia: extensive in all 4 fields.')
    expect(text).toContain('North Macedonia, Albania and Kosovo: limited or none in all 4 fields.')
    expect(text).toContain('Montenegro: undecided in telecoms & 5G; not found in')
  })
})
