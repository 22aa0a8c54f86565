/**
 * Demo organisations: the agencies named in the seeds (Skate members and
 * initiative owners). Organisation numbers are those of the public registers.
 */
import type { Organisation } from '../../domain/model';

const ORGANISATIONS: readonly Organisation[] = [
  { id: 'digdir', name: 'Digitaliseringsdirektoratet', orgNumber: '991825827' },
  { id: 'nav', name: 'Arbeids- og velferdsdirektoratet', orgNumber: '889640782' },
  { id: 'skatteetaten', name: 'Skatteetaten', orgNumber: '974761076' },
  { id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: '974760673' },
  { id: 'kartverket', name: 'Statens kartverk', orgNumber: '971040238' },
  { id: 'ks', name: 'KS', orgNumber: '971032146' },
  { id: 'arkivverket', name: 'Arkivverket', orgNumber: '961181399' },
  { id: 'ehelse', name: 'Direktoratet for e-helse', orgNumber: '915933149' },
  { id: 'dibk', name: 'Direktoratet for byggkvalitet', orgNumber: '974760223' },
  { id: 'ssb', name: 'Statistisk sentralbyrå', orgNumber: '971526920' },
  { id: 'lanekassen', name: 'Lånekassen', orgNumber: '960885406' },
  { id: 'udi', name: 'Utlendingsdirektoratet', orgNumber: '974760746' },
  { id: 'hdir', name: 'Helsedirektoratet', orgNumber: '983544622' },
];

/** A fresh copy of the demo organisations. */
export function demoOrganisations(): Organisation[] {
  return ORGANISATIONS.map((org) => ({ ...org }));
}
