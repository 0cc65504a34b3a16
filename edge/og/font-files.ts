// The card fonts as the Worker bundles them: Data modules (wrangler.toml [[rules]]), one per subset
// and weight. Static imports, so wrangler can bundle them; the order is fonts.ts's (latin first).
import { ogFont, type OgFont } from './fonts';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff';
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff';
import greek600 from '@fontsource/inter/files/inter-greek-600-normal.woff';
import greekExt600 from '@fontsource/inter/files/inter-greek-ext-600-normal.woff';
import cyrillic600 from '@fontsource/inter/files/inter-cyrillic-600-normal.woff';
import cyrillicExt600 from '@fontsource/inter/files/inter-cyrillic-ext-600-normal.woff';
import vietnamese600 from '@fontsource/inter/files/inter-vietnamese-600-normal.woff';
import latin800 from '@fontsource/inter/files/inter-latin-800-normal.woff';
import latinExt800 from '@fontsource/inter/files/inter-latin-ext-800-normal.woff';
import greek800 from '@fontsource/inter/files/inter-greek-800-normal.woff';
import greekExt800 from '@fontsource/inter/files/inter-greek-ext-800-normal.woff';
import cyrillic800 from '@fontsource/inter/files/inter-cyrillic-800-normal.woff';
import cyrillicExt800 from '@fontsource/inter/files/inter-cyrillic-ext-800-normal.woff';
import vietnamese800 from '@fontsource/inter/files/inter-vietnamese-800-normal.woff';

export const OG_FONTS: OgFont[] = [
  ogFont('latin', 600, latin600),
  ogFont('latin-ext', 600, latinExt600),
  ogFont('greek', 600, greek600),
  ogFont('greek-ext', 600, greekExt600),
  ogFont('cyrillic', 600, cyrillic600),
  ogFont('cyrillic-ext', 600, cyrillicExt600),
  ogFont('vietnamese', 600, vietnamese600),
  ogFont('latin', 800, latin800),
  ogFont('latin-ext', 800, latinExt800),
  ogFont('greek', 800, greek800),
  ogFont('greek-ext', 800, greekExt800),
  ogFont('cyrillic', 800, cyrillic800),
  ogFont('cyrillic-ext', 800, cyrillicExt800),
  ogFont('vietnamese', 800, vietnamese800),
];
