// pdfmake exports an instance whose methods live on its prototype: a namespace import loses them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import pdfmake = require('pdfmake');
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** 思源黑体 (Noto Sans SC), shipped through npm: no system font is needed. */
const FONT_FILES = {
  normal: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

export const FONT = 'NotoSansSC';

pdfmake.setFonts({
  [FONT]: { ...FONT_FILES, italics: FONT_FILES.normal, bolditalics: FONT_FILES.bold },
});
// A document reads the font files and nothing else: no URL, no other local file.
pdfmake.setUrlAccessPolicy(() => false);
const fontFiles = new Set(Object.values(FONT_FILES));
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

/** Lays out and writes a document; the fonts are embedded as subsets of the glyphs it uses. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
