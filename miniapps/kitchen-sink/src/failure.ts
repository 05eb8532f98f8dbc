import { describeError, el } from '@citadel-miniapp/web-kit';

/** The labels of the developer's part of a failure, by the page's language. */
const words = {
  vi: { details: 'Chi tiết cho nhà phát triển', code: 'Mã lỗi', message: 'Thông điệp', data: 'Dữ liệu' },
  en: { details: 'Developer details', code: 'Error code', message: 'Message', data: 'Data' },
} as const;

/**
 * Writes a failed call into `out` as every citizen's app says it: `sentence`, else the web kit's `describeError` (the
 * host's own sentence for a bridge code), in the page's language. The kitchen sink is a developer's demo
 * (docs/README.md), so the call's code, developer message and data follow in a closed "developer details" disclosure,
 * never in the sentence: a citizen reads only the sentence, a developer opens the details.
 */
export function showFailure(out: HTMLElement, error: unknown, sentence?: string): void {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const w = words[lang];
  const e = (error ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
  const facts: Array<[string, string]> = [[w.code, typeof e.code === 'string' ? e.code : '—']];
  if (typeof e.message === 'string' && e.message !== '') facts.push([w.message, e.message]);
  if (e.data !== undefined) facts.push([w.data, JSON.stringify(e.data)]);
  out.classList.add('error');
  out.replaceChildren(
    el('span', { 'data-testid': 'failure' }, sentence ?? describeError(error, lang)),
    el('details', { class: 'dev' }, el('summary', {}, w.details),
      el('dl', {}, ...facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', { 'data-testid': term === w.code ? 'failure-code' : 'failure-fact' }, value)]))),
  );
}
