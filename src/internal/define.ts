// Guarded custom-element registration. A host page may load the embed twice, or the embed and an npm
// build side by side: defining a tag that already exists must not throw. When the copy already
// registered is a different version, say so once in the console, since the page then runs that one.
import { VERSION } from '../version.js';

let versionClashWarned = false;

/** Marks an element class with the library version that defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly smeVersion?: string;
}

export function define(tagName: string, elementClass: VersionedElement): void {
  const registered = customElements.get(tagName) as VersionedElement | undefined;
  if (!registered) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (registered === elementClass || versionClashWarned) return;
  if (registered.smeVersion !== VERSION) {
    versionClashWarned = true;
    console.warn(
      `sme-readiness ${VERSION}: <${tagName}> is already defined by sme-readiness ` +
        `${registered.smeVersion ?? '(unknown version)'}; this page uses that one. Load the library once.`,
    );
  }
}
