/**
 * Converts a .docx to PDF with LibreOffice (headless) and the PDF to one PNG
 * per page with pdftoppm, to look at what the secretariat will print.
 *
 *   npx tsx scripts/docx-to-pdf.ts <in.docx> <outdir>
 *
 * Needs Debian's `libreoffice-writer` and `poppler-utils`
 * (`apt-get install -y libreoffice-writer poppler-utils`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

/** What a conversion produced: the PDF and its pages as PNG files, in page order. */
export interface PdfConversion {
  pdf: string;
  pages: string[];
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
}

/**
 * Converts `docx` into `outDir`/<name>.pdf and `outDir`/<name>-<n>.png (at
 * `dpi`). LibreOffice gets a fresh profile directory, so a running or broken
 * user profile cannot block it.
 *
 * @throws Error when either tool fails or produces nothing.
 */
export function docxToPdf(docx: string, outDir: string, dpi = 80): PdfConversion {
  const input = resolve(docx);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    run('libreoffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      input,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const name = basename(input, extname(input));
  const pdf = join(out, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice produced no PDF for ${input}`);
  run('pdftoppm', ['-png', '-r', String(dpi), pdf, join(out, name)]);
  const pages = readdirSync(out)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(a.slice(name.length + 1, -4)) - Number(b.slice(name.length + 1, -4)))
    .map((f) => join(out, f));
  if (pages.length === 0) throw new Error(`pdftoppm produced no pages for ${pdf}`);
  return { pdf, pages };
}

if (require.main === module) {
  const [docx, outDir] = process.argv.slice(2);
  if (!docx || !outDir) {
    console.error('usage: tsx scripts/docx-to-pdf.ts <in.docx> <outdir>');
    process.exit(2);
  }
  const { pdf, pages } = docxToPdf(docx, outDir);
  console.log(`${pdf}\n${pages.join('\n')}`);
}
