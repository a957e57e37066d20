// Renders one PDF page to PNG: tsx pdfpng.ts <pdf> <page> <out.png> [dpi]
import { writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { renderPage } from '/work/main/tests/support/pdf'
const [file, page, out, dpi] = process.argv.slice(2)
const img = await renderPage(file!, Number(page), Number(dpi ?? 96))
const png = new PNG({ width: img.width, height: img.height })
png.data = Buffer.from(img.data)
writeFileSync(out!, PNG.sync.write(png))
console.log(out, img.width, img.height)
