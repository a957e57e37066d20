/**
 * Albanian (shqip). Written in this project, not by the report's authors, and not yet reviewed by a native-speaking
 * editor: `reviewed: false`, and every output says so. Sentence frames keep country names in the nominative (after a
 * colon, as a subject, or after "nga"/"se"), so no name has to be declined; a reviewer may prefer declined forms.
 * Report terms are translated with the English original beside them where the note quotes the report.
 */
import type { DataTexts, LanguageMeta } from './meta'
import type { Strings } from './types'
import { lowerFirst, sentence } from './text'

const meta: LanguageMeta = {
  code: 'sq',
  tag: 'sq',
  name: 'Shqip',
  reviewed: false,
  provenance: 'Translated in this project from the English chart words; not yet reviewed. To be reviewed by Sbunker\'s Albanian editors (or another native-speaking editor) before the charts are published in Albanian.',
  intlData: () => Promise.all([
    import('@formatjs/intl-pluralrules/locale-data/sq.js'),
    import('@formatjs/intl-numberformat/locale-data/sq.js'),
    import('@formatjs/intl-datetimeformat/locale-data/sq.js'),
    import('@formatjs/intl-listformat/locale-data/sq.js'),
  ]),
}

/** A dose / doses after a number (one: "1 dozë", other: "2 doza", "50,4 doza"). */
const doses = (figure: string, form: Intl.LDMLPluralRule) => `${figure} ${form === 'one' ? 'dozë' : 'doza'}`

const dataText: DataTexts = {
  'JHU follows a UN estimate. Serbian officials and EFE (26 Feb 2021) speak of "around seven million", which would raise every per-person figure for Serbia by about a quarter.':
    'JHU ndjek një vlerësim të OKB-së. Zyrtarët serbë dhe EFE (26 shkurt 2021) flasin për „rreth shtatë milionë“ banorë, gjë që do t’i rriste të gjitha shifrat për banor të Serbisë me rreth një të katërtën.',
  'RFE/RL says Serbia "bought four million doses".':
    'RFE/RL thotë se Serbia „bleu katër milionë doza“ (përkthimi ynë).',
  'Hungary': 'Hungaria',
  'Turkey': 'Turqia',
  'Allocation announced 20 April 2021 for deliveries May–August 2021 via Austria, funded from the EU\'s EUR 70 million package; not confirmed as fully delivered.':
    'Ndarja u njoftua më 20 prill 2021 për dorëzime maj–gusht 2021 përmes Austrisë, e financuar nga paketa prej 70 milionë eurosh e BE-së; nuk është konfirmuar se u dorëzua e plotë.',
  'No COVAX doses had arrived by 1 April 2021 although Serbia had paid into COVAX; the date of a later first delivery was not found.':
    'Deri më 1 prill 2021 nuk kishte mbërritur asnjë dozë nga COVAX, ndonëse Serbia kishte paguar në COVAX; data e një dorëzimi të parë të mëvonshëm nuk u gjet.',
  'Albania joins the Clean Network, first in the region':
    'Shqipëria i bashkohet Rrjetit të Pastër, e para në rajon',
  'One Exit News piece says Albania joined in April 2020.':
    'Një shkrim i Exit News thotë se Shqipëria u bashkua në prill 2020.',
  'Huawei\'s office in Serbia is its regional hub, preparing the ground for the 5G rollout: equipment, landline network modernisation, an Innovation and Development Centre.':
    'Zyra e Huawei në Serbi është qendra e saj rajonale, që përgatit terrenin për shtrirjen e 5G: pajisje, modernizim i rrjetit fiks, një Qendër Inovacioni dhe Zhvillimi.',
  'Deep cooperation within the Digital Silk Road in local governance systems.':
    'Bashkëpunim i thellë në sistemet e qeverisjes vendore, në kuadër të Rrugës Digjitale të Mëndafshit.',
  'Huawei is a commercial user of the state data centre in Kragujevac and funded a second one, the Kragujevac City Data Center.':
    'Huawei është përdorues komercial i qendrës shtetërore të të dhënave në Kragujevac dhe financoi një të dytë, Kragujevac City Data Center.',
  'Huawei\'s Safe City: cameras with facial and licence-plate recognition across Belgrade, with the declared purpose of preventing and detecting crime.':
    'Safe City e Huawei: kamera me njohje të fytyrës dhe të targave në mbarë Beogradin, me qëllimin e deklaruar të parandalimit dhe zbulimit të krimit.',
  'Huawei is present through Huawei Technologies Bosnia.':
    'Huawei është e pranishme përmes Huawei Technologies Bosnia.',
  'Agreements for technical support for "Smart City" projects.':
    'Marrëveshje për mbështetje teknike për projekte „Smart City“.',
  'Agreements for technical support for "Safe City" projects.':
    'Marrëveshje për mbështetje teknike për projekte „Safe City“.',
  'Whether Huawei can take part in the coming 5G expansion is weighed against Montenegro\'s ability to handle its Chinese debt and keep its decisions its own.':
    'Nëse Huawei mund të marrë pjesë në zgjerimin e ardhshëm të 5G peshohet kundrejt aftësisë së Malit të Zi për të përballuar borxhin ndaj Kinës dhe për të marrë vetë vendimet e veta.',
  'Limited or no presence of Chinese tech companies, mainly due to stronger alignment with the US and EU.':
    'Prani e kufizuar ose aspak e kompanive teknologjike kineze, kryesisht për shkak të përafrimit më të fortë me SHBA-në dhe BE-në.',
  'Nothing named in the report or found in the sources checked.':
    'Asgjë e përmendur në raport apo e gjetur në burimet e kontrolluara.',
}

