import { el, fill } from '@citadel-miniapp/web-kit';
import type { FormWords } from './form-words.js';

/** A photo picked for a report: base64 JPEG as sent, and its preview's object URL. */
export interface PickedPhoto {
  readonly data: string;
  readonly preview: string;
}

/**
 * The photos of a report being written, as thumbnails each with a button that removes it before sending. `photos()`
 * is what will be sent, in order; `clear()` empties it after a report went out.
 */
export function createPhotoList(w: FormWords, max: number) {
  const picked: PickedPhoto[] = [];
  const element = el('div', { class: 'thumbs', 'data-testid': 'thumbs' });
  const forget = (photo: PickedPhoto) => URL.revokeObjectURL(photo.preview);
  function draw() {
    element.replaceChildren(...picked.map((photo, i) => {
      const remove = el('button', { type: 'button', class: 'remove secondary', 'data-testid': 'photo-remove', 'aria-label': fill(w.removePhoto, { n: i + 1 }) }, '×');
      remove.addEventListener('click', () => {
        picked.splice(picked.indexOf(photo), 1);
        forget(photo);
        draw();
      });
      return el('figure', { class: 'thumb', 'data-testid': 'thumb' }, el('img', { src: photo.preview, alt: fill(w.photoAlt, { n: i + 1 }) }), remove);
    }));
  }
  return {
    element,
    /** How many more may be added. */
    room: () => max - picked.length,
    add(photo: PickedPhoto) {
      picked.push(photo);
      draw();
    },
    photos: () => picked.map((p) => ({ data: p.data })),
    clear() {
      picked.splice(0).forEach(forget);
      draw();
    },
  };
}
