/**
 * The engine's words in Serbian, Latin script (srpski, latinica), which readers of Bosnian and Montenegrin read as
 * well. Written in this project, not by a native-speaking editor, and not yet reviewed: `reviewed: false`, and every
 * output in this language says so. Frames keep country names in the nominative (after a colon, in apposition, after
 * "nego"), so no name has to be declined. Dates from Intl end in a full stop ("30. apr 2021."); sentences built on
 * them do not add a second one.
 */
import type { LanguageMeta } from '../meta'
import type { EngineStrings } from '../types'
import { lowerFirst, pluralWord, sentence } from '../text'

const TAG = 'sr-Latn'

const PROVENANCE = 'Translated in this project from the engine\'s English words; not yet reviewed. To be reviewed by a BCS-speaking editor (Serbian, with an eye to Bosnian and Montenegrin readers) before charts are published.'

const meta: LanguageMeta = {
  code: 'sr-Latn',
  tag: TAG,
  name: 'Srpski (latinica)',
  reviewed: false,
  provenance: PROVENANCE,
  // Plural rules are the same for every script of Serbian: FormatJS keeps them under 'sr'.
  intlData: () => Promise.all([
    import('@formatjs/intl-pluralrules/locale-data/sr.js'),
    import('@formatjs/intl-numberformat/locale-data/sr-Latn.js'),
    import('@formatjs/intl-datetimeformat/locale-data/sr-Latn.js'),
    import('@formatjs/intl-listformat/locale-data/sr-Latn.js'),
  ]),
}

export const srLatn: EngineStrings = {
  meta,
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
      hatched: 'Šrafirano: najmanje',
      boundaries: 'Granice: Natural Earth (javno dobro).',
    },
  },
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
