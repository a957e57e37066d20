/**
 * An import graph, read from the sources with TypeScript's own pre-processor (static, type-only and dynamic imports;
 * the <script> blocks of .vue files), and the house rules checked on it: no import circles; in the engine, the walls
 * between data/, charts/, components/ and scripts/, under scripts/ every folder importing only lower folders through
 * their index.ts, and no import that leaves the engine's folder (the engine never imports a launch); in a launch, its
 * data/ free of charts and Vue, and the engine imported only as the package (`launch-kit/…`), never by path.
 * Why not madge or dependency-cruiser: each brings its own resolver, parsers and rule language for what is here a
 * table (the folder ranks) and a few lines on the graph that TypeScript, already a dependency, reads for us; the
 * circle search is Tarjan's algorithm in 30 lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import ts from 'typescript'

/** Edges from a file to the files and packages it imports (paths relative to the root, posix separators). */
export interface ImportGraph {
  files: string[]
  /** file → imported project files */
  local: Map<string, string[]>
  /** file → imported package names (`vue`, `chart.js`, `node:fs`) */
  packages: Map<string, string[]>
  /** file → package imports as written (`launch-kit/data/schema`, `vue`) */
  specifiers: Map<string, string[]>
  /** file → imports that leave the root: a relative path above it (`../../data/x`), or an absolute one */
  outside: Map<string, string[]>
}

const SOURCE = /\.(?:ts|mts|mjs|vue)$/
const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.vue', '/index.ts']

/** Source files under `dir`; installed packages (node_modules, or a fixture's link to them) are not the project's. */
function walk(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name)
    if (name === 'node_modules')
      return []
    return statSync(join(root, path)).isDirectory() ? walk(root, path) : SOURCE.test(name) ? [path] : []
  })
}

function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.vue'))
    return text
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(m => m[1]).join('\n')
}

function packageName(spec: string): string {
  if (spec.startsWith('node:'))
    return spec
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = folders.filter(f => existsSync(join(root, f))).flatMap(f => walk(root, f))
  const local = new Map<string, string[]>()
  const packages = new Map<string, string[]>()
  const specifiers = new Map<string, string[]>()
  const outside = new Map<string, string[]>()
  for (const file of files) {
    const text = scriptOf(file, readFileSync(join(root, file), 'utf8'))
    const specs = ts.preProcessFile(text, true, true).importedFiles.map(f => f.fileName)
    const mine: string[] = []
    const theirs: string[] = []
    const away: string[] = []
    for (const spec of specs) {
      if (spec.startsWith('/') || /^[a-z]:[\\/]/i.test(spec)) {
        away.push(spec)
        continue
      }
      if (!spec.startsWith('.')) {
        theirs.push(spec)
        continue
      }
      const base = posix.normalize(posix.join(posix.dirname(file), spec))
      if (base === '..' || base.startsWith('../')) {
        away.push(spec)
        continue
      }
      const target = EXTENSIONS.map(ext => base + ext).find(p => existsSync(join(root, p)) && statSync(join(root, p)).isFile())
      if (target)
        mine.push(target)
    }
    local.set(file, [...new Set(mine)])
    packages.set(file, [...new Set(theirs.map(packageName))])
    specifiers.set(file, [...new Set(theirs)])
    outside.set(file, [...new Set(away)])
  }
  return { files, local, packages, specifiers, outside }
}

/** Every import circle, each as the files around it (Tarjan's strongly connected components, size > 1 or a self-loop). */
export function importCircles(graph: Pick<ImportGraph, 'local'>): string[][] {
  let index = 0
  const order = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (node: string): void => {
    order.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.local.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      }
      else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!))
      }
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.local.get(node) ?? []).includes(node))
        circles.push(component.sort())
    }
  }
  for (const node of graph.local.keys()) {
    if (!order.has(node))
      visit(node)
  }
  return circles
}

/**
 * The folders under scripts/, lowest first. A folder may import folders of a lower rank only; folders of one rank
 * are independent of each other. The commands (scripts/*.ts) stand above all of them.
 */
export const SCRIPT_RANKS: Readonly<Record<string, number>> = {
  core: 0,
  output: 1,
  maps: 1,
  browser: 2,
  deck: 3,
  project: 2,
  rehearsal: 1,
  pdf: 4,
  handout: 5,
  kit: 5,
  lint: 5,
  runofshow: 5,
  export: 6,
  bench: 7,
}

function scriptsFolder(file: string): string | undefined {
  const parts = file.split('/')
  return parts[0] === 'scripts' && parts.length > 2 ? parts[1] : undefined
}

/** Breaches of the scripts/ layering: upward or sideways imports, and imports that pass a folder's index.ts. */
export function layeringProblems(graph: Pick<ImportGraph, 'local'>, ranks: Readonly<Record<string, number>> = SCRIPT_RANKS): string[] {
  const problems: string[] = []
  for (const [file, targets] of graph.local) {
    if (!file.startsWith('scripts/'))
      continue
    const from = scriptsFolder(file) // undefined: a command (scripts/*.ts), above every folder
    for (const target of targets) {
      const to = scriptsFolder(target)
      if (to === undefined || to === from)
        continue
      if (!(to in ranks))
        problems.push(`${file} imports ${target}: scripts/${to}/ has no rank (add it to SCRIPT_RANKS)`)
      else if (from !== undefined && !(from in ranks))
        problems.push(`${file}: scripts/${from}/ has no rank (add it to SCRIPT_RANKS)`)
      else if (from !== undefined && ranks[to]! >= ranks[from]!)
        problems.push(`${file} imports ${target}: scripts/${from}/ may not import scripts/${to}/ (${ranks[to]! > ranks[from]! ? 'a higher' : 'a sibling'} folder)`)
      if (!target.endsWith(`scripts/${to}/index.ts`))
        problems.push(`${file} imports ${target} directly: import it through scripts/${to}/index.ts`)
    }
  }
  return problems
}

