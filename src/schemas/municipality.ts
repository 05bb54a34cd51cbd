/** Municipalities and the 2025 merger mapping, imported from Statbel / Provincies in Cijfers. */
import { z, label, line, nisCode, ref } from './common.ts';

export const PROVINCES = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen'] as const;

export const municipalitySchema = z
  .object({
    nis: label(nisCode, 'NIS-code'),
    naam: label(line(80), 'Naam'),
    naamFr: label(line(80), 'Franse naam'),
    arrondissement: label(line(80), 'Arrondissement'),
    arrondissementNis: label(nisCode, 'NIS-code arrondissement'),
    provincie: label(z.enum(PROVINCES), 'Provincie'),
    bevolking: label(z.number().int().positive(), 'Inwoners', 'Bevolking op 1 januari van het peiljaar'),
    peiljaar: label(z.number().int().min(2000).max(2100), 'Peiljaar bevolking'),
  })
  .meta({ title: 'Gemeente' });
export type Municipality = z.infer<typeof municipalitySchema>;

/** One row of the 2025 merger table: a municipality of 2019-2024 and the one it belongs to now. */
export const mergerSchema = z
  .object({
    nis2024: label(ref('gemeenten2019', nisCode), 'NIS-code tot 2024'),
    naam2024: label(line(80), 'Naam tot 2024'),
    nis2025: label(ref('gemeenten', nisCode), 'NIS-code vanaf 2025'),
    naam2025: label(line(80), 'Naam vanaf 2025'),
    gefuseerd: label(z.boolean(), 'Gefuseerd op 1 januari 2025'),
  })
  .meta({ title: 'Fusie 2025' });
export type Merger = z.infer<typeof mergerSchema>;
