// Renders each Camunda Form with the form-js viewer that Camunda 7.24's Tasklist bundles, in jsdom, and checks
// that it imports without warnings, draws every field (revealing a conditional field by giving its condition the
// value it waits for), and refuses to submit while a required field it shows is empty.
// Usage: node render-forms.mjs file.form...   Exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'HTMLInputElement', 'Element', 'Node',
  'SVGElement', 'Event', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'InputEvent', 'CustomEvent',
  'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'DOMParser', 'MutationObserver']) {
  if (dom.window[name] !== undefined && globalThis[name] === undefined) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
}
// The ES build imports lodash subpaths that Node cannot resolve; the CommonJS build runs as is.
const { Form } = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');

// "=position != \"SUPPORT_WITH_CONDITIONS\"": shown once position is SUPPORT_WITH_CONDITIONS.
const SHOWN_WHEN_EQUAL = /^=\s*(\w+)\s*!=\s*"([^"]*)"\s*$/;

// Conditions and validation settle in effects, after the first render: each drawn field registers an instance
// that submit() validates. A fixed pause is not enough on a loaded machine (the first form of a run renders
// slowest), so wait until the number of registered instances holds still, within a bound.
async function settled(form) {
  const instances = form.get('formFieldInstanceRegistry');
  let previous = -1;
  for (let poll = 0; poll < 250; poll++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const count = instances.getAll().length;
    if (count > 0 && count === previous) {
      return;
    }
    previous = count;
  }
  throw new Error('the form did not settle within 5 seconds');
}

async function render(schema, data) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new Form({ container });
  const { warnings } = await form.importSchema(schema, data);
  await settled(form);
  const labels = [...container.querySelectorAll('label')].map((label) => label.textContent);
  const { errors } = form.submit();
  form.destroy();
  container.remove();
  return { warnings, labels, errors };
}

let problems = 0;
for (const file of process.argv.slice(2)) {
  const report = (problem) => { problems++; console.log(`${basename(file)}: ${problem}`); };
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  const fields = schema.components.filter((component) => component.key);
  const empty = await render(schema, {}).catch((error) => ({ failure: error }));
  if (empty.failure) {
    report(`does not import: ${empty.failure.message}`);
    continue;
  }
  empty.warnings.forEach((warning) => report(`import warning: ${warning.message || warning}`));
  for (const field of fields) {
    const label = field.label || field.dateLabel;
    let outcome = empty;
    if (!outcome.labels.some((text) => text.includes(label))) {
      const shownWhen = SHOWN_WHEN_EQUAL.exec(field.conditional?.hide || '');
      if (!shownWhen) {
        report(`never draws ${field.key} ("${label}")`);
        continue;
      }
      outcome = await render(schema, { [shownWhen[1]]: shownWhen[2] });
      if (!outcome.labels.some((text) => text.includes(label))) {
        report(`does not draw ${field.key} ("${label}") once ${shownWhen[1]} is ${shownWhen[2]}`);
        continue;
      }
    }
    if (field.validate?.required && !outcome.errors[field.id]) {
      report(`submits with ${field.key} empty although it is required`);
    }
  }
  console.log(`${basename(file)}: ${fields.length} fields drawn`);
}
process.exit(problems === 0 ? 0 : 1);
