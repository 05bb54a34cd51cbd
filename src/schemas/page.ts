/** Free editorial pages ("Over", help texts). */
import { z, label, line, text } from './common.ts';

export const pageSchema = z
  .object({
    titel: label(line(120), 'Titel'),
    samenvatting: label(text(300), 'Samenvatting'),
    volgorde: label(z.number().int().min(0).default(0), 'Volgorde in menu'),
  })
  .meta({ title: 'Pagina' });
