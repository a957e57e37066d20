/**
 * Serbian, Latin script (srpski, latinica), which readers of Bosnian and Montenegrin read as well. Written in this
 * project, not by the report's authors, and not yet reviewed by a native-speaking editor: `reviewed: false`, and every
 * output says so. Frames keep country names in the nominative (after a colon, in apposition, after "nego"), so no
 * name has to be declined; words after numbers take the form Intl.PluralRules gives ("2 doze", "5 doza").
 * Dates from Intl end in a full stop ("30. apr 2021."); sentences built on them do not add a second one.
 */
import type { DataTexts, LanguageMeta } from './meta'
import type { Strings } from './types'
import { lowerFirst, pluralWord, sentence } from './text'

const TAG = 'sr-Latn'

const meta: LanguageMeta = {
  code: 'sr-Latn',
  tag: TAG,
  name: 'Srpski (latinica)',
  reviewed: false,
  provenance: 'Translated in this project from the English chart words; not yet reviewed. To be reviewed by a BCS-speaking editor (Serbian, with an eye to Bosnian and Montenegrin readers) before the charts are published.',
  // Plural rules are the same for every script of Serbian: FormatJS keeps them under 'sr'.
  intlData: () => Promise.all([
    import('@formatjs/intl-pluralrules/locale-data/sr.js'),
    import('@formatjs/intl-numberformat/locale-data/sr-Latn.js'),
    import('@formatjs/intl-datetimeformat/locale-data/sr-Latn.js'),
    import('@formatjs/intl-listformat/locale-data/sr-Latn.js'),
  ]),
}

/** "1 doza", "2 doze", "5 doza", "50,4 doze": the form follows the figure as written. */
const doses = (figure: string, form: Intl.LDMLPluralRule) => `${figure} ${form === 'few' ? 'doze' : 'doza'}`

const dataText: DataTexts = {
  'JHU follows a UN estimate. Serbian officials and EFE (26 Feb 2021) speak of "around seven million", which would raise every per-person figure for Serbia by about a quarter.':
    'JHU koristi procenu UN. Srpski zvaničnici i EFE (26. februara 2021.) govore o „oko sedam miliona“ stanovnika, što bi svaki podatak po stanovniku za Srbiju povećalo za oko četvrtinu.',
  'RFE/RL says Serbia "bought four million doses".':
    'RFE/RL navodi da je Srbija „kupila četiri miliona doza“ (naš prevod).',
  'Hungary': 'Mađarska',
  'Turkey': 'Turska',
  'Allocation announced 20 April 2021 for deliveries May–August 2021 via Austria, funded from the EU\'s EUR 70 million package; not confirmed as fully delivered.':
    'Dodela objavljena 20. aprila 2021. za isporuke od maja do avgusta 2021. preko Austrije, finansirana iz paketa EU od 70 miliona evra; nije potvrđeno da je sve isporučeno.',
  'No COVAX doses had arrived by 1 April 2021 although Serbia had paid into COVAX; the date of a later first delivery was not found.':
    'Do 1. aprila 2021. nije stigla nijedna doza iz COVAX-a, iako je Srbija uplatila sredstva u COVAX; datum kasnije prve isporuke nije pronađen.',
  'Albania joins the Clean Network, first in the region':
    'Albanija se pridružuje Čistoj mreži, prva u regionu',
  'One Exit News piece says Albania joined in April 2020.':
    'Jedan tekst portala Exit News navodi da se Albanija pridružila u aprilu 2020.',
  'Huawei\'s office in Serbia is its regional hub, preparing the ground for the 5G rollout: equipment, landline network modernisation, an Innovation and Development Centre.':
    'Huaweijeva kancelarija u Srbiji je njegovo regionalno središte koje priprema teren za uvođenje 5G: oprema, modernizacija fiksne mreže, Centar za inovacije i razvoj.',
  'Deep cooperation within the Digital Silk Road in local governance systems.':
    'Duboka saradnja u sistemima lokalne uprave u okviru Digitalnog puta svile.',
  'Huawei is a commercial user of the state data centre in Kragujevac and funded a second one, the Kragujevac City Data Center.':
    'Huawei je komercijalni korisnik državnog centra podataka u Kragujevcu i finansirao je još jedan, Kragujevac City Data Center.',
  'Huawei\'s Safe City: cameras with facial and licence-plate recognition across Belgrade, with the declared purpose of preventing and detecting crime.':
    'Huaweijev Safe City: kamere s prepoznavanjem lica i registarskih tablica širom Beograda, s proklamovanim ciljem sprečavanja i otkrivanja kriminala.',
  'Huawei is present through Huawei Technologies Bosnia.':
    'Huawei je prisutan preko firme Huawei Technologies Bosnia.',
  'Agreements for technical support for "Smart City" projects.':
    'Sporazumi o tehničkoj podršci projektima „Smart City“.',
  'Agreements for technical support for "Safe City" projects.':
    'Sporazumi o tehničkoj podršci projektima „Safe City“.',
  'Whether Huawei can take part in the coming 5G expansion is weighed against Montenegro\'s ability to handle its Chinese debt and keep its decisions its own.':
    'Da li Huawei može da učestvuje u predstojećem širenju 5G mreže odmerava se prema sposobnosti Crne Gore da izađe na kraj s dugom prema Kini i da sama donosi odluke.',
  'Limited or no presence of Chinese tech companies, mainly due to stronger alignment with the US and EU.':
    'Ograničeno prisustvo kineskih tehnoloških kompanija ili nikakvo, uglavnom zbog snažnije usklađenosti sa SAD i EU.',
  'Nothing named in the report or found in the sources checked.':
    'Ništa nije navedeno u izveštaju niti pronađeno u proverenim izvorima.',
}