/** The walls between the project's rooms (DESIGN.md): which folders and packages each may import. */
export function wallProblems(graph: ImportGraph): string[] {
  const problems: string[] = []
  const room = (file: string) => file.split('/')[0]!
  for (const file of graph.files) {
    const rooms = (graph.local.get(file) ?? []).map(room)
    const pkgs = graph.packages.get(file) ?? []
    const where = room(file)
    if (where === 'data') {
      rooms.filter(r => r !== 'data').forEach(r => problems.push(`${file} imports ${r}/: data/ imports only data/`))
      pkgs.filter(p => p !== 'zod').forEach(p => problems.push(`${file} imports ${p}: data/ imports only data/ and zod`))
    }
    if (where === 'charts') {
      rooms.filter(r => !['charts', 'data'].includes(r)).forEach(r => problems.push(`${file} imports ${r}/: charts/ imports only charts/ and data/`))
      pkgs.filter(p => /^(?:vue|vue-chartjs|@slidev\/.*|playwright.*)$/.test(p)).forEach(p => problems.push(`${file} imports ${p}: charts/ knows nothing of Vue, Slidev or browsers`))
    }
    if (where === 'components' && rooms.includes('scripts'))
      problems.push(`${file} imports scripts/: components never import the scripts`)
    if (where === 'components' && !file.endsWith('.vue'))
      problems.push(`${file}: only Vue files in components/ (Slidev registers every file there as a component)`)
    if (where === 'scripts' && rooms.includes('components'))
      problems.push(`${file} imports components/: scripts drive a real browser, they never import components`)
  }
  return problems
}

/**
 * Imports that leave the engine's folder: the engine never imports a launch (or anything else outside
 * packages/launch-kit, by a relative or an absolute path); a launch reaches the engine, never the other way round.
 * Its pages get the launch being shown through the `#launch/…` names the build resolves (scripts/deck/vite-launch.ts).
 */
export function outsideProblems(graph: Pick<ImportGraph, 'outside'>, folder = 'packages/launch-kit'): string[] {
  return [...graph.outside].flatMap(([file, specs]) => specs.map(spec => `${file} imports ${spec}: outside ${folder}/, so the engine would depend on a launch or on this repository's layout; the engine imports only its own files and packages`))
}

/** Packages a launch's data/ may import: zod and the engine's data machinery. */
const DATA_PACKAGES = /^(?:zod|launch-kit\/data\/.+)$/
/** Packages that would pull Vue, Slidev or a browser into a launch's charts/ (they stay plain functions of the data). */
const CHART_BLOCKED = /^(?:vue|vue-chartjs|@slidev\/.+|playwright.*|launch-kit\/(?:components|layouts|setup|client)(?:\/.*)?)$/

/**
 * The rules for a launch (this repository's deck, a fixture deck, a project `npm run new` wrote): its data/ imports
 * only data/, zod and launch-kit/data/* (no charts, no Vue); its charts/ import only charts/, data/ and the engine's
 * chart and data machinery; and the engine is imported as the package, `launch-kit/…`, never by a path into
 * packages/ or above the launch's folder. Circles are importCircles' to find.
 */
export function launchProblems(graph: ImportGraph): string[] {
  const problems: string[] = []
  const room = (file: string) => file.split('/')[0]!
  for (const file of graph.files) {
    const where = room(file)
    const locals = graph.local.get(file) ?? []
    const specs = graph.specifiers.get(file) ?? []
    for (const target of locals.filter(t => room(t) === 'packages'))
      problems.push(`${file} imports ${target}: import the engine as the package (launch-kit/…), never by its path`)
    for (const spec of graph.outside.get(file) ?? [])
      problems.push(`${file} imports ${spec}: outside the launch's folder; import the engine as the package (launch-kit/…)`)
    for (const spec of specs.filter(s => s.startsWith('packages/')))
      problems.push(`${file} imports ${spec}: import the engine as the package (launch-kit/…), never by its path`)
    if (where === 'data') {
      locals.map(room).filter(r => r !== 'data').forEach(r => problems.push(`${file} imports ${r}/: data/ imports only data/ (no charts, no Vue)`))
      specs.filter(s => !DATA_PACKAGES.test(s)).forEach(s => problems.push(`${file} imports ${s}: data/ imports only data/, zod and launch-kit/data/*`))
    }
    if (where === 'charts') {
      locals.map(room).filter(r => !['charts', 'data'].includes(r)).forEach(r => problems.push(`${file} imports ${r}/: charts/ imports only charts/ and data/`))
      specs.filter(s => CHART_BLOCKED.test(s)).forEach(s => problems.push(`${file} imports ${s}: charts/ knows nothing of Vue, Slidev or browsers`))
    }
  }
  return problems
}
