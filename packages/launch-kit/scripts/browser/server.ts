/**
 * A static file server on 127.0.0.1 for a built folder, with SPA fallback (Slidev uses history routing).
 * sirv does the serving; this only binds it to a free local port and closes it.
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function serveStatic(root: string, options: { single?: boolean } = {}): Promise<StaticServer> {
  const handler = sirv(root, { dev: true, single: options.single ?? true, etag: false })
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404
    res.end('not found')
  }))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
