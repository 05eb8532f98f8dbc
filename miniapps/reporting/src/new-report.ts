import { isCitadelError } from '@citadel/sdk';
import { BackendError } from './api.js';
import type { AppContext } from './app-context.js';
import { describeError, names } from './app-context.js';
import { button, el, section } from '@citadel-miniapp/web-kit';
import { formWords } from './form-words.js';
import { fill } from './i18n.js';
import { createLocationMap } from './location-map.js';
import { createPhotoList } from './photo-list.js';
import { MAX_PHOTOS, resizePhoto } from './photos.js';
import { outboxWordsFor } from './offline/words.js';
import { syncWhenOnline } from './offline/worker.js';
import { suggest } from './suggest.js';

/** Once per app session: after the first report, ask whether the citizen wants progress notifications. */
let askedToNotify = false;

/**
 * The new report form: category chips, description with the keyword model's live suggestion
 * and the words that matched, position from the host (on a map, tap to adjust it), up to four
 * photos resized in the browser (each removable before sending), then the tracking code and a cleared form. One
 * idempotency key per report (kept by the outbox with it): a second tap or a retry files it once; the next report gets a new key.
 */
export function newReportView(ctx: AppContext): HTMLElement {
  const { t } = ctx;
  const w = formWords(ctx.lang);
  const n = names(ctx);
  let category: string | undefined;
  let chosenByHand = false;
  let position: { lat: number; lon: number } | undefined;

  const chips = el('div', { class: 'chips', role: 'group' });
  const paint = () => chips.querySelectorAll<HTMLButtonElement>('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.category === category)));
  for (const c of ctx.model.categories) {
    const chip = el('button', { type: 'button', class: 'chip', 'data-testid': `category-${c.id}`, 'data-category': c.id, 'aria-pressed': 'false' }, c.name[ctx.lang]);
    chip.addEventListener('click', () => { category = c.id; chosenByHand = true; paint(); update(); });
    chips.append(chip);
  }

  const description = el('textarea', { 'data-testid': 'description', maxlength: '2000', placeholder: t.descriptionHint });
  const hint = el('div', { class: 'hint', 'data-testid': 'suggestion', 'aria-live': 'polite' });
  const update = () => {
    const text = description.value;
    const s = suggest(ctx.model, text);
    hint.replaceChildren();
    if (s.matched.length === 0) {
      if (text.trim()) hint.append(t.suggestionNone);
      return;
    }
    // Follow the model until the citizen picks a category themselves.
    if (!chosenByHand) { category = s.category; paint(); }
    const routed = category ? suggest(ctx.model, text, category as never) : s;
    hint.append(
      el('span', { 'data-testid': 'suggested-route', 'data-category': s.category, 'data-agency': routed.agency }, fill(t.suggestion, { category: n.category(s.category), agency: n.agency(routed.agency) })),
      el('br'),
      t.suggestionWords,
      ...s.matched.flatMap((m, i) => [i ? ', ' : '', el('mark', { 'data-testid': 'matched-word' }, m.keyword)]),
    );
    if (chosenByHand && category !== s.category) {
      const use = el('button', { type: 'button', class: 'secondary', 'data-testid': 'use-suggestion' }, t.useSuggestion);
      use.addEventListener('click', () => { category = s.category; chosenByHand = false; paint(); update(); });
      hint.append(el('br'), use);
    }
  };
  description.addEventListener('input', update);

  const map = createLocationMap(ctx, (lat, lon) => { position = { lat, lon }; });
  const locationOut = el('p', { class: 'hint', 'data-testid': 'location-state' }, t.noPosition);
  const locate = button(t.locate, 'locate', async () => {
    try {
      const where = await ctx.client.location.getCurrent({ accuracy: 'precise' });
      // The host's position is the report's at once, before the map (loaded on first use) draws it; a tap moves it.
      position = { lat: where.latitude, lon: where.longitude };
      locationOut.textContent = `±${Math.round(where.accuracy)} m`;
      locationOut.classList.remove('error');
      await map.here(where.latitude, where.longitude);
    } catch (error) {
      locationOut.textContent = isCitadelError(error) && error.code === 'PERMISSION_DENIED' ? t.locationDenied : describeError(error);
      locationOut.classList.add('error');
      await map.chooseByHand();
    }
  }, true);

  const photos = createPhotoList(w, MAX_PHOTOS);
  const picker = el('input', { type: 'file', accept: 'image/jpeg,image/webp,image/png,image/heic', multiple: '', 'data-testid': 'photo-input' });
  picker.addEventListener('change', async () => {
    for (const file of Array.from(picker.files ?? []).slice(0, photos.room())) {
      try {
        photos.add(await resizePhoto(file));
      } catch {
        // The browser could not decode it (createImageBitmap's DOMException): say so in the citizen's words.
        out.classList.add('error');
        out.textContent = w.photoUnreadable;
      }
    }
    picker.value = '';
  });

  const out = el('output', { 'data-testid': 'submit-result', 'aria-live': 'polite' });
  const after = el('div');
  const submit = button(t.submit, 'submit', async () => {
    out.classList.remove('error');
    if (!position) {
      out.classList.add('error');
      out.textContent = w.needPosition;
      return;
    }
    out.textContent = t.sending;
    try {
      // Stored on the phone first, then sent: offline it waits in the outbox and leaves once back online. The outbox
      // keeps one idempotency key per report for every try, so a retry or a second send files it once.
      const queued = await ctx.outbox.add({
        category: category ?? 'other', description: description.value, latitude: position.lat, longitude: position.lon, photos: photos.photos(),
      });
      const sent = await ctx.outbox.send();
      const refusal = sent.refused.find((r) => r.key === queued.key);
      if (refusal) {
        // Refused while the citizen is here: they read why and correct the form; nothing is left waiting.
        await ctx.outbox.remove(queued.key);
        throw refusal.error;
      }
      const report = sent.filed.find((f) => f.key === queued.key)?.report;
      if (!report && sent.stoppedBy !== undefined && navigator.onLine && !(sent.stoppedBy instanceof BackendError && sent.stoppedBy.code === 'UNREACHABLE')) {
        // Kept either way; a cause other than the connection (a declined sign-in…) is shown as it is.
        throw sent.stoppedBy;
      }
      // Filed or waiting to send: either way the form is done with and clears for the next report.
      category = undefined;
      chosenByHand = false;
      description.value = '';
      photos.clear();
      paint();
      update();
      if (!report) {
        out.textContent = outboxWordsFor(ctx.lang).savedOffline;
        void syncWhenOnline();
        return;
      }
      const code = el('a', { href: `/reports/${report.code}`, class: 'code', 'data-testid': 'tracking-code' }, report.code);
      code.addEventListener('click', (e) => { e.preventDefault(); ctx.go({ view: 'report', code: report.code }); });
      out.replaceChildren(t.sent, ' ', code);
      if (!askedToNotify) {
        askedToNotify = true;
        after.replaceChildren(askToNotify(ctx));
      }
    } catch (error) {
      out.classList.add('error');
      out.textContent = describeError(error);
    }
  });

  return el('div', {},
    section(t.category, chips),
    section(t.description, description, hint),
    section(t.position, locate, locationOut, map.element, el('p', { class: 'hint' }, t.locateHint)),
    // The file input inside a label drawn as a button in the app's words: the browser's own "Choose Files" is in the phone's language, not the app's.
    section(fill(t.photos, { n: MAX_PHOTOS }), el('label', { class: 'pick' }, t.addPhotos, picker), photos.element),
    submit, out, after,
  );
}

/** After the first report: ask, in the host's prompt, to notify about its progress. */
function askToNotify(ctx: AppContext): HTMLElement {
  const out = el('p', { 'data-testid': 'notify-result' });
  const ask = button(ctx.t.notifyOn, 'notify', async () => {
    try {
      const { granted } = await ctx.client.notifications.requestPermission();
      out.textContent = granted ? ctx.t.notifyGranted : ctx.t.notifyDenied;
    } catch {
      out.textContent = ctx.t.notifyDenied;
    }
  });
  return el('div', { class: 'card' }, el('p', {}, ctx.t.askNotify), ask, out);
}
