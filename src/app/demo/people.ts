/**
 * Demo people. Every person is FICTIONAL and has an `@example.no` address;
 * none is linked to a Teams or Slack identity yet (that happens at first contact).
 */
import type { Email, Locale, Person, Role } from '../../domain/model';

type PersonRow = [email: string, name: string, organisationId: string, roles: Role[], locale?: Locale];

/** Well-known demo addresses that other demo modules refer to. */
export const DEMO_EMAILS = {
  secretariat: 'ingrid.haugland@example.no',
  secretariat2: 'jonas.berntsen@example.no',
  strategyOwner: 'helene.strand@example.no',
  auNav: 'per.lunde@example.no',
  auSkatteetaten: 'siri.myklebust@example.no',
  auKartverket: 'ragnhild.tveit@example.no',
  auBrreg: 'tone.bakke@example.no',
  auKs: 'anders.vold@example.no',
} as const satisfies Record<string, Email>;

const E = DEMO_EMAILS;

const ROWS: readonly PersonRow[] = [
  // Skatesekretariatet and the strategy owner (Digdir)
  [E.secretariat, 'Ingrid Haugland', 'digdir', ['secretariat']],
  [E.secretariat2, 'Jonas Berntsen', 'digdir', ['secretariat']],
  [E.strategyOwner, 'Helene Strand', 'digdir', ['strategy-owner']],
  // Skates arbeidsutvalg: NAV, Skatteetaten and Brreg own initiatives, so recusal can show.
  [E.auNav, 'Per Kristian Lunde', 'nav', ['au']],
  [E.auSkatteetaten, 'Siri Myklebust', 'skatteetaten', ['au']],
  [E.auKartverket, 'Ragnhild Tveit', 'kartverket', ['au'], 'nn'],
  [E.auBrreg, 'Tone Bakke', 'brreg', ['au']],
  [E.auKs, 'Anders Vold', 'ks', ['au']],
  // Skate members
  ['randi.fjellheim@example.no', 'Randi Fjellheim', 'arkivverket', ['skate']],
  ['thomas.brekken@example.no', 'Thomas Brekken', 'ssb', ['skate']],
  ['marte.lovli@example.no', 'Marte Løvli', 'lanekassen', ['skate']],
  // Initiative owners' contact persons
  ['kristin.hovland@example.no', 'Kristin Hovland', 'brreg', ['owner']],
  ['erik.nygard@example.no', 'Erik Nygård', 'brreg', ['owner']],
  ['sindre.aune@example.no', 'Sindre Aune', 'digdir', ['owner']],
  ['maria.lie@example.no', 'Maria Lie', 'digdir', ['owner']],
  ['oyvind.rasmussen@example.no', 'Øyvind Rasmussen', 'digdir', ['owner']],
  ['camilla.dahl@example.no', 'Camilla Dahl', 'digdir', ['owner']],
  ['hanne.moen@example.no', 'Hanne Moen', 'hdir', ['owner']],
  ['bjorn.saether@example.no', 'Bjørn Sæther', 'hdir', ['owner']],
  ['linn.halvorsen@example.no', 'Linn Halvorsen', 'nav', ['owner']],
  ['kjetil.odegard@example.no', 'Kjetil Ødegård', 'nav', ['owner']],
  ['lukas.weber@example.no', 'Lukas Weber', 'udi', ['owner'], 'en'],
  ['sofie.karlsen@example.no', 'Sofie Karlsen', 'udi', ['owner']],
  ['ole.mathisen@example.no', 'Ole Mathisen', 'arkivverket', ['owner']],
  ['henrik.aasen@example.no', 'Henrik Aasen', 'skatteetaten', ['owner']],
  ['nina.fossum@example.no', 'Nina Fossum', 'skatteetaten', ['owner']],
  ['torstein.rudi@example.no', 'Torstein Rudi', 'dibk', ['owner']],
  ['silje.eide@example.no', 'Silje Eide', 'ks', ['owner']],
  ['amir.haddad@example.no', 'Amir Haddad', 'ehelse', ['owner']],
];

/** A fresh copy of the demo people. */
export function demoPeople(): Person[] {
  return ROWS.map(([email, name, organisationId, roles, locale]) => ({
    email,
    name,
    locale: locale ?? 'nb',
    roles: [...roles],
    organisationId,
    identities: [],
  }));
}
