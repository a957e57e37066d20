/**
 * npm install's last step (package.json "postinstall"): make sure this project has a Chromium, so the README's two
 * commands need nothing else. Finds one, or gets one (scripts/browser/provision.ts: Playwright's download, then the
 * npm registry's Chromium). It never fails the install: if nothing works, it says so, and the first command that
 * needs a browser tries again and explains. Plain JavaScript, because it runs before anything else; it loads the
 * TypeScript side through tsx.
 */
try {
  const { tsImport } = await import('tsx/esm/api')
  const { getBrowser } = await tsImport('./browser/provision.ts', import.meta.url)
  const say = line => process.stdout.write(`${line}\n`)
  const found = await getBrowser({ say })
  say(`browser: ready, ${found.source === 'npm' ? 'the npm registry\'s Chromium' : found.source === 'playwright' ? 'Playwright\'s download' : 'found'} at ${found.path}`)
}
catch (error) {
  process.stdout.write(`browser: none ready yet (${error instanceof Error ? error.message.split('\n').slice(-3).join(' ') : String(error)}).\nThe first command that needs one will try again and say what to do.\n`)
}
