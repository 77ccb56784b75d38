// Writes the complete default questionnaire, every shipped language in its `texts`, and validates it:
// published as `sme-readiness/questionnaires/default` for the engine in Node and for providers who
// start their own questionnaire from it. Run by `npm run build`.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateQuestionnaire } from '../src/engine/validation/validate.js';

const target = process.argv[2] ?? 'dist/questionnaires/default.json';
const questionnaire = JSON.parse(readFileSync('src/questionnaires/default.json', 'utf8'));
for (const lang of readdirSync('locales').sort()) {
  const file = join('locales', lang, 'questionnaire.json');
  if (lang === 'en' || !existsSync(file)) continue;
  questionnaire.texts[lang] = JSON.parse(readFileSync(file, 'utf8'));
  questionnaire.locales.push(lang);
}
const validation = validateQuestionnaire(questionnaire);
if (!validation.ok) {
  console.error(
    `The complete default questionnaire is invalid:\n${JSON.stringify(validation.problems, null, 2)}`,
  );
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(questionnaire, null, 2)}\n`);
console.log(`Wrote ${target} (${questionnaire.locales.join(', ')})`);
