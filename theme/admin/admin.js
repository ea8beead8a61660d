// The browser editor's own script (loaded after decap-cms/decap-cms.js): its preview pane shows a page or an
// exercise with the site's own stylesheet, whose fingerprinted address the build writes on this script's tag, laid
// out with the site's own elements and classes (theme/templates: the page's article, the exercise page). Every
// heading and term comes from the field labels of admin/config.yml, which the build takes from the input schema,
// so this script holds no words of its own. Decap passes h (React's createElement); no build step is needed.
const cms = window.CMS;
const h = window.h;
const previewStyle = document.currentScript.dataset.previewStyle;
if (previewStyle) cms.registerPreviewStyle(previewStyle);

const value = (entry, name) => entry.getIn(['data', name]);
const list = (entry, name) => (value(entry, name)?.toJS?.() ?? []).filter(item => item !== null && item !== '');
const label = (fields, name) => fields.find(field => field.get('name') === name)?.get('label') ?? name;

// A section, a page or the home page: the title, the summary as the lead, then the text, as the site's article.
const Page = ({ children }) => h('div', { className: 'wrap page' }, children);
const PagePreview = ({ entry, widgetFor }) => h(Page, null,
  h('main', { className: 'content' },
    h('h1', null, value(entry, 'title')),
    value(entry, 'summary') ? h('p', { className: 'lead' }, value(entry, 'summary')) : null,
    widgetFor('body')));

// The dose and the other facts, each under its field's label, as the exercise page's list of facts.
const factKeys = ['hold_seconds', 'reps', 'sets', 'sides', 'per_day', 'when', 'position', 'equipment', 'targets'];
const Facts = ({ entry, fields }) => {
  const facts = factKeys
    .map(name => [name, Array.isArray(value(entry, name)?.toJS?.()) ? list(entry, name).join(', ') : value(entry, name)])
    .filter(([, text]) => text !== undefined && text !== null && text !== '');
  return h('dl', { className: 'facts' }, facts.flatMap(([name, text]) => [
    h('dt', { key: name + '-term' }, label(fields, name)),
    h('dd', { key: name + '-value' }, String(text)),
  ]));
};

const ListUnder = ({ entry, fields, name, ordered }) => {
  const items = list(entry, name);
  if (items.length === 0) return null;
  return h('section', null,
    h('h2', null, label(fields, name)),
    h(ordered ? 'ol' : 'ul', { className: ordered ? 'steps' : null }, items.map((item, i) => h('li', { key: i }, item))));
};

// An exercise: kind, name, summary, dose, then steps, tips and when to stop, as on its page.
const ExercisePreview = ({ entry, fields }) => h(Page, null,
  h('main', { className: 'content exercise' },
    h('p', { className: 'kind' }, value(entry, 'kind')),
    h('h1', null, value(entry, 'name')),
    value(entry, 'summary') ? h('p', { className: 'lead' }, value(entry, 'summary')) : null,
    h(Facts, { entry, fields }),
    h(ListUnder, { entry, fields, name: 'steps', ordered: true }),
    h(ListUnder, { entry, fields, name: 'cues', ordered: false }),
    h(ListUnder, { entry, fields, name: 'stop_if', ordered: false })));

for (const name of ['sections', 'pages', 'home']) cms.registerPreviewTemplate(name, PagePreview);
cms.registerPreviewTemplate('exercises', ExercisePreview);
