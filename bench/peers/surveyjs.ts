// The SurveyJS peer of bench/browser.ts (built by bench/peers.ts, never shipped): SurveyJS's own
// framework-free renderer with its default theme, a start page, then 2 pages of 6 radio questions.
import 'survey-core/survey-core.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const choices = ['Not at all', 'A little', 'Partly', 'Mostly', 'Fully'];
const page = (number: number) => ({
  name: `page${number}`,
  elements: Array.from({ length: 6 }, (_, index) => ({
    type: 'radiogroup',
    name: `q${number}_${index + 1}`,
    title: `Question ${index + 1} of page ${number}: how far has your business got here?`,
    choices,
  })),
});

const survey = new Model({
  title: 'How ready is your business to go international?',
  firstPageIsStartPage: true,
  pages: [
    {
      name: 'intro',
      elements: [{ type: 'html', name: 'lead', html: '<p>Twelve short questions; about five minutes.</p>' }],
    },
    page(1),
    page(2),
  ],
});
renderSurvey(survey, document.getElementById('survey')!);
