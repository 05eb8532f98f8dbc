import { el, section } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext } from './app-context.js';
import type { ChildView, Transcript } from './api.js';
import { fill, label, score } from './i18n.js';

type Row = Transcript['rows'][number];

/** One subject as a card: name and result on the first line, the marks below. */
function subjectCard(ctx: AppContext, row: Row): HTMLElement {
  const { t, lang } = ctx;
  const name = row.subject[lang];
  if (row.kind === 'scored') {
    const marks = [
      `${t.regular}: ${row.regular.length ? row.regular.map((s) => score(s, lang)).join(' · ') : '—'}${row.regular.length < row.regularCount ? ` (${row.regular.length}/${row.regularCount})` : ''}`,
      `${t.midterm}: ${row.midterm === null ? '—' : score(row.midterm, lang)}`,
      `${t.final}: ${row.final === null ? '—' : score(row.final, lang)}`,
    ];
    return el('div', { class: 'subject', 'data-testid': 'subject', 'data-subject': row.subject.vi },
      el('div', { class: 'line' }, el('b', {}, name),
        el('span', { class: 'result', 'data-testid': 'subject-average', 'data-average': row.average === null ? '' : String(row.average) },
          row.average === null ? t.notYet : `${t.average} ${score(row.average, lang)}`)),
      el('p', { class: 'hint' }, marks.join(' | ')));
  }
  if (row.kind === 'commented') {
    return el('div', { class: 'subject', 'data-testid': 'subject', 'data-subject': row.subject.vi },
      el('div', { class: 'line' }, el('b', {}, name), el('span', { class: 'result' }, row.passed === null ? t.notYet : label('passed', String(row.passed), lang))));
  }
  return el('div', { class: 'subject', 'data-testid': 'subject', 'data-subject': row.subject.vi },
    el('div', { class: 'line' }, el('b', {}, name),
      el('span', { class: 'result', 'data-testid': 'subject-level', 'data-level': row.level ?? '' }, row.level === null ? t.notYet : label('level', row.level, lang))),
    ...(row.test !== null ? [el('p', { class: 'hint' }, fill(t.testScore, { score: row.test }))] : []),
    ...(row.comment ? [el('p', { class: 'hint' }, row.comment)] : []));
}

function summary(ctx: AppContext, tr: Transcript): HTMLElement {
  const { t, lang } = ctx;
  const item = (name: string, value: string | null, testId: string) =>
    el('p', {}, `${name}: `, el('b', { 'data-testid': testId }, value ?? t.notYet));
  const lines = tr.level === 'secondary'
    ? [item(t.learning, tr.learning && label('rating', tr.learning, lang), 'learning'), item(t.conduct, tr.conduct && label('rating', tr.conduct, lang), 'conduct')]
    : [item(t.qualities, tr.qualities && label('quality', tr.qualities, lang), 'qualities'), item(t.competences, tr.competences && label('quality', tr.competences, lang), 'competences')];
  const open = tr.level === 'secondary' ? tr.learning === null : tr.qualities === null;
  return section(tr.term === 1 ? t.termOne : t.termTwo, ...lines,
    ...(tr.teacherComment ? [el('p', {}, el('b', {}, `${t.teacherComment}: `), tr.teacherComment)] : []),
    ...(open ? [el('p', { class: 'hint' }, t.termOpen)] : []));
}

/** A child's results for term I or II, as the school assesses at its level. */
export function transcriptTab(ctx: AppContext, child: ChildView): HTMLElement {
  const body = el('div', { 'data-testid': 'transcript' });
  const chips = el('div', { class: 'chips' });
  const show = (term: 1 | 2) => {
    chips.replaceChildren(...([1, 2] as const).map((n) => {
      const b = el('button', { type: 'button', class: 'chip', 'data-testid': `term-${n}`, 'aria-pressed': String(n === term) }, n === 1 ? ctx.t.termOne : ctx.t.termTwo);
      b.addEventListener('click', () => show(n));
      return b;
    }));
    body.replaceChildren(el('p', { class: 'hint' }, ctx.t.loading));
    void ctx.api.transcript(child.id, term).then((tr) => {
      body.dataset['term'] = String(tr.term);
      body.replaceChildren(
        el('p', { class: 'hint' }, `${fill(ctx.t.schoolYear, { year: tr.schoolYear })} · ${tr.level === 'secondary' ? ctx.t.averageRule : ctx.t.primaryRule}`),
        summary(ctx, tr),
        el('div', { class: 'subjects' }, ...tr.rows.map((row) => subjectCard(ctx, row))));
    }, (error: unknown) => body.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  };
  show(1);
  return el('div', {}, chips, body);
}
