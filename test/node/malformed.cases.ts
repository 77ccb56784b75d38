// Broken questionnaires and what validation must say about each: the exact JSON path and code of every
// problem, all at once. Each case starts from the valid mini questionnaire and breaks one or two things
// the way authors do (typos, copy-paste, a forgotten translation).
import { mini } from '../fixtures/mini-questionnaire.js';

type Q = ReturnType<typeof mini>;
export interface MalformedCase {
  name: string;
  input: () => unknown;
  problems: [path: string, code: string][];
}

const broken = (change: (q: Q) => void) => () => {
  const q = mini();
  change(q);
  return q;
};
const question = (q: Q, id: string) => q.questions.find((item) => item.id === id)!;
/** A valid country question (its title is a key every locale of the mini questionnaire has). */
const country = () => ({ id: 'where', type: 'country', title: 'q.ctx' });

export const CASES: MalformedCase[] = [
  { name: 'a number', input: () => 42, problems: [['', 'invalid_type']] },
  { name: 'a string that is not JSON', input: () => 'questionnaire', problems: [['', 'invalid_json']] },
  { name: 'null', input: () => null, problems: [['', 'invalid_type']] },
  { name: 'an array', input: () => [mini()], problems: [['', 'invalid_type']] },
  { name: 'JSON text that does not parse', input: () => '{"id": "mini",', problems: [['', 'invalid_json']] },
  { name: 'missing id', input: broken((q) => delete q.id), problems: [['id', 'required']] },
  {
    name: 'id with a space',
    input: broken((q) => (q.id = 'my questionnaire')),
    problems: [['id', 'invalid_format']],
  },
  {
    name: 'version as a number',
    input: broken((q) => (q.version = 1)),
    problems: [['version', 'invalid_type']],
  },
  { name: 'empty locales', input: broken((q) => (q.locales = [])), problems: [['locales', 'too_small']] },
  {
    name: 'misspelt field',
    input: broken((q) => ((q as Record<string, unknown>).dimension = q.dimensions)),
    problems: [['dimension', 'unknown_field']],
  },
  {
    name: 'option score above 1',
    input: broken((q) => (question(q, 'q1').options![2]!.score = 10)),
    problems: [['questions[1].options[2].score', 'too_big']],
  },
  {
    name: 'option score below 0',
    input: broken((q) => (question(q, 'q1').options![0]!.score = -0.5)),
    problems: [['questions[1].options[0].score', 'too_small']],
  },
  {
    name: 'unknown question type',
    input: broken((q) => (question(q, 'q3').type = 'slider')),
    problems: [['questions[3].type', 'invalid_value']],
  },
  {
    name: 'negative weight',
    input: broken((q) => (question(q, 'q2').weight = -1)),
    problems: [['questions[2].weight', 'too_small']],
  },
  {
    name: 'duplicate question id',
    input: broken((q) => (question(q, 'q3').id = 'q2')),
    problems: [['questions[3].id', 'duplicate_id']],
  },
  {
    name: 'duplicate option id',
    input: broken((q) => (question(q, 'q3').options![1]!.id = 's0')),
    problems: [['questions[3].options[1].id', 'duplicate_id']],
  },
  {
    name: 'unknown dimension',
    input: broken((q) => (question(q, 'q5').dimension = 'd9')),
    problems: [['questions[5].dimension', 'unknown_dimension']],
  },
  {
    name: 'unknown area',
    input: broken((q) => (q.dimensions[2]!.area = 'exports')),
    problems: [
      ['dimensions[2].area', 'unknown_area'],
      ['areas[1]', 'empty_area'],
    ],
  },
  {
    name: 'area without dimensions',
    input: broken((q) => q.areas.push({ id: 'green', title: 'area.digital' })),
    problems: [['areas[2]', 'empty_area']],
  },
  {
    name: 'dimension without a scorable question',
    input: broken((q) => q.dimensions.push({ id: 'd4', area: 'export', title: 'dim.d3' })),
    problems: [['dimensions[3]', 'no_scorable_question']],
  },
  {
    name: 'scale without options',
    input: broken((q) => delete question(q, 'q3').options),
    problems: [['questions[3].options', 'missing_options']],
  },
  {
    name: 'number without ranges',
    input: broken((q) => delete question(q, 'q5').ranges),
    problems: [['questions[5].ranges', 'missing_ranges']],
  },
  {
    name: 'overlapping number ranges',
    input: broken((q) => ((question(q, 'q5').ranges as { max?: number }[])[0]!.max = 20)),
    problems: [['questions[5].ranges[1]', 'range_overlap']],
  },
  {
    name: 'exclusive option on a single question',
    input: broken((q) => (question(q, 'q1').options![0]!.exclusive = true)),
    problems: [['questions[1].options[0].exclusive', 'exclusive_not_multi']],
  },
  {
    name: 'ranges on a choice question',
    input: broken((q) => (question(q, 'q3').ranges = [{ min: 0, score: 1 }])),
    problems: [['questions[3].ranges', 'not_for_type']],
  },
  {
    name: 'condition on an unknown question',
    input: broken((q) => (question(q, 'q6').visibleIf = { question: 'ctxx', equals: 'yes' })),
    problems: [['questions[6].visibleIf.question', 'unknown_question']],
  },
  {
    name: 'condition on an unknown option',
    input: broken((q) => (question(q, 'q6').visibleIf = { question: 'ctx', equals: 'maybe' })),
    problems: [['questions[6].visibleIf.equals', 'unknown_option']],
  },
  {
    name: 'condition on a later question',
    input: broken((q) => (question(q, 'q1').visibleIf = { question: 'q4', equals: 'yes' })),
    problems: [['questions[1].visibleIf', 'forward_reference']],
  },
  {
    name: 'condition on its own answer',
    input: broken((q) => (question(q, 'q3').visibleIf = { question: 'q3', answered: true })),
    problems: [['questions[3].visibleIf', 'cycle']],
  },
  {
    name: 'visibility that depends on a score',
    input: broken((q) => (question(q, 'q6').visibleIf = { score: 'overall', atLeast: 50 })),
    problems: [['questions[6].visibleIf', 'condition_not_allowed']],
  },
  {
    name: 'empty answer test',
    input: broken((q) => (question(q, 'q6').visibleIf = { question: 'ctx' })),
    problems: [['questions[6].visibleIf', 'empty_test']],
  },
  {
    name: 'empty all',
    input: broken((q) => (question(q, 'q6').visibleIf = { all: [] })),
    problems: [['questions[6].visibleIf.all', 'too_small']],
  },
  {
    name: 'condition written as a string expression',
    input: broken((q) => (question(q, 'q6').visibleIf = "ctx == 'yes'")),
    problems: [['questions[6].visibleIf', 'invalid_condition']],
  },
  {
    name: 'level bands with a gap',
    input: broken((q) => (q.levels[1]!.min = 60)),
    problems: [['levels[1].min', 'level_gap']],
  },
  {
    name: 'level bands that overlap',
    input: broken((q) => (q.levels[1]!.min = 40)),
    problems: [['levels[1].min', 'level_overlap']],
  },
  {
    name: 'level bands that stop short of 100',
    input: broken((q) => (q.levels[1]!.max = 90)),
    problems: [['levels', 'level_gap']],
  },
  {
    name: 'index bands that leave points uncovered',
    input: broken((q) => (q.indices[0]!.levels[1]!.max = 1)),
    problems: [['indices[0].levels', 'level_gap']],
  },
  {
    name: 'recommendation for an unknown profile',
    input: broken((q) => (q.recommendations[0]!.profiles = ['first-time'])),
    problems: [['recommendations[0].profiles[0]', 'unknown_profile']],
  },
  {
    name: 'recommendation for an unknown level',
    input: broken((q) => (q.recommendations[0]!.levels = ['low'])),
    problems: [['recommendations[0].levels[0]', 'unknown_level']],
  },
  {
    name: 'recommendation with an unknown priority',
    input: broken((q) => (q.recommendations[1]!.priority = 'urgent')),
    problems: [['recommendations[1].priority', 'invalid_value']],
  },
  {
    name: 'javascript: URL in an action',
    input: broken(
      (q) => ((q.recommendations[0]!.actions as { url: string }[])[0]!.url = 'javascript:alert(1)'),
    ),
    problems: [['recommendations[0].actions[0].url', 'unsafe_url']],
  },
  {
    name: 'text missing in one locale',
    input: broken((q) => delete (q.texts.de!.q as Record<string, string>).q3),
    problems: [['questions[3].title', 'missing_text']],
  },
  {
    name: 'declared locale without texts',
    input: broken((q) => (q.locales = ['en', 'de', 'fr'])),
    problems: [['locales[2]', 'missing_locale']],
  },
  {
    name: 'default locale not declared',
    input: broken((q) => (q.defaultLocale = 'fr')),
    problems: [['defaultLocale', 'unknown_locale']],
  },
  {
    name: 'a drop-down display on a multi-choice question',
    input: broken((q) => (question(q, 'q2').display = 'dropdown')),
    problems: [['questions[2].display', 'not_for_type']],
  },
  {
    name: 'an unknown display',
    input: broken((q) => (question(q, 'ctx').display = 'select')),
    problems: [['questions[0].display', 'invalid_value']],
  },
  {
    name: 'misspelt "display" (did you mean)',
    input: broken((q) => (question(q, 'ctx').dispaly = 'dropdown')),
    problems: [['questions[0].dispaly', 'unknown_field']],
  },
  {
    name: 'a country question with a dimension',
    input: broken((q) => q.questions.push({ ...country(), dimension: 'd1' })),
    problems: [['questions[7].dimension', 'not_for_type']],
  },
  {
    name: 'a country question with options',
    input: broken((q) =>
      q.questions.push({
        ...country(),
        options: [
          { id: 'DE', label: 'opt.yes' },
          { id: 'AT', label: 'opt.no' },
        ],
      }),
    ),
    problems: [['questions[7].options', 'not_for_type']],
  },
  {
    name: 'an unknown code in a country question\'s "countries"',
    // EU is reserved, not a country; lower case is not the code either; a repeat is a slip.
    input: broken((q) => q.questions.push({ ...country(), countries: ['DE', 'EU', 'at', 'DE'] })),
    problems: [
      ['questions[7].countries[1]', 'unknown_country'],
      ['questions[7].countries[2]', 'unknown_country'],
      ['questions[7].countries[3]', 'duplicate_country'],
    ],
  },
  {
    name: '"countries" on a question that is not a country question',
    input: broken((q) => (question(q, 'ctx').countries = ['DE'])),
    problems: [['questions[0].countries', 'not_for_type']],
  },
  {
    name: 'a condition on a country the question does not offer, and an order test on a country',
    input: broken((q) => {
      q.questions.push({ ...country(), countries: ['DE', 'AT'] });
      question(q, 'q6').visibleIf = {
        any: [
          { question: 'where', in: ['DE', 'FR'] },
          { question: 'where', atLeast: 'AT' },
        ],
      };
    }),
    problems: [
      ['questions[6].visibleIf.any[0].in[1]', 'unknown_country'],
      ['questions[6].visibleIf.any[1].atLeast', 'not_for_type'],
    ],
  },
  {
    name: 'several shape problems at once',
    input: broken((q) => {
      question(q, 'q1').options![2]!.score = 2;
      question(q, 'q3').type = 'slider';
      delete q.levels[0]!.label;
    }),
    problems: [
      ['questions[1].options[2].score', 'too_big'],
      ['questions[3].type', 'invalid_value'],
      ['levels[0].label', 'required'],
    ],
  },
  {
    name: 'several rule problems at once',
    input: broken((q) => {
      question(q, 'q5').dimension = 'd9';
      q.levels[1]!.min = 60;
      q.recommendations[1]!.dimension = 'd0';
    }),
    problems: [
      ['questions[5].dimension', 'unknown_dimension'],
      ['recommendations[1].dimension', 'unknown_dimension'],
      ['levels[1].min', 'level_gap'],
    ],
  },
];