export const sq: Strings = {
  meta,
  countries: {
    RS: { name: 'Serbia', short: 'Serbia' },
    BA: { name: 'Bosnja dhe Hercegovina', short: 'Bosnja dhe Herc.' },
    ME: { name: 'Mali i Zi', short: 'Mali i Zi' },
    MK: { name: 'Maqedonia e Veriut', short: 'Maqedonia e Veriut' },
    AL: { name: 'Shqipëria', short: 'Shqipëria' },
    XK: { name: 'Kosova', short: 'Kosova' },
  },
  words: {
    source: publishers => `Burimi: ${publishers}`,
    note: text => `Shënim: ${text}`,
    andMore: (shown, more) => `${shown} dhe ${more} të tjera`,
    noData: 'pa të dhëna',
    notKnown: 'nuk dihet',
    none: 'asnjë',
    bound: value => `≥ ${value}`,
    atLeast: value => `të paktën ${value}`,
    noneBy: date => `asnjë deri më ${date}`,
    partsMissing: (total, parts) => `${total} (${parts}: pa të dhëna)`,
    country: 'Vendi',
    countryCode: 'Kodi i vendit',
    total: 'Gjithsej',
  },
  kinds: {
    bars: {
      intro: (shape, measure, series, inUnit) => shape === 'stacked'
        ? `Grafik me shtylla të grumbulluara: ${measure} sipas vendeve, çdo shtyllë e ndarë në ${series}, ${inUnit}.`
        : shape === 'grouped' ? `Grafik me shtylla: ${measure} sipas vendeve, duke krahasuar ${series}, ${inUnit}.` : `Grafik me shtylla: ${measure} sipas vendeve, ${inUnit}.`,
      times: (whole, how) => `${how === 'atLeast' ? 'të paktën ' : how === 'moreThan' ? 'mbi ' : ''}${whole === 2 ? 'dy' : whole} herë më shumë`,
      leader: (group, name, value, next) => `${group ? `${group} — v` : 'V'}lerën më të lartë e ka ${name}, me ${value}${
        !next ? '' : next.times ? `, ${next.times} se vendi pasues, ${next.name} (${next.value})` : `; e dyta: ${next.name} (${next.value})`}.`,
      rest: items => `Më pas vijnë: ${items}.`,
      zeros: (names, group) => `${names}: asnjë${group ? ` (${lowerFirst(group)})` : ''}.`,
      unknown: items => `Vlera të panjohura: ${items}.`,
      bounds: (names, count) => count === 1
        ? `${names}: shifra është kufi i poshtëm (të paktën), jo shuma e plotë.`
        : `${names}: shifrat janë kufij të poshtëm (të paktën), jo shuma të plota.`,
    },
    timeline: {
      intro: (measure, from, to) => `Bosht kohor: ${measure} sipas vendeve, nga ${from} deri më ${to}.`,
      earlier: (series, items) => `${series} erdhi më herët në këto vende: ${items}.`,
      on: (series, date) => `${lowerFirst(series)} më ${date}`,
      notBy: (series, date) => `${lowerFirst(series)}: asnjë deri më ${date}`,
      unknown: series => `${lowerFirst(series)}: nuk dihet`,
      none: series => `${lowerFirst(series)}: asnjë`,
      shared: (count, series, date) => `Të ${count} vendet: ${series} (${date}).`,
    },
    matrix: {
      intro: (measure, rows, columns, names) => `Tabelë me ngjyra: ${measure}, ${rows} ${rows === 1 ? 'vend' : 'vende'} × ${columns} ${columns === 1 ? 'fushë' : 'fusha'} (${names}).`,
      levelIn: (level, fields, _count, all) => `${lowerFirst(level)} në ${all === 2 ? 'të dyja fushat' : all > 0 ? `të ${all} fushat` : fields}`,
    },
    map: {
      // "Hartë e 6 vendeve. Ngjyra e secilit vend tregon: …": the measure after a colon, so it needs no declension.
      intro: (count, measure) => `Hartë e ${count} ${count === 1 ? 'vendit' : 'vendeve'}. Ngjyra e secilit vend tregon: ${measure}.`,
      group: (category, names) => `${category}: ${names}.`,
      item: (name, detail) => `${name} (${detail})`,
      shared: (names, detail) => `${names} (secili vend: ${detail})`,
      extremes: (high, highValue, low, lowValue) => `Shifra më e lartë: ${high}, ${highValue}; shifra më e ulët: ${low}, ${lowValue}.`,
      bounds: (names, count) => `${count === 1 ? 'Kufi i poshtëm' : 'Kufij të poshtëm'}, me vija të pjerrëta: ${names} (të paktën shifra e treguar; shuma e plotë mund të jetë më e lartë).`,
      unknown: name => `${name}: nuk dihet.`,
      boundaries: 'Kufijtë: Natural Earth (domen publik).',
    },
  },
  charts: {
    'chinese-vaccine-doses': {
      title: 'Dozat e vaksinave kineze kundër COVID-19 sipas vendeve',
      subtitle: 'Doza të blera dhe doza të dhuruara nga Kina, të dorëzuara në vitin 2021',
      measure: 'dozat e vaksinave kineze kundër COVID-19 të dorëzuara',
      unit: { label: 'doza', inUnit: 'në doza', value: doses },
      series: { bought: 'Të blera', donated: 'Të dhuruara nga Kina' },
      notes: {
        lowerBound: '≥ shënon kufirin e poshtëm: shumën e dorëzimeve të raportuara, aty ku nuk u gjet një shumë e plotë.',
        disagreement: (country, figure, publishers, note) => `${country}: ${figure} sipas ${publishers}; ${note}`,
        notCounted: list => `Nuk numërohen: dozat e prodhuara në Kinë që i dhanë vende të treta (${list}).`,
        passedOn: (from, count, to) => `${to} mori ${count} nga ${from}`,
        someDoses: 'disa',
      },
    },
    'chinese-doses-per-100': {
      title: 'Doza të vaksinave kineze për 100 banorë',
      subtitle: 'Doza të blera dhe doza të dhuruara nga Kina, të dorëzuara në vitin 2021, për 100 banorë',
      measure: 'dozat e vaksinave kineze kundër COVID-19 për 100 banorë',
      unit: { label: 'doza për 100 banorë', inUnit: 'në doza për 100 banorë', value: (figure, form) => `${doses(figure, form)} për 100 banorë` },
      series: { bought: 'Të blera', donated: 'Të dhuruara nga Kina' },
      notes: { lowerBound: '≥ shënon kufirin e poshtëm. Popullsia: tabela e referencës e JHU CSSE (baza 2020).' },
    },
    'first-deliveries': {
      title: 'Kush erdhi i pari: vaksinat kineze apo COVAX',
      subtitle: 'Data e dorëzimit të parë të vaksinave kineze dhe e dorëzimit të parë nga COVAX, sipas vendeve',
      measure: 'dorëzimet e para të vaksinave kineze dhe nga COVAX',
      series: {
        chinese: { label: 'Dorëzimi i parë kinez', short: 'Kina', never: 'asnjë vaksinë kineze' },
        covax: { label: 'Dorëzimi i parë nga COVAX', short: 'COVAX', never: 'asnjë dozë nga COVAX' },
      },
      notes: { definition: 'Dorëzim kinez janë dozat e blera ose të dhuruara nga Kina; dozat e prodhuara në Kinë që i dhanë vende të treta nuk numërohen.' },
    },
    'donations-china-vs-eu': {
      title: 'Dhuratat krahasuar: doza të dhuruara nga Kina dhe doza të financuara nga BE-ja',
      subtitle: 'Doza të dhuruara nga Kina (të dorëzuara) dhe doza Pfizer/BioNTech të financuara nga BE-ja (të ndara), 2021',
      measure: 'dozat e dhuruara dhe dozat e financuara nga BE-ja',
      unit: { label: 'doza', inUnit: 'në doza', value: doses },
      series: { donated: 'Të dhuruara nga Kina', eu: 'Të financuara nga BE-ja (të ndara)' },
      notes: {
        eu: note => `BE: ${note}`,
        noSource: countries => `${countries}: nuk u gjet burim për ndonjë dhurim nga Kina.`,
      },
    },
    'vaccination-coverage': {
      title: 'Ku ishte vaksinimi një vit më vonë',
      subtitle: 'Njerëz plotësisht të vaksinuar, përqindje e popullsisë, 15 mars 2022, të gjitha llojet e vaksinave',
      measure: 'pjesa e njerëzve plotësisht të vaksinuar',
      unit: { label: '% e popullsisë', inUnit: 'në % të popullsisë', value: figure => figure },
      series: { fully: 'Plotësisht të vaksinuar' },
      notes: { snapshot: 'Gjendja sipas JHU GovEx më 15 mars 2022, jo shifrat përfundimtare. Popullsia: JHU CSSE (baza 2020).' },
    },
    'tech-presence-matrix': {
      title: 'Prania e teknologjisë kineze, sipas vlerësimit të raportit',
      subtitle: 'Sipas vendit dhe fushës, me termat e raportit (përkthyer nga anglishtja)',
      measure: 'prania e teknologjisë kineze',
      cells: { extensive: 'E gjerë', present: 'E pranishme', limited: 'E kufizuar', undecided: 'E pavendosur', notFound: 'Nuk u gjet' },
      notes: {
        notFound: '„Nuk u gjet“: asgjë në raport apo në burimet e kontrolluara; kjo nuk provon mungesën.',
        limited: '„E kufizuar ose aspak“ (në origjinal „Limited or none“): fjalët e raportit për Kosovën, Maqedoninë e Veriut dhe Shqipërinë, „kryesisht për shkak të përafrimit të tyre më të fortë me SHBA-në dhe BE-në“ (përkthimi ynë).',
      },
    },
    'chinese-doses-map': {
      title: 'Doza të vaksinave kineze për 100 banorë në rajon',
      subtitle: 'Doza të blera dhe doza të dhuruara nga Kina, të dorëzuara në vitin 2021, për 100 banorë',
      measure: 'dozat e vaksinave kineze kundër COVID-19 për 100 banorë (të blera dhe të dhuruara, të dorëzuara në vitin 2021)',
      unit: 'doza për 100 banorë',
      columns: { total: 'Doza kineze', class: 'Klasa në hartë' },
      classes: {
        none: zero => `Asnjë (${zero})`,
        under: limit => `Nën ${limit}`,
        range: (from, to) => `${from}–${to}`,
        over: limit => `${limit} e më shumë`,
        noData: 'Pa të dhëna',
      },
      hatched: 'Me vija: të paktën',
      zero: 'asnjë dozë, sipas burimit',
      parts: { bought: 'dozat e blera', donated: 'dozat e dhuruara nga Kina' },
      partUnknown: part => `${part}: nuk dihet`,
      notes: { hatched: 'Me vija dhe ≥: të paktën aq; shuma e plotë nuk u gjet. Popullsia: tabela e referencës e JHU CSSE (baza 2020).' },
    },
    'tech-presence-map': {
      title: 'Prania e teknologjisë kineze në rajon, sipas vlerësimit të raportit',
      subtitle: 'Çdo vend në nivelin më të fortë që i jep raporti në cilëndo nga katër fushat',
      measure: 'prania e teknologjisë kineze sipas vlerësimit të raportit, niveli më i fortë në cilëndo nga katër fushat',
      columns: { level: 'Niveli më i fortë', fields: 'Fushat në atë nivel' },
      fields: (names, count, all) => (all ? `të ${count} fushat` : names),
      undecided: (fields, notFound, others) => `${fields}; ${lowerFirst(notFound)} në ${others === 1 ? 'fushën tjetër' : `${others} fushat e tjera`}`,
      notes: { derived: 'Niveli më i fortë i një vendi në katër fushat e tabelës; „e pavendosur“ aty ku asnjë fushë nuk është e gjerë, e pranishme apo e kufizuar.' },
    },
    'five-g-commitments': {
      title: 'Kush u angazhua kundër furnitorëve „jo të besueshëm“ të 5G',
      subtitle: 'Angazhime për sigurinë e 5G me SHBA-në dhe Udhërrëfyesi rajonal për 5G, sipas vendeve',
      measure: 'angazhimet për sigurinë e 5G',
      noUs: 'nuk u gjet angazhim me SHBA-në',
      notes: {
        monthOnly: (commitment, note) => `${commitment}: dihet vetëm muaji${note ? `. ${note}` : ''}`,
        noUs: countries => sentence(`${countries}: në burimet e kontrolluara nuk u gjet anëtarësim në Rrjetin e Pastër (Clean Network) apo memorandum me SHBA-në`),
      },
    },
  },
  data: {
    dimensions: { telecoms: 'Telekomunikacion & 5G', governance: 'Qeverisje vendore', it: 'IT & qendra të dhënash', security: 'Siguri & mbikëqyrje' },
    levels: { extensive: 'E gjerë', present: 'E pranishme', limited: 'E kufizuar ose aspak', undecided: 'E pavendosur', notFound: 'Nuk u gjet' },
    instruments: {
      'washington-agreement': 'Marrëveshja e Uashingtonit',
      'clean-network': 'Rrjeti i Pastër',
      'us-memorandum': 'Memorandumi me SHBA-në',
      'government-pledge': 'Zotimi për furnitorët',
      'wb6-roadmap': 'Udhërrëfyesi 5G i BP6',
    },
  },
  dataText,
  kit: {
    notReviewed: 'Përkthim ende i pashqyrtuar nga një folës amtar. Fjalët e vetë raportit janë ato në anglisht.',
    presets: { article: 'artikull', social: 'rrjete sociale', square: 'katror' },
    embed: {
      showData: 'Të dhënat',
      showChart: 'Grafiku',
      dataRegion: 'Të dhënat',
      dataSeeSources: 'Të dhënat: shih burimet.',
      dataVersion: version => `Versioni i të dhënave ${version}.`,
      download: 'Shkarko:',
      embedPage: 'Faqja për përfshirje',
    },
    gallery: {
      pageTitle: report => `Grafikë: ${report}`,
      heading: report => `Grafikë nga „${report}“`,
      intro: (count, presets) => `${count} ${count === 1 ? 'grafik' : 'grafikë'}, secili si PNG (${presets}), SVG, CSV me burimet, metadata JSON me tekst alternativ dhe një faqe për përfshirje.`,
      relative: 'Kodet përdorin shtigje relative ndaj kësaj faqeje: kur t’i publikoni, vendosni para tyre adresën e dosjes (npm run charts -- --base-url https://…/charts/).',
      absolute: base => `Kodet drejtohen te ${base}.`,
      licence: 'Licenca:',
      credit: 'me atribuim për',
      embedCode: 'Kodi për përfshirje',
      copy: 'Kopjo kodin',
      copied: 'U kopjua',
      pressToCopy: 'Shtypni Ctrl+C për ta kopjuar',
      altText: 'Teksti alternativ',
      language: 'Gjuha',
      howTo: {
        heading: 'Si të përfshini një grafik',
        snippet: 'Ngjitni kodin e grafikut ashtu siç është: iframe-in dhe skriptin e shkurtër pas tij, i cili e përshtat kornizën me grafikun në çdo gjerësi. Skripti merr vetëm lartësinë që grafiku raporton nga korniza e vet, brenda kufijve, dhe nuk ngarkon asgjë. Kur një faqe i heq skriptet, korniza ruan një lartësi që e tregon grafikun të plotë në telefon.',
        options: 'Opsionet shkojnë pas embed.html në adresën e iframe-it, të lidhura me &, p.sh. embed.html?dark=auto&plain=true:',
        dark: 'dark=true e vizaton grafikun me temën e errët; dark=auto ndjek cilësimin e sistemit të lexuesit; pa të grafiku është i çelët.',
        plain: 'plain=true e lë jashtë titullin dhe nëntitullin, për një artikull me titullin e vet; rreshti i burimit, shënimet dhe atribuimi mbeten.',
        transparent: 'transparent=true e lë jashtë sfondin e faqes, që të duket sfondi i artikullit.',
        sandbox: flags => `Iframe-i është i izoluar (${flags}): faqja e grafikut ekzekuton skriptin e vet, ruan adresën e vet (për shkronjat dhe shkarkimet), i hap burimet në një skedë të re dhe ofron skedarët për shkarkim. Ajo nuk mund ta drejtojë artikullin gjetiu, të dërgojë formularë apo të hapë dritare dialogu. Vendosini grafikët në një origjinë tjetër nga artikujt (mjafton një nëndomen), që izolimi të mbajë.`,
      },
    },
    csv: {
      date: 'data',
      level: 'niveli',
      statusColumn: column => `${column}: statusi`,
      sources: (publishers, json) => `Burimi: ${publishers}. Lidhjet për çdo burim: ${json}.`,
      licence: (licence, credit) => `Grafiku: ${licence}, me atribuim për ${credit}. Të dhënat: shih burimet.`,
      comments: 'Rreshtat që nisin me "# " pas rreshtave të të dhënave mbajnë titullin, burimet, shënimet, licencën dhe versionin e të dhënave.',
      statusCodes: 'Kolonat e statusit përdorin këto kode në anglisht: exact (e saktë); at least (të paktën, kufi i poshtëm); not known (nuk dihet: vlera lihet bosh, kurrë 0); none (asnjë); none by this date (asnjë deri në këtë datë).',
    },
    licence: {
      appliesTo: 'grafikët: imazhet PNG dhe SVG, faqet për përfshirje dhe tabelat siç paraqiten këtu',
      data: 'Shih burimet: çdo shifër i atribuohet burimit të saj dhe ruan kushtet e atij burimi.',
    },
  },
}
