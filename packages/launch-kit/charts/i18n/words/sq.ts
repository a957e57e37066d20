/**
 * The engine's words in Albanian (shqip). Written in this project, not by a native-speaking editor, and not yet
 * reviewed: `reviewed: false`, and every output in this language says so. Sentence frames keep country names in
 * the nominative (after a colon, as a subject, or after "nga"/"se"), so no name has to be declined; a reviewer may
 * prefer declined forms.
 */
import type { LanguageMeta } from '../meta'
import type { EngineStrings } from '../types'
import { lowerFirst } from '../text'

const PROVENANCE = 'Translated in this project from the engine\'s English words; not yet reviewed. To be reviewed by a native-speaking editor before charts are published in Albanian.'

const meta: LanguageMeta = {
  code: 'sq',
  tag: 'sq',
  name: 'Shqip',
  reviewed: false,
  provenance: PROVENANCE,
  intlData: () => Promise.all([
    import('@formatjs/intl-pluralrules/locale-data/sq.js'),
    import('@formatjs/intl-numberformat/locale-data/sq.js'),
    import('@formatjs/intl-datetimeformat/locale-data/sq.js'),
    import('@formatjs/intl-listformat/locale-data/sq.js'),
  ]),
}

export const sq: EngineStrings = {
  meta,
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
      hatched: 'Me vija: të paktën',
      boundaries: 'Kufijtë: Natural Earth (domen publik).',
    },
  },
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
