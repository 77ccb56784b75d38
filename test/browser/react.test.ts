// The React wrapper (sme-readiness/react) in a real React 19 app: props reach the element (attributes
// and object properties), `on…` props receive the library's events (each component exactly the events
// its element declares with `@fires`, via generated/react/events.js), and unmounting leaves nothing behind.
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import * as wrappers from '../../src/react.js';
import { SmeRadarChart, SmeReadiness } from '../../src/react.js';
import { REACT_EVENTS } from '../../generated/react/events.js';
import { score } from '../../src/engine/scoring/score.js';
import type { SmeEvent } from '../../src/internal/events.js';
import type { SmeReadiness as SmeReadinessElement } from '../../src/components/readiness/readiness.js';
import { smallQuestionnaire, until } from './helpers/fixtures.js';

describe('sme-readiness/react', () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('passes props to the element and events to on… props', async () => {
    const questionnaire = smallQuestionnaire();
    const completed: SmeEvent<'sme-complete'>[] = [];
    const answered: string[] = [];
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        React.createElement(SmeReadiness, {
          lang: 'en',
          noStorage: true,
          questionnaire,
          onSmeAnswer: (event) => answered.push(event.detail.questionId),
          onSmeComplete: (event) => completed.push(event),
        }),
      ),
    );
    const el = container.querySelector<SmeReadinessElement>('sme-readiness')!;
    expect(el.noStorage).to.equal(true);
    expect(el.questionnaire).to.equal(questionnaire);
    const start = await until(
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.start'),
      5000,
      'intro',
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Small test questionnaire');
    start.click();
    const form = await until(() => el.shadowRoot!.querySelector('sme-questionnaire'), 5000, 'questionnaire');
    await form.updateComplete;
    const question = form.shadowRoot!.querySelector('sme-question')!;
    await question.updateComplete;
    question.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    expect(answered).to.deep.equal(['exports']);
    form.complete();
    expect(completed).to.have.length(1);
    expect(completed[0]!.detail.result).to.deep.equal(score(questionnaire, { exports: 'yes' }));

    flushSync(() => root.unmount());
    expect(container.childElementCount).to.equal(0);
  });

  it('renders a results element on its own with object props', async () => {
    const questionnaire = smallQuestionnaire();
    const result = score(questionnaire, { exports: 'yes', tools: ['erp', 'crm'], web: 'yes' });
    const root = createRoot(container);
    flushSync(() =>
      root.render(React.createElement(SmeRadarChart, { lang: 'en', results: [result], questionnaire })),
    );
    const chart = container.querySelector('sme-radar-chart')!;
    await until(() => chart.drawn, 10000, 'the chart to be drawn');
    expect(chart.results).to.deep.equal([result]);
    flushSync(() => root.unmount());
  });

  it('gives each component an on… prop for every event its element declares, and for no other', () => {
    // The props React apps write: changing one changes the public API.
    expect(REACT_EVENTS).to.deep.equal({
      'sme-question': { onSmeAnswer: 'sme-answer' },
      'sme-questionnaire': {
        onSmeAnswer: 'sme-answer',
        onSmePageChange: 'sme-page-change',
        onSmeFinish: 'sme-finish',
      },
      'sme-readiness': {
        onSmeAnswer: 'sme-answer',
        onSmePageChange: 'sme-page-change',
        onSmeComplete: 'sme-complete',
        onSmeRestart: 'sme-restart',
        onSmeError: 'sme-error',
        onSmeSubmit: 'sme-submit',
        onSmeSubmitted: 'sme-submitted',
        onSmeSubmitError: 'sme-submit-error',
      },
      'sme-results': {
        onSmeEditAnswers: 'sme-edit-answers',
        onSmeRestartRequest: 'sme-restart-request',
        onSmeCloseShared: 'sme-close-shared',
        onSmeRecordOpen: 'sme-record-open',
      },
      'sme-send-results': {
        onSmeSubmit: 'sme-submit',
        onSmeSubmitted: 'sme-submitted',
        onSmeSubmitError: 'sme-submit-error',
      },
    });
    const everyProp = new Map(Object.values(REACT_EVENTS).flatMap((events) => Object.entries(events)));
    const probe = { probe: true };
    const components = new Set(Object.values(wrappers)) as Set<React.ComponentType<Record<string, unknown>>>;
    expect(components.size).to.equal(9);
    for (const Component of components) {
      const heard: string[] = [];
      const handlers = Object.fromEntries(
        [...everyProp.keys()].map((prop) => [
          prop,
          (event: Event) => (event as CustomEvent).detail === probe && heard.push(event.type),
        ]),
      );
      const root = createRoot(container);
      flushSync(() => root.render(React.createElement(Component, { lang: 'en', ...handlers })));
      const el = container.firstElementChild!;
      for (const type of new Set(everyProp.values()))
        el.dispatchEvent(new CustomEvent(type, { detail: probe }));
      const declared = REACT_EVENTS[el.localName as keyof typeof REACT_EVENTS] ?? {};
      expect(heard.sort(), el.localName).to.deep.equal(Object.values(declared).sort());
      flushSync(() => root.unmount());
    }
  });
});
