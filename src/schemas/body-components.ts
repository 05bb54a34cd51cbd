/**
 * The only components an MDX body may use. The body validator (src/lib/content/mdx-safety.ts), the CMS
 * editor components and the body renderer (src/lib/content/body-render.ts) all read this list.
 * Attributes are literal strings only.
 */
export interface BodyAttribute {
  label: string;
  required: boolean;
  maxLength: number;
  /** Allowed values, when the attribute is a choice. */
  values?: readonly string[];
}

export interface BodyComponent {
  label: string;
  description: string;
  /** Whether the component wraps Markdown content. */
  children: boolean;
  attributes: Record<string, BodyAttribute>;
}

export const bodyComponents = {
  Kader: {
    label: 'Kader',
    description: 'Een opvallend tekstvak: een tip, een aandachtspunt of extra uitleg',
    children: true,
    attributes: {
      titel: { label: 'Titel', required: true, maxLength: 80 },
      soort: { label: 'Soort', required: false, maxLength: 10, values: ['info', 'tip', 'let-op'] },
    },
  },
  Citaat: {
    label: 'Citaat',
    description: 'Een uitspraak van een betrokkene, met de bron',
    children: true,
    attributes: {
      bron: { label: 'Wie zegt het (functie of organisatie)', required: true, maxLength: 120 },
    },
  },
  Cijfer: {
    label: 'Kerncijfer',
    description: 'Eén opvallend resultaat met zijn bron',
    children: false,
    attributes: {
      waarde: { label: 'Waarde', required: true, maxLength: 20 },
      label: { label: 'Wat het cijfer meet', required: true, maxLength: 120 },
      bron: { label: 'Bron', required: true, maxLength: 200 },
    },
  },
} as const satisfies Record<string, BodyComponent>;

export type BodyComponentName = keyof typeof bodyComponents;
