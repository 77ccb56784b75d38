// Bar widths that a strict Content Security Policy allows. A `style` attribute (what lit's styleMap
// writes on first render) is blocked without 'unsafe-inline'; setting a property through the CSSOM is not.
// Bars carry their width in `data-width` (a percentage) and the element applies it after each render.
export function setBarWidths(root: ParentNode): void {
  for (const bar of root.querySelectorAll<HTMLElement>('[data-width]'))
    bar.style.setProperty('width', `${bar.dataset.width}%`);
}
