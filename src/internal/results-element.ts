// The base of the results elements (summary, radar, next steps, the results screen): an SmeElement
// that makes sure the results' English UI strings are there, however the element was loaded. They
// come with the results chunk, not with the first load (see ui-results.ts).
import { SmeElement } from './sme-element.js';
import { useResultsStrings } from './ui-results.js';

export class SmeResultsElement extends SmeElement {
  constructor() {
    super();
    useResultsStrings();
  }
}
