// Countries for `country` questions: the officially assigned ISO 3166-1 alpha-2 codes (249; none added
// since South Sudan, SS, in 2011), written out so that the engine does not depend on what a
// runtime's Intl data happens to know. Listed once from Node 20's ICU 78 (every AA–ZZ that
// Intl.DisplayNames names), keeping only codes that are their own canonical form (dropping withdrawn
// ones such as DD, SU, YU) and leaving out the exceptionally reserved (AC, CP, CQ, DG, EA, EU, EZ, IC,
// TA, UN) and user-assigned ones (QO, XA, XB, ZZ, and XK, which ISO has not assigned to Kosovo).
// Names are never stored here: the components take them from Intl.DisplayNames in the UI language.

/** Every officially assigned ISO 3166-1 alpha-2 code, in alphabetical order. */
export const COUNTRY_CODES: readonly string[] = Object.freeze(
  [
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE',
    'BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD',
    'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM',
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF',
    'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU',
    'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN',
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME',
    'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA',
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM',
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI',
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK',
    'TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI',
    'VN VU WF WS YE YT ZA ZM ZW',
  ]
    .join(' ')
    .split(' '),
);

/** Member states of the European Economic Area: the EU 27 (Greece as ISO's GR, not the EU's EL) and IS, LI, NO. */
export const EEA_COUNTRY_CODES: readonly string[] = Object.freeze(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' '),
);

/** Member states of the European Union (27), Greece as ISO's GR. */
export const EU_COUNTRY_CODES: readonly string[] = Object.freeze(
  EEA_COUNTRY_CODES.filter((code) => code !== 'IS' && code !== 'LI' && code !== 'NO'),
);

const GROUPS: Readonly<Record<'eu' | 'eea', ReadonlySet<string>>> = {
  eu: new Set(EU_COUNTRY_CODES),
  eea: new Set(EEA_COUNTRY_CODES),
};

/** Whether `code` belongs to the named group (`eu`: the 27 member states; `eea`: those and IS, LI, NO). */
export function inCountryGroup(code: string, group: 'eu' | 'eea'): boolean {
  return GROUPS[group].has(code);
}

const KNOWN = new Set(COUNTRY_CODES);

/** Whether `code` is an officially assigned ISO 3166-1 alpha-2 code, in upper case. */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && KNOWN.has(code);
}