export const srLatn: Strings = {
  meta,
  countries: {
    RS: { name: 'Srbija', short: 'Srbija' },
    BA: { name: 'Bosna i Hercegovina', short: 'BiH' },
    ME: { name: 'Crna Gora', short: 'Crna Gora' },
    MK: { name: 'Severna Makedonija', short: 'S. Makedonija' },
    AL: { name: 'Albanija', short: 'Albanija' },
    XK: { name: 'Kosovo', short: 'Kosovo' },
  },
  words: {
    source: publishers => `Izvor: ${publishers}`,
    note: text => `Napomena: ${text}`,
    andMore: (shown, more) => `${shown} i još ${more}`,
    noData: 'nema podataka',
    notKnown: 'nije poznato',
    none: 'nema',
    bound: value => `≥ ${value}`,
    atLeast: value => `najmanje ${value}`,
    noneBy: date => `nema do ${date}`,
    partsMissing: (total, parts) => `${total} (${parts}: nema podataka)`,
    country: 'Zemlja',
    countryCode: 'Kod zemlje',
    total: 'Ukupno',
  },
  kinds: {
    bars: {
      intro: (shape, measure, series, inUnit) => shape === 'stacked'
        ? `Složeni stubičasti grafikon: ${measure} po zemljama, svaki stubac podeljen na: ${series}; ${inUnit}.`
        : shape === 'grouped' ? `Stubičasti grafikon: ${measure} po zemljama, poređenje: ${series}; ${inUnit}.` : `Stubičasti grafikon: ${measure} po zemljama, ${inUnit}.`,
      times: (whole, how) => `${how === 'atLeast' ? 'najmanje ' : how === 'moreThan' ? 'preko ' : ''}${whole === 2 ? 'dva' : whole} puta više`,
      leader: (group, name, value, next) => `${group ? `${group} — n` : 'N'}ajviša vrednost: ${name}, ${value}${
        !next ? '' : next.times ? `, ${next.times} nego sledeća zemlja, ${next.name} (${next.value})` : `, zatim ${next.name} (${next.value})`}.`,
      rest: items => `Slede: ${items}.`,
      zeros: (names, group) => `${names}: nema${group ? ` (${lowerFirst(group)})` : ''}.`,
      unknown: items => `Nije poznato: ${items}.`,
      bounds: (names, count) => count === 1
        ? `${names}: podatak je donja granica (najmanje), a ne ukupan iznos.`
        : `${names}: podaci su donje granice (najmanje), a ne ukupni iznosi.`,
    },
    timeline: {
      intro: (measure, from, to) => sentence(`Vremenska linija: ${measure} po zemljama, od ${from} do ${to}`),
      earlier: (series, items) => `${series} stigla je ranije u ovim zemljama: ${items}.`,
      on: (series, date) => `${lowerFirst(series)} ${date}`,
      notBy: (series, date) => `${lowerFirst(series)}: nema do ${date}`,
      unknown: series => `${lowerFirst(series)}: nije poznato`,
      none: series => `${lowerFirst(series)}: nema`,
      shared: (count, series, date) => `Sve zemlje (${count}): ${series} (${date}).`,
    },
    matrix: {
      intro: (measure, rows, columns, names) => `Tabela u bojama: ${measure}, ${rows} ${pluralWord(TAG, rows, { one: 'zemlja', few: 'zemlje', other: 'zemalja' })} × ${columns} ${pluralWord(TAG, columns, { one: 'oblast', other: 'oblasti' })} (${names}).`,
      levelIn: (level, fields, count, all) => `${lowerFirst(level)} ${all === 2 ? 'u obe oblasti' : all > 0 ? `u svim oblastima (${all})` : `u ${count === 1 ? 'oblasti' : 'oblastima'}: ${fields}`}`,
    },
    map: {
      // "Mapa 6 zemalja. Boja svake zemlje pokazuje: …": the measure after a colon, in the nominative.
      intro: (count, measure) => `Mapa ${count} ${pluralWord(TAG, count, { one: 'zemlje', few: 'zemlje', other: 'zemalja' })}. Boja svake zemlje pokazuje: ${measure}.`,
      group: (category, names) => `${category}: ${names}.`,
      item: (name, detail) => `${name} (${detail})`,
      shared: (names, detail) => `${names} (svaka zemlja: ${detail})`,
      extremes: (high, highValue, low, lowValue) => `Najviša vrednost: ${high}, ${highValue}; najniža: ${low}, ${lowValue}.`,
      bounds: (names, count) => `${count === 1 ? 'Donja granica' : 'Donje granice'}, šrafirano: ${names} (najmanje prikazani broj; ukupan iznos može biti veći).`,
      unknown: name => `${name}: nije poznato.`,
      boundaries: 'Granice: Natural Earth (javno dobro).',
    },
  },
  charts: {
    'chinese-vaccine-doses': {
      title: 'Kineske doze vakcina protiv COVID-19 po zemljama',
      subtitle: 'Kupljene doze i doze koje je donirala Kina, isporučene tokom 2021. godine',
      measure: 'isporučene kineske doze vakcina protiv COVID-19',
      unit: { label: 'doze', inUnit: 'u dozama', value: doses },
      series: { bought: 'Kupovina', donated: 'Donacije Kine' },
      notes: {
        lowerBound: '≥ označava donju granicu: zbir prijavljenih isporuka tamo gde ukupan iznos nije pronađen.',
        disagreement: (country, figure, publishers, note) => `${country}: ${figure} prema izvoru ${publishers}; ${note}`,
        notCounted: list => `Nisu uračunate doze proizvedene u Kini koje su prosledile treće zemlje (${list}).`,
        passedOn: (from, count, to) => `${from}: ${count}, primalac: ${to}`,
        someDoses: 'nepoznat broj',
      },
    },
    'chinese-doses-per-100': {
      title: 'Kineske doze vakcina na 100 stanovnika',
      subtitle: 'Kupljene doze i doze koje je donirala Kina, isporučene tokom 2021. godine, na 100 stanovnika',
      measure: 'kineske doze vakcina protiv COVID-19 na 100 stanovnika',
      unit: { label: 'doze na 100 stanovnika', inUnit: 'u dozama na 100 stanovnika', value: (figure, form) => `${doses(figure, form)} na 100 stanovnika` },
      series: { bought: 'Kupovina', donated: 'Donacije Kine' },
      notes: { lowerBound: '≥ označava donju granicu. Broj stanovnika: referentna tabela JHU CSSE (osnova 2020).' },
    },
    'first-deliveries': {
      title: 'Šta je stiglo prvo: kineske vakcine ili COVAX',
      subtitle: 'Datum prve isporuke kineskih vakcina i prve isporuke iz programa COVAX, po zemljama',
      measure: 'prve isporuke kineskih vakcina i vakcina iz programa COVAX',
      series: {
        chinese: { label: 'Prva kineska isporuka', short: 'Kina', never: 'bez kineskih vakcina' },
        covax: { label: 'Prva isporuka iz COVAX-a', short: 'COVAX', never: 'bez doza iz COVAX-a' },
      },
      notes: { definition: 'Kineska isporuka znači kupljene ili donirane doze iz Kine; doze proizvedene u Kini koje su prosledile treće zemlje nisu uračunate.' },
    },
    'donations-china-vs-eu': {
      title: 'Pokloni u poređenju: doze koje je donirala Kina i doze koje je finansirala EU',
      subtitle: 'Doze koje je donirala Kina (isporučene) i doze Pfizer/BioNTech koje je finansirala EU (dodeljene), 2021.',
      measure: 'donirane doze i doze koje je finansirala EU',
      unit: { label: 'doze', inUnit: 'u dozama', value: doses },
      series: { donated: 'Donacije Kine', eu: 'Finansiranje EU (dodeljeno)' },
      notes: {
        eu: note => `EU: ${note}`,
        noSource: countries => `${countries}: nije pronađen izvor o kineskoj donaciji.`,
      },
    },
    'vaccination-coverage': {
      title: 'Gde je bila vakcinacija godinu dana kasnije',
      subtitle: 'Potpuno vakcinisani, procenat stanovništva, stanje 15. marta 2022. godine, sve vrste vakcina',
      measure: 'udeo potpuno vakcinisanih',
      unit: { label: '% stanovništva', inUnit: 'u % stanovništva', value: figure => figure },
      series: { fully: 'Potpuno vakcinisani' },
      notes: { snapshot: 'Presek JHU GovEx na dan 15. marta 2022. godine, ne konačni iznosi. Broj stanovnika: JHU CSSE (osnova 2020).' },
    },
    'tech-presence-matrix': {
      title: 'Prisustvo kineske tehnologije, prema proceni izveštaja',
      subtitle: 'Po zemljama i oblastima, u terminima izveštaja (prevod s engleskog)',
      measure: 'prisustvo kineske tehnologije',
      cells: { extensive: 'Opsežno', present: 'Prisutno', limited: 'Ograničeno', undecided: 'Neodlučeno', notFound: 'Nije nađeno' },
      notes: {
        notFound: '„Nije pronađeno“: ništa u izveštaju ni u proverenim izvorima; to nije dokaz odsustva.',
        limited: '„Ograničeno ili nimalo“ (u originalu „Limited or none“): reči izveštaja za Kosovo, Severnu Makedoniju i Albaniju, „uglavnom zbog njihove snažnije usklađenosti sa SAD i EU“ (naš prevod).',
      },
    },
    'chinese-doses-map': {
      title: 'Kineske doze vakcina na 100 stanovnika u regionu',
      subtitle: 'Kupljene doze i doze koje je donirala Kina, isporučene tokom 2021. godine, na 100 stanovnika',
      measure: 'kineske doze vakcina protiv COVID-19 na 100 stanovnika (kupljene i donirane, isporučene tokom 2021. godine)',
      unit: 'doze na 100 stanovnika',
      columns: { total: 'Kineske doze', class: 'Klasa na mapi' },
      classes: {
        none: zero => `Nijedna (${zero})`,
        under: limit => `Manje od ${limit}`,
        range: (from, to) => `${from}–${to}`,
        over: limit => `${limit} i više`,
        noData: 'Nema podataka',
      },
      hatched: 'Šrafirano: najmanje',
      zero: 'nula prema izvoru',
      parts: { bought: 'kupljene doze', donated: 'doze koje je donirala Kina' },
      partUnknown: part => `${part}: nije poznato`,
      notes: { hatched: 'Šrafirano i ≥: najmanje toliko; ukupan iznos nije pronađen. Broj stanovnika: referentna tabela JHU CSSE (osnova 2020).' },
    },
    'tech-presence-map': {
      title: 'Prisustvo kineske tehnologije u regionu, prema proceni izveštaja',
      subtitle: 'Svaka zemlja na najvišem nivou koji joj izveštaj daje u bilo kojoj od četiri oblasti',
      measure: 'prisustvo kineske tehnologije prema proceni izveštaja, najviši nivo u bilo kojoj od četiri oblasti',
      columns: { level: 'Najviši nivo', fields: 'Oblasti na tom nivou' },
      fields: (names, count, all) => (all ? `sve ${count} oblasti` : names),
      // "ostale 3 oblasti: nije pronađeno": the other fields as the subject, in the nominative the count asks for.
      undecided: (fields, notFound, others) => `${fields}; ${others === 1 ? 'preostala oblast' : `${pluralWord(TAG, others, { few: 'ostale', other: 'ostalih' })} ${others} oblasti`}: ${lowerFirst(notFound)}`,
      notes: { derived: 'Najviši od nivoa jedne zemlje u četiri oblasti tabele; „neodlučeno“ tamo gde nijedna oblast nema nivo „opsežno“, „prisutno“ ni „ograničeno“.' },
    },
    'five-g-commitments': {
      title: 'Ko se obavezao protiv „nepouzdanih“ dobavljača 5G opreme',
      subtitle: 'Obaveze o bezbednosti 5G mreža sa SAD i regionalna 5G mapa puta, po zemljama',
      measure: 'obaveze o bezbednosti 5G mreža',
      noUs: 'nije nađena obaveza prema SAD',
      notes: {
        monthOnly: (commitment, note) => `${commitment}: poznat samo mesec${note ? `. ${note}` : ''}`,
        noUs: countries => `${countries}: u proverenim izvorima nije pronađeno članstvo u Čistoj mreži (Clean Network) ni memorandum sa SAD.`,
      },
    },
  },
  data: {
    dimensions: { telecoms: 'Telekomunikacije & 5G', governance: 'Lokalna uprava', it: 'IT & centri podataka', security: 'Bezbednost & nadzor' },
    levels: { extensive: 'Opsežno', present: 'Prisutno', limited: 'Ograničeno ili nimalo', undecided: 'Neodlučeno', notFound: 'Nije pronađeno' },
    instruments: {
      'washington-agreement': 'Vašingtonski sporazum',
      'clean-network': 'Čista mreža',
      'us-memorandum': 'Memorandum sa SAD',
      'government-pledge': 'Obaveza o dobavljačima',
      'wb6-roadmap': '5G mapa puta ZB6',
    },
  },
  dataText,
  kit: {
    notReviewed: 'Prevod još nije pregledao izvorni govornik. Izvorne reči izveštaja su one na engleskom.',
    presets: { article: 'članak', social: 'društvene mreže', square: 'kvadrat' },
    embed: {
      showData: 'Podaci',
      showChart: 'Grafikon',
      dataRegion: 'Podaci',
      dataSeeSources: 'Podaci: vidi izvore.',
      dataVersion: version => `Verzija podataka ${version}.`,
      download: 'Preuzimanje:',
      embedPage: 'Stranica za ugradnju',
    },
    gallery: {
      pageTitle: report => `Grafikoni: ${report}`,
      heading: report => `Grafikoni iz izveštaja „${report}“`,
      intro: (count, presets) => `${count} ${pluralWord(TAG, count, { one: 'grafikon', other: 'grafikona' })}, svaki kao PNG (${presets}), SVG, CSV sa izvorima, JSON metapodaci sa alternativnim tekstom i stranica za ugradnju.`,
      relative: 'Kodovi koriste putanje u odnosu na ovu stranicu: pri objavljivanju dodajte ispred njih adresu fascikle (npm run charts -- --base-url https://…/charts/).',
      absolute: base => `Kodovi upućuju na ${base}.`,
      licence: 'Licenca:',
      credit: 'uz navođenje',
      embedCode: 'Kod za ugradnju',
      copy: 'Kopiraj kod za ugradnju',
      copied: 'Kopirano',
      pressToCopy: 'Pritisnite Ctrl+C da kopirate',
      altText: 'Alternativni tekst',
      language: 'Jezik',
      howTo: {
        heading: 'Kako ugraditi grafikon',
        snippet: 'Nalepite kod za ugradnju grafikona onakav kakav jeste: iframe i kratku skriptu posle njega, koja prilagođava okvir grafikonu na svakoj širini. Skripta prima samo visinu koju grafikon javlja iz svog okvira, u granicama, i ništa ne učitava. Gde stranica uklanja skripte, okvir zadržava visinu koja prikazuje ceo grafikon na telefonu.',
        options: 'Opcije idu posle embed.html u adresi iframe-a, spojene znakom &, npr. embed.html?dark=auto&plain=true:',
        dark: 'dark=true crta grafikon u tamnoj temi; dark=auto prati sistemsko podešavanje čitaoca; bez toga grafikon je svetao.',
        plain: 'plain=true izostavlja naslov i podnaslov, za članak sa sopstvenim naslovom; red sa izvorom, napomene i navođenje autora ostaju.',
        transparent: 'transparent=true izostavlja pozadinu stranice, pa se vidi pozadina članka.',
        sandbox: flags => `Iframe je izolovan (${flags}): stranica grafikona pokreće sopstvenu skriptu, zadržava sopstvenu adresu (zbog fontova i preuzimanja), otvara izvore u novoj kartici i nudi svoje datoteke za preuzimanje. Ne može da preusmeri članak, šalje obrasce niti otvara dijaloge. Postavite grafikone na drugo poreklo (origin) od članaka (dovoljan je poddomen), da bi izolacija važila.`,
      },
    },
    csv: {
      date: 'datum',
      level: 'nivo',
      statusColumn: column => `${column}: status`,
      sources: (publishers, json) => `Izvor: ${publishers}. Linkovi ka svim izvorima: ${json}.`,
      licence: (licence, credit) => `Grafikon: ${licence}, uz navođenje: ${credit}. Podaci: vidi izvore.`,
      comments: 'Redovi koji počinju sa "# " posle redova s podacima sadrže naslov, izvore, napomene, licencu i verziju podataka.',
      statusCodes: 'Kolone statusa koriste ove kodove na engleskom: exact (tačno); at least (najmanje, donja granica); not known (nije poznato: vrednost je prazna, nikad 0); none (nema); none by this date (nema do tog datuma).',
    },
    licence: {
      appliesTo: 'grafikoni: PNG i SVG slike, stranice za ugradnju i tabele kako su ovde prikazane',
      data: 'Vidi izvore: svaki podatak pripisan je svom izvoru i zadržava uslove tog izvora.',
    },
  },
}
