// Every text key a provider profile uses, with where: what validation checks in every locale, and what
// a tool lists for translators. The counterpart of model/texts.ts's textKeys() for questionnaires.
import type { PathSegment } from '../model/problems.js';
import type { Provider } from './schema.js';

export function providerTextKeys(provider: Provider): { key: string; path: PathSegment[] }[] {
  const keys: { key: string; path: PathSegment[] }[] = [];
  const add = (key: string | undefined, path: PathSegment[]) => {
    if (key !== undefined) keys.push({ key, path });
  };
  add(provider.name, ['name']);
  add(provider.description, ['description']);
  add(provider.contact.address, ['contact', 'address']);
  add(provider.privacy?.notice, ['privacy', 'notice']);
  provider.services.forEach((service, index) => {
    add(service.title, ['services', index, 'title']);
    add(service.description, ['services', index, 'description']);
    add(service.place, ['services', index, 'place']);
  });
  return keys;
}
