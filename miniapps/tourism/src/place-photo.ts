import { el, type Lang } from '@citadel-miniapp/web-kit';
import type { Localized, Place, PlaceKind } from '../backend/src/places/place.js';

/**
 * What each kind's picture shows, said as a picture is (issue 16: places had none). They are small SVG drawings made
 * by hand for this demo, one per kind, in `public/places/`, served from the app's own origin: no photo of Huế's sights
 * ships with the repository, and the app needs no internet for them.
 */
const SHOWS: Record<PlaceKind, Localized> = {
  heritage: { vi: 'Hình vẽ minh hoạ: cổng thành có lầu hai tầng mái vàng', en: 'Drawing: a citadel gate under a two-tiered yellow-roofed pavilion' },
  tomb: { vi: 'Hình vẽ minh hoạ: nhà bia mái vàng giữa rừng thông bên hồ', en: 'Drawing: a yellow-roofed stele pavilion among pines by a lake' },
  pagoda: { vi: 'Hình vẽ minh hoạ: tháp bảy tầng bên sông', en: 'Drawing: a seven-storey tower by a river' },
  museum: { vi: 'Hình vẽ minh hoạ: toà nhà có hàng cột và mái đỏ', en: 'Drawing: a building with columns under a red roof' },
  nature: { vi: 'Hình vẽ minh hoạ: núi rừng và thác nước', en: 'Drawing: forested mountains and a waterfall' },
  market: { vi: 'Hình vẽ minh hoạ: sạp chợ có mái bạt trước nhà lồng có đồng hồ', en: 'Drawing: market stalls under awnings before a hall with a clock' },
  landmark: { vi: 'Hình vẽ minh hoạ: cây cầu nhiều nhịp vòm bắc qua sông', en: 'Drawing: a bridge of many arches over a river' },
  village: { vi: 'Hình vẽ minh hoạ: cầu mái ngói giữa đồng lúa, bó hương nhiều màu', en: 'Drawing: a tile-roofed bridge in rice fields, with bundles of coloured incense' },
};

/** The sizes a picture is drawn at, in CSS pixels (4:3, as drawn), set on the element so the page never shifts. */
const SIZES = { thumb: [96, 72], full: [320, 240] } as const;

/**
 * The place's picture, loaded only as it nears the screen. In a card, beside the place's name, it is decoration
 * (`alt=""`: the name already says what the card is); on the place's own page it says what it shows.
 */
export function placePhoto(place: Place, lang: Lang, size: keyof typeof SIZES): HTMLImageElement {
  const [width, height] = SIZES[size];
  return el('img', {
    // `loading` before `src`: an image told its source first starts loading at once.
    loading: 'lazy', decoding: 'async', width: String(width), height: String(height),
    alt: size === 'full' ? SHOWS[place.kind][lang] : '', src: `/places/${place.kind}.svg`, class: `photo ${size}`, 'data-testid': 'place-photo',
  });
}
