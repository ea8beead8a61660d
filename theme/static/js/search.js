// The search page: runs the words in ?q= through the pagefind index that the build writes into pagefind/,
// and lists the pages found. The index and pagefind.js load only when there is something to search for.
// Without the index (a build without pagefind) the page says so, and its list of every page still works.
import { h, wordsOn } from './dom.js';

const form = document.querySelector('.search-form');
const input = form.elements.q;
const status = document.querySelector('.search-status');
const results = document.querySelector('.search-results');
// The words of the search's status (search_* of theme/strings.yml), which search.sbn writes on it.
const say = wordsOn('.search-status');
const root = new URL('../', import.meta.url);
let engine;

function load() {
  engine ??= import(new URL('pagefind/pagefind.js', root).href).then(async pagefind => {
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
    return pagefind;
  });
  return engine;
}

// Pagefind's excerpt is HTML with <mark> around the words found: copy only its text and its marks.
function excerpt(html) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map(n => n.nodeName === 'MARK' ? h('mark', {}, n.textContent) : n.textContent);
}

async function search(words) {
  results.hidden = true;
  if (!words) {
    status.textContent = '';
    return;
  }
  status.textContent = say('search_searching');
  let found;
  try {
    const pagefind = await load();
    found = await Promise.all((await pagefind.search(words)).results.slice(0, 10).map(r => r.data()));
  } catch {
    engine = undefined;
    status.textContent = say('search_unavailable');
    return;
  }
  if (input.value.trim() !== words) return;
  results.replaceChildren(...found.map(page => h('li', {},
    page.meta.section ? h('p', { className: 'result-section' }, page.meta.section) : null,
    h('a', { href: page.url }, page.meta.title),
    h('p', {}, ...excerpt(page.excerpt)))));
  results.hidden = !found.length;
  status.textContent = found.length
    ? say(found.length === 10 ? 'search_found_best' : found.length === 1 ? 'search_found_one' : 'search_found_many', { n: found.length, words })
    : say('search_found_none', { words });
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const words = input.value.trim();
  history.replaceState(null, '', words ? '?q=' + encodeURIComponent(words) : location.pathname);
  search(words);
});

input.value = new URLSearchParams(location.search).get('q') ?? '';
search(input.value.trim());
