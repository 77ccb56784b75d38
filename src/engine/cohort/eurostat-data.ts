// Eurostat's Digital Intensity Index for SMEs: the share of enterprises at least at the basic level
// (4 or more of 12 points), for the latest survey year per country and size class. Figures as Eurostat
// published them (dataset isoc_e_dii), taken without change from the project's gathered copy
// (eurostat-dii-sme.json, with its sources); only the latest year with an "at least basic" value is kept.
// Greece is EL at Eurostat, GR here (ISO 3166); EU is the EU-27 (2020) aggregate. Flags are Eurostat's:
// b break in time series, d definition differs, u low reliability, e estimated, p provisional.
// The survey covers enterprises with 10 or more persons employed, in all activities except agriculture,
// forestry, fishing, mining and quarrying and the financial sector.

export const EUROSTAT_DII_SOURCE = {
  publisher: 'Eurostat (European Commission)',
  dataset: 'isoc_e_dii',
  url: 'https://ec.europa.eu/eurostat/databrowser/view/isoc_e_dii/default/table',
  metadata: 'https://ec.europa.eu/eurostat/cache/metadata/en/isoc_e_dii_esmsip2.htm',
  license: 'Eurostat data: reuse authorised, source acknowledged (Commission Decision 2011/833/EU)',
} as const;

export type SizeClass = '10-249' | '10-49' | '50-249';

export interface DiiFigure {
  year: number;
  /** Percent of enterprises at least at the basic level. */
  value: number;
  /** DII version: 3 for the 2021, 2023 and 2025 surveys, 4 for 2022 and 2024 (not comparable with each other). */
  diiVersion: number;
  flag?: string;
}

export const EUROSTAT_DII: Record<string, Partial<Record<SizeClass, DiiFigure>>> = {
  AT: {
    '10-249': {
      year: 2025,
      value: 72.99,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 70.45,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 88.77,
      diiVersion: 3,
    },
  },
  BE: {
    '10-249': {
      year: 2025,
      value: 84.35,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 82.65,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 93.16,
      diiVersion: 3,
    },
  },
  BG: {
    '10-249': {
      year: 2025,
      value: 38.33,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 35.24,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 55.38,
      diiVersion: 3,
    },
  },
  CY: {
    '10-249': {
      year: 2025,
      value: 74.35,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 71.99,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 90.04,
      diiVersion: 3,
    },
  },
  CZ: {
    '10-249': {
      year: 2025,
      value: 70.46,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 66.95,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 86.74,
      diiVersion: 3,
    },
  },
  DE: {
    '10-249': {
      year: 2025,
      value: 73.55,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 70.99,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 88.12,
      diiVersion: 3,
    },
  },
  DK: {
    '10-249': {
      year: 2025,
      value: 92.45,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 91.48,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 97.2,
      diiVersion: 3,
    },
  },
  EE: {
    '10-249': {
      year: 2025,
      value: 72.12,
      diiVersion: 3,
      flag: 'd',
    },
    '10-49': {
      year: 2025,
      value: 68.74,
      diiVersion: 3,
      flag: 'd',
    },
    '50-249': {
      year: 2025,
      value: 90.33,
      diiVersion: 3,
      flag: 'd',
    },
  },
  ES: {
    '10-249': {
      year: 2025,
      value: 75.35,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 72.89,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 89.19,
      diiVersion: 3,
    },
  },
  EU: {
    '10-249': {
      year: 2025,
      value: 71.39,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 68.85,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 86.67,
      diiVersion: 3,
    },
  },
  FI: {
    '10-249': {
      year: 2025,
      value: 94.04,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 93.08,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 98.99,
      diiVersion: 3,
    },
  },
  FR: {
    '10-249': {
      year: 2025,
      value: 69.44,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 66.37,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 90.94,
      diiVersion: 3,
    },
  },
  GR: {
    '10-249': {
      year: 2025,
      value: 55.95,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 53.28,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 71.06,
      diiVersion: 3,
    },
  },
  HR: {
    '10-249': {
      year: 2025,
      value: 57.09,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 52.93,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 83.35,
      diiVersion: 3,
    },
  },
  HU: {
    '10-249': {
      year: 2025,
      value: 59.81,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 56.78,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 79.97,
      diiVersion: 3,
    },
  },
  IE: {
    '10-249': {
      year: 2025,
      value: 79.3,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 77.27,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 91.65,
      diiVersion: 3,
    },
  },
  IT: {
    '10-249': {
      year: 2025,
      value: 79.49,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 78.0,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 91.6,
      diiVersion: 3,
    },
  },
  LT: {
    '10-249': {
      year: 2025,
      value: 73.51,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 70.06,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 89.46,
      diiVersion: 3,
    },
  },
  LU: {
    '10-249': {
      year: 2025,
      value: 76.68,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 74.22,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 88.37,
      diiVersion: 3,
    },
  },
  LV: {
    '10-249': {
      year: 2025,
      value: 58.54,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 54.95,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 77.9,
      diiVersion: 3,
    },
  },
  MT: {
    '10-249': {
      year: 2025,
      value: 83.5,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 81.24,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 93.76,
      diiVersion: 3,
    },
  },
  NL: {
    '10-249': {
      year: 2025,
      value: 88.76,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 87.28,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 95.77,
      diiVersion: 3,
    },
  },
  PL: {
    '10-249': {
      year: 2025,
      value: 58.98,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 55.06,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 82.21,
      diiVersion: 3,
    },
  },
  PT: {
    '10-249': {
      year: 2025,
      value: 63.94,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 60.77,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 83.5,
      diiVersion: 3,
    },
  },
  RO: {
    '10-249': {
      year: 2025,
      value: 44.34,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 41.91,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 57.96,
      diiVersion: 3,
    },
  },
  SE: {
    '10-249': {
      year: 2025,
      value: 86.47,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 84.88,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 95.24,
      diiVersion: 3,
    },
  },
  SI: {
    '10-249': {
      year: 2025,
      value: 65.67,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 61.83,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 86.49,
      diiVersion: 3,
    },
  },
  SK: {
    '10-249': {
      year: 2025,
      value: 57.09,
      diiVersion: 3,
    },
    '10-49': {
      year: 2025,
      value: 52.85,
      diiVersion: 3,
    },
    '50-249': {
      year: 2025,
      value: 76.85,
      diiVersion: 3,
    },
  },
};
