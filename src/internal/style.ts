// Inline styles that a strict Content Security Policy allows. A `style` attribute (what lit's styleMap
// writes on first render) is blocked without 'unsafe-inline'; setting properties through the CSSOM is not.
import { ref } from 'lit/directives/ref.js';

export function cssom(properties: Record<string, string>) {
  return ref((element) => {
    if (!(element instanceof HTMLElement)) return;
    for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  });
}
