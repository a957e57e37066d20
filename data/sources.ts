/**
 * Every source the deck cites, once, as the research dossier (shared/research/data-dossier.md) recorded it.
 * Facts in the other modules point at these entries, so a source is spelled the same everywhere it appears.
 *
 * Three dossier links were http://; they are given here as https:// on the same host and path (en.people.cn,
 * balkaninsight.com, gov.me all serve https). Mirrors are named as such ("via …"); prefer the original when quoting.
 */
import type { Source } from 'launch-kit/data/schema'

export const sources = {
  // The report and its launch
  sbunkerReport: { publisher: 'Sbunker', title: 'Beyond economic considerations: New frontiers of Chinese influence in the Western Balkans (publication page)', url: 'https://sbunker.org/publikimet/beyond-economic-considerations-new-frontiers-of-chinese-influence-in-the-western-balkans', confidence: 'high' },
  qkssReport: { publisher: 'Kosovar Centre for Security Studies (QKSS)', title: 'Beyond Economic Considerations: New Frontiers Of Chinese Influence In The Western Balkans', url: 'https://qkss.org/al/publikimet/beyond-economic-considerations-new-frontiers-of-chinese-influence-in-the-western-balkans/', confidence: 'high' },
  // Map boundaries (charts/map-shapes.ts, generated from the world-atlas package)
  naturalEarth: { publisher: 'Natural Earth', title: 'Boundaries: Admin 0 – Countries, 1:50m, public domain (via the world-atlas package, countries-50m.json)', url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries-2/', confidence: 'high' },
  geopostLaunch: { publisher: 'The Geopost', title: 'China\'s growing influence and geopolitical importance in the Western Balkans', url: 'https://thegeopost.com/en/news/chinas-growing-influence-and-geopolitical-importance-in-the-western-balkans/', confidence: 'medium' },

  // Population
  jhuLookup: { publisher: 'Johns Hopkins University CSSE', title: 'CSSEGISandData/COVID-19 UID_ISO_FIPS_LookUp_Table.csv (commit 011e21a9)', url: 'https://github.com/CSSEGISandData/COVID-19/blob/master/csse_covid_19_data/UID_ISO_FIPS_LookUp_Table.csv', confidence: 'medium' },
  jhuGovexVaccines: { publisher: 'Johns Hopkins University Centers for Civic Impact (GovEx)', title: 'govex/COVID-19 vaccine_data_global.csv (commit 0002f418)', url: 'https://github.com/govex/COVID-19/blob/master/data_tables/vaccine_data/global_data/vaccine_data_global.csv', confidence: 'high' },
  efeSerbia: { publisher: 'EFE', title: 'Serbia embraces Chinese Covid jab as rollout leads continental Europe', url: 'https://www.efe.com/efe/english/portada/serbia-embraces-chinese-covid-jab-as-rollout-leads-continental-europe/50000260-4475061', confidence: 'medium' },

  // Chinese vaccines
  aaSerbiaFirst: { publisher: 'Anadolu Agency (via alaturkaonline)', title: 'Serbia receives 1M doses of COVID-19 vaccine from China', url: 'https://www.alaturkaonline.com/serbia-receives-1m-doses-of-covid-19-vaccine-from-china/', confidence: 'high' },
  reutersSerbiaFirst: { publisher: 'Reuters (via National Post)', title: 'Serbia receives million doses of China\'s Sinopharm COVID-19 vaccine', url: 'https://nationalpost.com/pmn/health-pmn/serbia-receives-million-doses-of-chinas-sinopharm-covid-19-vaccine', confidence: 'high' },
  ansaSerbiaFinal: { publisher: 'ANSAmed', title: 'Vaccini: in Serbia altre 500 mila dosi del cinese Sinopharm', url: 'https://www.ansa.it/sito/notizie/mondo/europa/2021/05/27/vaccini-in-serbia-altre-500-mila-dosi-del-cinese-sinopharm_02d33381-418f-43c3-b3d4-c6463e5d5cb9.html', confidence: 'medium' },
  rferlSerbiaFactory: { publisher: 'RFE/RL', title: 'Serbian President Lays Foundation Stone Of Chinese COVID-Vaccine Factory', url: 'https://www.rferl.org/a/serbia-sinopharm-covid-factory-belgrade/31452511.html', confidence: 'medium' },
  atvBihDonation: { publisher: 'ATV Banja Luka', title: 'Stiže 50.000 kineskih vakcina', url: 'https://atvbl3.ha.rs/lat/vijesti/bih/stize-50000-kineskih-vakcina-29-4-2021', confidence: 'high' },
  sdSrpskaFirst: { publisher: 'Srbija Danas', title: 'U Banjaluku veceras stize 80.000 doza kineskih vakcina', url: 'https://sd.rs/vesti/region/banjaluka-vakcine-vakcinacija-sinofarm-kina-2021-05-05', confidence: 'medium' },
  rferlSrpskaJuly: { publisher: 'RFE/RL (via naslovi.net)', title: 'U Banjaluku stiglo 290.000 doza vakcina', url: 'https://naslovi.net/rd/28398173', confidence: 'medium' },
  zenicaFederation: { publisher: 'Zenicainfo', title: 'Stiglo pola miliona doza vakcine Sinopharm', url: 'https://zenicainfo.ba/2021/08/06/stiglo-pola-miliona-doza-vakcine-sinopharm', confidence: 'medium' },
  xinhuaBihTotal: { publisher: 'Xinhua / People\'s Daily', title: 'Over 143,000 BiH citizens receive Chinese COVID-19 vaccines', url: 'https://en.people.cn/n3/2021/0730/c90000-9878574.html', confidence: 'medium' },
  xinhuaMontenegroDonation: { publisher: 'Xinhua (via infosurhoy)', title: 'Montenegro receives 1st batch of donated COVID-19 vaccines from China', url: 'https://infosurhoy.com/news/montenegro-receives-1st-batch-of-donated-covid-19-vaccines-from-china.html', confidence: 'high' },
  mondoMontenegroContract: { publisher: 'Mondo.me', title: 'Crnogorci se vakcinisu u Srbiji za 70 eura', url: 'https://mondo.me/Info/Drustvo/amp/a909529/CRNOGORCI-SE-VAKCINISU-U-SRBIJI-ZA-70-EURA.html', confidence: 'low' },
  xinhuaMontenegroPurchase: { publisher: 'Xinhua (via comparemela)', title: 'Montenegrin health... (Xinhua copy)', url: 'https://comparemela.com/news/montenegrin-health', confidence: 'medium' },
  n1HungaryMontenegro: { publisher: 'N1 (Hina)', title: 'Hungary delivers 200k shots of Chinese-made Sinopharm vaccine to Montenegro', url: 'https://n1info.hr/english/news/hungary-delivers-200k-shots-of-chinese-made-sinopharm-vaccine-to-montenegro', confidence: 'high' },
  apNorthMacedonia: { publisher: 'Associated Press (via WXOW)', title: 'North Macedonia looks to Chinese vaccine to revive program', url: 'https://wxow.com/2021/04/30/north-macedonia-looks-to-chinese-vaccine-to-revive-program/', confidence: 'high' },
  minaNorthMacedonia: { publisher: 'MINA Report', title: 'Chinese Military donates 100,000 vaccines to Macedonia', url: 'https://www.minareport.com/chinese-military-donates-100000-vaccines-to-macedonia-wearenato/', confidence: 'medium' },
  republikaSinovac: { publisher: 'Republika.mk', title: 'Authorities don\'t reveal the price at which the Chinese Sinovac vaccines were procured', url: 'https://english.republika.mk/news/macedonia/authorities-dont-reveal-the-price-at-which-the-chinese-sinovac-vaccines-were-procured/', confidence: 'medium' },
  aaTurkeyNorthMacedonia: { publisher: 'Anadolu Agency (via alaturkaonline)', title: 'North Macedonia receives 30,000 vaccine doses donated by Turkey', url: 'https://www.alaturkaonline.com/north-macedonia-receives-30000-vaccine-doses-donated-by-turkey/', confidence: 'high' },
  reutersAlbania: { publisher: 'Reuters (via KDAL)', title: 'Albania gets 192,000 doses of Chinese Sinovac vaccine', url: 'https://kdal610.com/2021/03/25/albania-gets-192000-doses-of-chinese-sinovac-vaccine/', confidence: 'high' },
  argumentumAlbania: { publisher: 'Argumentum.al', title: 'New supply of 60,000 doses of Sinovac vaccines brings back in motion frozen anti-Covid vaccination in Albania', url: 'https://argumentum.al/lajmi/2021/05/new-supply-of-60000-doses-of-sinovac-vaccines-brings-back-in-motion-frozen-anti-covid-vaccination-in-albania/', confidence: 'medium' },
  novaKosovoPolicy: { publisher: 'Agenzia Nova', title: 'Kosovo, ministro Salute: non prenderemo vaccini anti Covid da Russia e Cina', url: 'https://www.agenzianova.com/a/60ec6bf3b1b4f2.44017405/3523333/2021-07-08/kosovo-ministro-salute-non-prenderemo-vaccini-anti-covid-da-russia-e-cina', confidence: 'medium' },
  a2KosovoRefusal: { publisher: 'A2 News (Albania)', title: 'Kosovo will not allow Russian and Chinese vaccines from Albania', url: 'https://english.a2news.com/2021/04/05/kosovo-will-not-allow-russian-and-chinese-vaccines-from-albania/', confidence: 'medium' },

  // Western vaccines
  ewbEuPfizer: { publisher: 'European Western Balkans', title: 'EU confirms vaccine quantity and delivery dates for Western Balkans', url: 'https://europeanwesternbalkans.com/2021/04/21/eu-confirms-vaccine-quantity-and-delivery-dates-for-western-balkans', confidence: 'high' },
  novaCovaxFirst: { publisher: 'Agenzia Nova (citing EEAS)', title: 'Nord Macedonia, premier Zaev: arrivate 20 mila dosi di Sputnik V donate dalla Serbia', url: 'https://www.agenzianova.com/a/606a8e16b94f03.97967548/3384839/2021-04-01/nord-macedonia-premier-zaev-arrivate-20-mila-dosi-di-sputnik-v-donate-dalla-serbia-2', confidence: 'high' },
  avazBihCovax: { publisher: 'Avaz (US Embassy statement)', title: 'Nelson: I\'m pleased for the citizens of BiH that vaccines have arrived', url: 'https://avaz.ba/english/news/640037/nelson-im-pleased-for-the-citizens-of-bosnia-and-herzegovina-that-vaccines-have-arrived', confidence: 'high' },

  // Technology
  viennaBelgradeCameras: { publisher: 'Vienna Offices (City of Vienna)', title: 'Belgrad: Errichtung von 1.000 weiteren Ueberwachungskameras geplant', url: 'https://viennaoffices.at/de/News-Room/City-News/Belgrad-Errichtung-von-1-000-weiteren-Ueberwachungskameras-geplant', confidence: 'high' },
  wotrDigitalSilkRoad: { publisher: 'War on the Rocks (Stefan Vladisavljev)', title: 'Surveying China\'s Digital Silk Road in the Western Balkans', url: 'https://warontherocks.com/2021/08/surveying-chinas-digital-silk-road-in-the-western-balkans/?singlepage=1', confidence: 'high' },
  euronewsBelgrade: { publisher: 'Euronews', title: 'Are smart surveillance cameras protecting citizens in Belgrade? Or are they tracking them?', url: 'https://www.euronews.com/2021/08/10/are-smart-surveillance-cameras-protecting-citizens-in-belgrade-or-are-they-tracking-them', confidence: 'medium' },
  huaweiKragujevac: { publisher: 'Huawei', title: 'Huawei Signed an Agreement with Serbia\'s Office for IT and eGovernment', url: 'https://e.huawei.com/ua/news/ebg/2020/serbia-office-egovernment-agreement', confidence: 'high' },
  kragujevacCityDataCenter: { publisher: 'City of Kragujevac', title: 'The City Data Center has been launched', url: 'https://www.kragujevac.rs/en/the-city-data-center-has-been-launched/', confidence: 'medium' },
  industryEuropeSmartCity: { publisher: 'Industry Europe', title: 'Huawei to open innovation centre in Serbia', url: 'https://industryeurope.com/sectors/technology-innovation/huawei-to-open-innovation-centre-in-serbia/', confidence: 'medium' },
  bneHuaweiCentre: { publisher: 'bne IntelliNews', title: 'China\'s Huawei opens innovations centre in Serbia', url: 'https://www.bne.eu/china-s-huawei-opens-innovations-centre-in-serbia-191947/', confidence: 'high' },
  rferlSerbiaCameras: { publisher: 'RFE/RL', title: 'How Serbia Became Blanketed In Chinese-Made Surveillance Cameras', url: 'https://www.rferl.org/a/serbia-surveillance-cameras-china/32526515.html', confidence: 'high' },
  gmfDigitalSilkRoad: { publisher: 'German Marshall Fund of the US', title: 'The Western Balkans and China\'s Digital Silk Road: Keen Strategic Cooperation or Cautious Limited Engagement', url: 'https://gmfus.org/download/article/23846', confidence: 'medium' },
  support4PartnershipElinc: { publisher: 'Support4Partnership (reprinting Capital.ba)', title: 'Republic of Srpska secretly concluded a contract worth 57 million with a Chinese company connected to the military industry', url: 'https://support4partnership.org/en/news/republic-of-srpska-secretly-concluded-a-contract-worth-57-million-with-a-chinese-company-connected-to-the-military-industry', confidence: 'high' },
  podgoricaSurveillance: { publisher: 'Capital City of Podgorica', title: 'Vukovic and Nuhodzic open operational center for video surveillance', url: 'https://starisajt.podgorica.me/en/news/33', confidence: 'medium' },
  netpressSafeCity: { publisher: 'Netpress', title: 'Safe City system put into operation, uncertain when it will be in use', url: 'https://en.netpress.com.mk/2024/03/08/safe-city-system-put-operation-uncertain-will-use/', confidence: 'medium' },
  tiranaTimesKim: { publisher: 'Tirana Times', title: 'US Ambassador at Tirana Economic Forum', url: 'https://tiranatimes.com/?p=149801', confidence: 'high' },
  sbunkerCameras: { publisher: 'Sbunker (Fitim Gashi)', title: 'Under the surveillance of suspicious Chinese cameras', url: 'https://sbunker.org/en/?p=1049', confidence: 'medium' },
  rferlKosovoDahua: { publisher: 'RFE/RL Albanian Service', title: 'Kamerat e kompanise se sanksionuar kineze permes Serbise ne Kosove', url: 'https://www.evropaelire.org/a/kamerat-e-kompanise-se-sanksionuar-kineze-permes-serbise-ne-kosove/31633253.html', confidence: 'high' },

  // 5G and the Clean Network
  chinaWbNewsletter: { publisher: 'China in the Western Balkans newsletter (docslib copy)', title: 'China in the Western Balkans - December 2020 Issue', url: 'https://docslib.org/doc/11521939/china-in-the-western-balkans-december-2020-issue', confidence: 'medium' },
  kosovoPm5g: { publisher: 'Office of the Prime Minister of Kosovo', title: 'In Kosovo there will be no use of 5G devices provided by untrusted vendors', url: 'https://kryeministri-ks.net/en/in-kosovo-there-will-be-no-use-of-5g-devices-provided-by-incredible-vendors/', confidence: 'high' },
  bneUs5gMous: { publisher: 'bne IntelliNews', title: 'US signs MoUs on 5G cyber security protection with three SEE states', url: 'https://www.intellinews.com/us-signs-mous-on-5g-cyber-security-protection-with-three-see-states-194945/', confidence: 'high' },
  exitAlbaniaCleanNetwork: { publisher: 'Exit News', title: 'Albania Joins US \'the Clean Network\', Pledges Not to Use Huawei 5G', url: 'https://exit.al/en/albania-joins-us-the-clean-network-pledges-not-to-use-huawei-5g', confidence: 'medium' },
  infobalkansAlbaniaMou: { publisher: 'BalkanInsight (via Infobalkans)', title: 'US, Albania, Welcome Agreement on \'Trustworthy\' 5G', url: 'https://www.infobalkans.com/2021/06/14/us-albania-welcome-agreement-trustworthy-5g', confidence: 'high' },
  mediumStojkovski: { publisher: 'Medium (Bojan Stojkovski)', title: 'Balkans will stick with United States over Chinese 5G', url: 'https://hasawatermark.medium.com/balkans-will-stick-with-united-states-over-chinese-5g-19d692712535', confidence: 'medium' },
  govMe5gRoadmap: { publisher: 'Government of Montenegro', title: 'Minister Sekulic attends 3rd Western Balkans Digital Summit', url: 'https://gov.me/en/article/235105--minister-sekulic-attends-3rd-western-balkans-digital-summit', confidence: 'high' },

  // Loans
  aiddataBarBoljare: { publisher: 'AidData (William & Mary)', title: 'China Eximbank provides $943.9 million preferential buyer\'s credit for Phase 1 of Bar-Boljare Highway Project', url: 'https://china.aiddata.org/projects/42330', confidence: 'high' },
  afpMontenegroLoan: { publisher: 'AFP (via Jordan News)', title: 'Montenegro starts paying off $1 billion Chinese road loan', url: 'https://jordannews.jo/Section-112/Economy/Montenegro-starts-paying-off-1-billion-Chinese-road-loan-5244', confidence: 'medium' },
  scmpMontenegroLoan: { publisher: 'South China Morning Post', title: 'China defends its US$944 million loan to Montenegro for motorway project', url: 'https://www.scmp.com/news/china/diplomacy/article/3129506/china-defends-its-us944-million-loan-montenegro-motorway', confidence: 'high' },
  pledgeTimesMontenegro: { publisher: 'Pledge Times (reprint)', title: 'Balkans journal: Montenegro asks EU for loan to break out of China', url: 'https://pledgetimes.com/balkans-journal-montenegro-asks-eu-for-loan-to-break-out-of-china/', confidence: 'medium' },
  balkanInsightMacedoniaLoan: { publisher: 'BalkanInsight', title: 'Macedonia Taps Chinese Loan For Motorways', url: 'https://www.balkaninsight.com/en/article/macedonia-taps-chinese-road-loan', confidence: 'high' },
  electricityTuzla: { publisher: 'Electricity.trade (SEE Energy News)', title: 'Bosnia and Herzegovina: Negotiations over state guarantee for TPP Tuzla\'s unit 7 end without agreement', url: 'https://electricity.trade/bosnia-and-herzegovina-negotiations-over-state-guarantee-for-tpp-tuzlas-unit-7-end-without-agreement', confidence: 'medium' },
  aniSerbiaBanks: { publisher: 'ANI (citing Stefan Vladisavljev)', title: 'Western Balkans increasingly important pit-stop in Chinese Digital Silk Road', url: 'https://chanakyaforum.com/western-balkans-increasingly-important-pit-stop-in-chinese-digital-silk-road', confidence: 'medium' },
  clingendaelKosovo: { publisher: 'Clingendael Institute', title: 'China and the EU in the Western Balkans: A zero-sum game? (ch. 1)', url: 'https://www.clingendael.org/pub/2020/china-and-the-eu-in-the-western-balkans/1-chinas-approach-to-the-western-balkans', confidence: 'high' },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources
