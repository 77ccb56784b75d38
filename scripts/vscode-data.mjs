// Writes VS Code's HTML custom data (completion and hover docs for the elements and their attributes)
// from custom-elements.json. Run by `npm run build`; enable it with
// "html.customData": ["./node_modules/sme-readiness/dist/vscode.html-custom-data.json"].
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = [];
for (const module of manifest.modules ?? [])
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    tags.push({
      name: declaration.tagName,
      description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = /^((?:'[^']+'\s*\|\s*)+'[^']+')$/.exec(attribute.type?.text ?? '');
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(values
            ? { values: values[1].split('|').map((value) => ({ name: value.trim().slice(1, -1) })) }
            : {}),
        };
      }),
    });
  }
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`Wrote dist/vscode.html-custom-data.json (${tags.length} elements)`);
