import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAP_NAMESPACE, MAX_CAP_BYTES, parseCapAlert, type CapIssue } from '../src/alerts/cap.js';
import { circleToRing, EARTH_RADIUS_KM } from '../src/alerts/circle.js';
import { AREA_LIMITS } from '../src/alerts/draft.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/cap/${name}`, import.meta.url), 'utf8');
const hue = fixture('hue-flood-warning.xml');
const storm = fixture('storm-circle.xml');

/** Replaces `from` in `xml`, failing the test when it is not there (so a variant never silently equals the fixture). */
function edit(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  expect(changed, `edit ${String(from)}`).not.toBe(xml);
  return changed;
}

function issuesOf(xml: string): CapIssue[] {
  const result = parseCapAlert(xml);
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result)}`);
  return result.issues;
}

function draftOf(xml: string) {
  const result = parseCapAlert(xml);
  if (!result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result.issues)}`);
  if (result.kind !== 'publish') throw new Error('expected a draft, got a cancellation');
  return result.draft;
}

/** Great-circle distance in km on the same sphere `circleToRing` uses. */
function haversineKm([lat1, lon1]: readonly [number, number], [lat2, lon2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

const viInfo = /<info>\s*<language>vi-VN<\/language>[\s\S]*?<\/info>\s*/;

describe('parseCapAlert: publishable alerts', () => {
  it('reads the Huế flood warning into a bilingual draft', () => {
    expect(parseCapAlert(hue)).toEqual({
      ok: true,
      kind: 'publish',
      references: [],
      draft: {
        identifier: 'bchpctt@hue.gov.vn/PCTT-HUE-2026-1028-01',
        sender: 'Ban Chỉ huy PCTT và TKCN tỉnh Thừa Thiên Huế',
        severity: 'severe',
        category: 'flood',
        headline: {
          vi: 'Cảnh báo lũ trên sông Hương: mực nước tại Kim Long vượt báo động 3',
          en: 'Flood warning on the Perfume River: Kim Long gauge above alert level 3',
        },
        description: {
          vi: 'Hồi 7 giờ ngày 28/10, mực nước sông Hương tại trạm Kim Long là 4,35 m, trên báo động 3 là 0,85 m, và đang lên. Nguy cơ ngập sâu tại các phường ven sông Hương, sông Như Ý và vùng trũng thấp.',
          en: 'At 07:00 on 28 October the Perfume River at Kim Long gauge stood at 4.35 m, 0.85 m above alert level 3, and rising. Deep flooding is likely in riverside wards along the Perfume and Nhu Y rivers and in low-lying areas.',
        },
        instruction: {
          vi: 'Không đi qua ngầm, tràn, đường ngập nước. Di chuyển người già, trẻ em và tài sản lên nơi cao. Gọi 112 khi cần cứu hộ.',
          en: 'Do not cross flooded roads or spillways. Move the elderly, children and belongings to higher ground. Call 112 for rescue.',
        },
        area: {
          description: 'Các phường ven sông Hương, thành phố Huế; Vùng trũng thấp dọc sông Hương',
          // Only the Vietnamese block's areas; "ward" matched in any case; the ISO 3166-2 geocode and the repeated Phú Hội dropped.
          wards: ['Phú Hội', 'Vỹ Dạ', 'Phường Kim Long'],
          polygons: [[[16.48, 107.56], [16.48, 107.6], [16.465, 107.62], [16.45, 107.61], [16.45, 107.57], [16.48, 107.56]]],
        },
        sentAt: '2026-10-28T08:00:00+07:00',
        expiresAt: '2026-10-29T20:00:00+07:00',
      },
    });
  });

  it('reads a prefixed storm update with a circle into a 32-vertex closed ring', () => {
    const draft = draftOf(storm);
    expect(draft).toMatchObject({
      identifier: 'nchmf@kttv.gov.vn/BAO-2026-07-0512',
      sender: 'nchmf@kttv.gov.vn',
      severity: 'extreme',
      category: 'weather',
      headline: { vi: 'Bão số 7 mạnh cấp 14, giật cấp 17, cách bờ biển Huế khoảng 150 km' },
      area: { description: 'Vùng gió mạnh cấp 10 quanh tâm bão', wards: [] },
      sentAt: '2026-10-27T05:00:00+07:00',
      expiresAt: '2026-10-28T05:00:00+07:00',
    });
    expect(draft.headline).not.toHaveProperty('en');
    expect(draft).not.toHaveProperty('instruction');
    expect(draft.area.polygons).toEqual([circleToRing(16.2, 108.4, 120)]);
    expect(draft.area.polygons[0]).toHaveLength(33);
    expect(draft.area.polygons[0]![0]).toEqual([17.279184, 108.4]);
  });

  it('uses English for Vietnamese when only English exists, and en-US when <language> is absent', () => {
    const english = edit(hue, viInfo, '');
    const draft = draftOf(english);
    expect(draft.sender).toBe('Thua Thien Hue Steering Committee for Natural Disaster Prevention, Search and Rescue');
    expect(draft.headline).toEqual({
      vi: 'Flood warning on the Perfume River: Kim Long gauge above alert level 3',
      en: 'Flood warning on the Perfume River: Kim Long gauge above alert level 3',
    });
    expect(draft.area).toEqual({ description: 'Riverside wards of Hue city', wards: ['Phu Hoi'], polygons: [] });
    expect(draftOf(edit(english, '<language>en-US</language>', ''))).toEqual(draft);
  });

  it('takes the Vietnamese block even when English comes first, and the sender name from the first block', () => {
    const vi = viInfo.exec(hue)![0];
    const reordered = edit(hue, vi, '').replace('</alert>', `${vi}</alert>`);
    const draft = draftOf(reordered);
    expect(draft.headline.vi).toBe('Cảnh báo lũ trên sông Hương: mực nước tại Kim Long vượt báo động 3');
    expect(draft.area.wards).toEqual(['Phú Hội', 'Vỹ Dạ', 'Phường Kim Long']);
    expect(draft.sender).toBe('Thua Thien Hue Steering Committee for Natural Disaster Prevention, Search and Rescue');
  });

  it('falls back to the English instruction when the Vietnamese block has none', () => {
    const draft = draftOf(edit(hue, /<instruction>Không[^<]*<\/instruction>/, ''));
    expect(draft.instruction).toEqual({
      vi: 'Do not cross flooded roads or spillways. Move the elderly, children and belongings to higher ground. Call 112 for rescue.',
      en: 'Do not cross flooded roads or spillways. Move the elderly, children and belongings to higher ground. Call 112 for rescue.',
    });
  });

  it('decodes the XML entities and character references once, and keeps CDATA as written', () => {
    const xml = edit(edit(hue, /<headline>Cảnh báo[^<]*<\/headline>/, '<headline>L&#x0169; &amp; ng&#7853;p: &amp;#65; &lt;3 &nbsp; &#0;</headline>'),
      /<description>Hồi[^<]*<\/description>/, '<description><![CDATA[Mực nước &amp; <b>4,35 m</b>]]></description>');
    const draft = draftOf(xml);
    // &nbsp; is HTML, not XML, and U+0000 is no XML character: both stay as written.
    expect(draft.headline.vi).toBe('Lũ & ngập: &#65; <3 &nbsp; &#0;');
    expect(draft.description.vi).toBe('Mực nước &amp; <b>4,35 m</b>');
  });

  it('accepts Update and an -00:00 offset, and reads any prefix bound to the CAP namespace', () => {
    const xml = edit(edit(hue, '<msgType>Alert', '<msgType>Update'), '2026-10-28T08:00:00+07:00', '2026-10-28T01:00:00-00:00');
    expect(draftOf(xml).sentAt).toBe('2026-10-28T01:00:00-00:00');
    const other = storm.replace(/(<\/?)cap:/g, '$1c:').replace('xmlns:cap=', 'xmlns:c=');
    expect(other).toContain('<c:alert xmlns:c="urn:oasis:names:tc:emergency:cap:1.2">');
    expect(draftOf(other)).toEqual(draftOf(storm));
  });

  it('shortens a long area description at a word and marks the cut', () => {
    const long = 'Phường Phú Hội, Phường Vỹ Dạ, Phường Kim Long, '.repeat(15);
    const draft = draftOf(edit(hue, 'Các phường ven sông Hương, thành phố Huế', long));
    // 499 characters end inside the 11th repetition, "Phường Phú Hội, Phường Vỹ Dạ,": cut after the last whole name.
    expect(draft.area.description).toBe(`${'Phường Phú Hội, Phường Vỹ Dạ, Phường Kim Long, '.repeat(10)}Phường Phú Hội…`);
    expect(draft.area.description).toHaveLength(485);
  });
});

describe('parseCapAlert: category mapping', () => {
  const category = (event: string, ...categories: string[]) => {
    const info = categories.map((c) => `<category>${c}</category>`).join('');
    return draftOf(edit(edit(hue, /<category>Met<\/category>\s*<event>[^<]*<\/event>/, `${info}<event>${event}</event>`),
      /<event>Perfume River flood<\/event>/, '<event>Storm</event>')).category;
  };

  it('maps flood words in the event or a category to flood, before any category', () => {
    expect(category('Lũ quét', 'Geo')).toBe('flood');
    expect(category('LỤT LỘI', 'Health')).toBe('flood');
    expect(category('Mưa lớn gây ngập úng', 'Met')).toBe('flood');
    expect(category('Flash Flooding', 'Met')).toBe('flood');
    expect(category('Cảnh báo', 'Other', 'Flood')).toBe('flood');
  });

  it('maps CAP categories in order: Met, then Security/Safety/Rescue, then Health, else policy', () => {
    expect(category('Bão', 'Met')).toBe('weather');
    expect(category('Sạt lở lũy tre', 'Geo')).toBe('policy');
    expect(category('Cháy rừng', 'Fire', 'Safety')).toBe('security');
    expect(category('Tìm kiếm cứu nạn', 'Rescue')).toBe('security');
    expect(category('Gây rối', 'Security')).toBe('security');
    expect(category('Sốt xuất huyết', 'Health')).toBe('health');
    expect(category('Nắng nóng', 'Health', 'Met')).toBe('weather');
    expect(category('Cắt điện', 'Infra')).toBe('policy');
  });
});

describe('parseCapAlert: refusals', () => {
  it('refuses a DOCTYPE or ENTITY declaration before parsing', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' + hue.slice(hue.indexOf('<alert'));
    expect(issuesOf(bomb)).toEqual([{ path: '', message: '<!DOCTYPE> and <!ENTITY> are refused: a CAP alert needs none' }]);
    expect(issuesOf(edit(hue, '<scope>', '<!ENTITY x "y"><scope>'))).toHaveLength(1);
    expect(issuesOf(hue.replace('<alert', '<!doctype alert><alert'))[0]!.path).toBe('');
  });

  it('refuses a file over MAX_CAP_BYTES, counting UTF-8 bytes', () => {
    expect(MAX_CAP_BYTES).toBe(262_144);
    const message = 'the file is larger than MAX_CAP_BYTES (262144 bytes, 256 KiB)';
    const padded = (length: number) => hue.replace('</alert>', `<!--${'x'.repeat(length - hue.length - 7)}--></alert>`);
    expect(padded(MAX_CAP_BYTES + 1).length).toBe(MAX_CAP_BYTES + 1);
    expect(issuesOf(padded(MAX_CAP_BYTES + 1))).toEqual([{ path: '', message }]);
    // Under the limit in UTF-16 units, over it in bytes: "ữ" is 3 bytes.
    const wide = hue.replace('</alert>', `<!--${'ữ'.repeat(MAX_CAP_BYTES / 2)}--></alert>`);
    expect(wide.length).toBeLessThan(MAX_CAP_BYTES);
    expect(issuesOf(wide)).toEqual([{ path: '', message }]);
    expect(parseCapAlert(padded(MAX_CAP_BYTES - 1000)).ok).toBe(true);
  });

  it('refuses XML that is not well-formed, with the line', () => {
    expect(issuesOf(edit(hue, '</scope>', '</scop>'))).toEqual([{
      path: '',
      message: "not well-formed XML: Expected closing tag 'scope' (opened in line 8, col 3) instead of closing tag 'scop'. (line 8, column 16)",
    }]);
    for (const junk of ['', 'not xml', '<alert', '<a/><b/>', hue.slice(0, 400)]) {
      expect(parseCapAlert(junk), junk).toMatchObject({ ok: false, issues: [{ path: '' }] });
    }
  });

  it('refuses another root, the CAP 1.1 namespace or none', () => {
    expect(issuesOf('<feed xmlns="http://www.w3.org/2005/Atom"/>')).toEqual([
      { path: '', message: 'the root element is <feed>; a CAP alert starts with <alert>' },
    ]);
    expect(issuesOf(edit(hue, CAP_NAMESPACE, 'urn:oasis:names:tc:emergency:cap:1.1'))).toEqual([{
      path: '',
      message: '<alert> is in namespace "urn:oasis:names:tc:emergency:cap:1.1"; CAP 1.2 alerts are in "urn:oasis:names:tc:emergency:cap:1.2"',
    }]);
    expect(issuesOf(edit(hue, ` xmlns="${CAP_NAMESPACE}"`, ''))[0]!.message).toBe(
      '<alert> is in no namespace; CAP 1.2 alerts are in "urn:oasis:names:tc:emergency:cap:1.2"');
    // The prefix is bound, but the children use another one: their CAP fields are missing.
    expect(issuesOf(storm.replace(/<cap:identifier>/g, '<x:identifier xmlns:x="urn:other">').replace(/<\/cap:identifier>/g, '</x:identifier>')))
      .toEqual([{ path: 'identifier', message: '<identifier> is required' }]);
  });

  it('refuses status Test, msgType Cancel or Ack, scope Restricted, saying what is accepted', () => {
    expect(issuesOf(edit(hue, '<status>Actual', '<status>Test'))).toEqual([
      { path: 'status', message: 'status is "Test"; only "Actual" alerts are published' },
    ]);
    expect(issuesOf(edit(hue, '<msgType>Alert', '<msgType>Cancel'))).toEqual([
      { path: 'references', message: 'a Cancel needs <references>: "sender,identifier,sent" of the alerts it withdraws' },
    ]);
    expect(issuesOf(edit(hue, '<msgType>Alert', '<msgType>Ack'))).toEqual([
      { path: 'msgType', message: 'msgType is "Ack"; only "Alert", "Update" and "Cancel" are accepted' },
    ]);
    expect(issuesOf(edit(hue, '<scope>Public', '<scope>Restricted'))).toEqual([
      { path: 'scope', message: 'scope is "Restricted"; only "Public" alerts are published' },
    ]);
  });

  it('reads a Cancel and an Update as naming the sender\'s own earlier alerts, and refuses another sender\'s', () => {
    const own = 'bchpctt@hue.gov.vn,PCTT-HUE-2026-1028-01,2026-10-28T08:00:00+07:00';
    const cancel = parseCapAlert(edit(hue, '<msgType>Alert</msgType>', `<msgType>Cancel</msgType><references>${own}</references>`));
    expect(cancel).toEqual({ ok: true, kind: 'cancel', references: ['bchpctt@hue.gov.vn/PCTT-HUE-2026-1028-01'] });
    const update = parseCapAlert(edit(hue, '<msgType>Alert</msgType>', `<msgType>Update</msgType><references>${own}</references>`));
    expect(update.ok && update.kind === 'publish' && update.references).toEqual(['bchpctt@hue.gov.vn/PCTT-HUE-2026-1028-01']);
    const plain = parseCapAlert(hue);
    expect(plain.ok && plain.kind === 'publish' && plain.references).toEqual([]);
    expect(issuesOf(edit(hue, '<msgType>Alert</msgType>', '<msgType>Cancel</msgType><references>other@x.vn,ID-1,2026-10-28T08:00:00+07:00</references>'))).toEqual([
      { path: 'references', message: '"other@x.vn,ID-1,2026-10-28T08:00:00+07:00" names another sender; an alert may only replace or cancel its sender\'s own alerts' },
    ]);
    expect(issuesOf(edit(hue, '<msgType>Alert</msgType>', '<msgType>Cancel</msgType><references>just-an-id</references>'))).toEqual([
      { path: 'references', message: '"just-an-id" is not a "sender,identifier,sent" triplet' },
    ]);
  });

  it('refuses severity Unknown, and reports every issue with its path', () => {
    expect(issuesOf(edit(hue, '<severity>Severe</severity>', '<severity>Unknown</severity>'))).toEqual([
      { path: 'info[0].severity', message: 'severity "Unknown" is not publishable; use Extreme, Severe, Moderate or Minor' },
    ]);
    const many = edit(edit(edit(hue, '<sender>bchpctt@hue.gov.vn</sender>', ''), '<severity>Severe', '<severity>severe'),
      /<headline>Cảnh báo[^<]*<\/headline>/, '<headline>  </headline>');
    expect(issuesOf(many)).toEqual([
      { path: 'sender', message: '<sender> is required' },
      { path: 'info[0].severity', message: 'severity is "severe"; expected Extreme, Severe, Moderate or Minor' },
      { path: 'info[0].headline', message: '<headline> is required' },
    ]);
  });

  it('refuses a missing, malformed or early expires, and a sent without an offset', () => {
    const vi = '<expires>2026-10-29T20:00:00+07:00</expires>\n    <senderName>Ban';
    expect(issuesOf(edit(hue, vi, '<senderName>Ban'))).toEqual([
      { path: 'info[0].expires', message: '<expires> is required: Citadel publishes no alert without an end' },
    ]);
    expect(issuesOf(edit(hue, vi, '<expires>29/10/2026 20:00</expires><senderName>Ban'))).toEqual([
      { path: 'info[0].expires', message: '"29/10/2026 20:00" is not an ISO 8601 date-time with an offset, like 2026-10-28T08:00:00+07:00' },
    ]);
    expect(issuesOf(edit(hue, vi, '<expires>2026-10-28T07:59:59+07:00</expires><senderName>Ban'))).toEqual([
      { path: 'info[0].expires', message: 'expires (2026-10-28T07:59:59+07:00) must be later than sent (2026-10-28T08:00:00+07:00)' },
    ]);
    expect(issuesOf(edit(hue, '<sent>2026-10-28T08:00:00+07:00', '<sent>2026-10-28T08:00:00'))).toEqual([
      { path: 'sent', message: '"2026-10-28T08:00:00" is not an ISO 8601 date-time with an offset, like 2026-10-28T08:00:00+07:00' },
    ]);
  });

  it('refuses bad polygons and circles, naming the area and the shape', () => {
    const polygon = '16.4800,107.5600 16.4800,107.6000 16.4650,107.6200 16.4500,107.6100 16.4500,107.5700 16.4800,107.5600';
    const withPolygon = (text: string) => issuesOf(edit(hue, polygon, text));
    expect(withPolygon('16.48,107.56 16.48,107.60 16.45,107.61 16.45,107.57')).toEqual([
      { path: 'info[0].area[1].polygon[0]', message: 'must end where it starts: first point 16.48,107.56, last 16.45,107.57' },
    ]);
    expect(withPolygon('16.48,107.56 16.48,107.60 16.48,107.56')).toEqual([
      { path: 'info[0].area[1].polygon[0]', message: 'has 3 points; a closed polygon needs at least 4 "lat,lon" pairs' },
    ]);
    expect(withPolygon('16.48,107.56 16.48;107.60 16.45,107.61 16.48,107.56')).toEqual([
      { path: 'info[0].area[1].polygon[0]', message: 'point 2 ("16.48;107.60") is not "lat,lon" in decimal degrees' },
    ]);
    expect(withPolygon('107.56,16.48 107.60,16.48 107.61,16.45 107.56,16.48')).toEqual([
      { path: 'info[0].area[1].polygon[0]', message: 'point 1 ("107.56,16.48") has latitude 107.56, outside -90..90' },
    ]);
    const tooLong = Array.from({ length: AREA_LIMITS.points + 1 }, () => '16.48,107.56').join(' ');
    expect(withPolygon(tooLong)).toEqual([
      { path: 'info[0].area[1].polygon[0]', message: 'has 1001 points; the most is AREA_LIMITS.points (1000)' },
    ]);
    expect(issuesOf(edit(storm, '16.2,108.4 120', '16.2,108.4 0'))).toEqual([{
      path: 'info[0].area[0].circle[0]',
      message: 'expected "lat,lon radiusKm", found "16.2,108.4 0": its radius must be a number of kilometres above 0 and at most 20015',
    }]);
    expect(issuesOf(edit(storm, '16.2,108.4 120', '16.2 108.4 120'))[0]!.path).toBe('info[0].area[0].circle[0]');
  });

  it('refuses more wards or polygons than AREA_LIMITS allows', () => {
    const wards = Array.from({ length: AREA_LIMITS.wards + 1 }, (_, i) => `<geocode><valueName>ward</valueName><value>Phường ${i}</value></geocode>`).join('');
    expect(issuesOf(edit(hue, '<areaDesc>Vùng trũng', `${wards}<areaDesc>Vùng trũng`))).toEqual([
      // 201 new names in area[1] plus the 3 of area[0].
      { path: 'info[0].area', message: 'names 204 wards; the most is AREA_LIMITS.wards (200)' },
    ]);
    const exactly = Array.from({ length: AREA_LIMITS.wards - 3 }, (_, i) => `<geocode><valueName>ward</valueName><value>Phường ${i}</value></geocode>`).join('');
    expect(draftOf(edit(hue, '<areaDesc>Vùng trũng', `${exactly}<areaDesc>Vùng trũng`)).area.wards).toHaveLength(200);
    const circles = Array.from({ length: AREA_LIMITS.polygons + 1 }, () => '<cap:circle>16.2,108.4 120</cap:circle>').join('');
    expect(issuesOf(edit(storm, '<cap:circle>16.2,108.4 120</cap:circle>', circles))).toEqual([
      { path: 'info[0].area', message: 'has 21 polygons and circles; the most is AREA_LIMITS.polygons (20)' },
    ]);
  });

  it('refuses an info without areas, ward, polygon or circle, and a file without Vietnamese or English', () => {
    expect(issuesOf(edit(storm, /<cap:area>[\s\S]*<\/cap:area>/, ''))).toEqual([{ path: 'info[0].area', message: 'at least one <area> is required' }]);
    expect(issuesOf(edit(storm, '<cap:circle>16.2,108.4 120</cap:circle>', ''))).toEqual([
      { path: 'info[0].area', message: 'no ward <geocode>, <polygon>, <circle> or geocode of the whole city: Citadel cannot tell where the alert applies' },
    ]);
    expect(issuesOf(edit(storm, '<cap:language>vi</cap:language>', '<cap:language>fr-FR</cap:language>'))).toEqual([
      { path: 'info', message: 'no <info> in Vietnamese (vi, vi-VN) or English (en, en-US); found fr-FR' },
    ]);
    expect(issuesOf(edit(storm, /<cap:info>[\s\S]*<\/cap:info>/, ''))).toEqual([{ path: 'info', message: 'at least one <info> is required' }]);
  });

  it('reads an <area> whose only target is the city\'s geocode as the whole city, and not beside a ward', () => {
    const city = { cityGeocodes: [{ valueName: 'ISO3166-2', value: 'VN-26' }] };
    const cityOnly = edit(hue, /<area>\s*<areaDesc>Các phường[\s\S]*?<\/area>\s*<area>[\s\S]*?<\/area>/,
      '<area><areaDesc>Toàn thành phố Huế</areaDesc><geocode><valueName>iso3166-2</valueName><value>vn-26</value></geocode></area>');
    const parsed = parseCapAlert(cityOnly, city);
    expect(parsed.ok && parsed.kind === 'publish' && parsed.draft.area).toEqual({ description: 'Toàn thành phố Huế', wholeCity: true, wards: [], polygons: [] });
    // Without the city's geocode configured, the same file names no area Citadel knows.
    expect(issuesOf(cityOnly)[0]?.message).toMatch(/no ward <geocode>/);
    // The fixture names VN-26 beside its wards: the wards decide.
    const beside = parseCapAlert(hue, city);
    expect(beside.ok && beside.kind === 'publish' && beside.draft.area.wholeCity).toBe(undefined);
  });

  it('refuses over-long text and repeated single elements', () => {
    expect(issuesOf(edit(hue, /<headline>Cảnh báo[^<]*<\/headline>/, `<headline>${'a'.repeat(201)}</headline>`))).toEqual([
      { path: 'info[0].headline', message: '<headline> is 201 characters; the most is 200' },
    ]);
    expect(issuesOf(edit(hue, '<status>Actual</status>', '<status>Actual</status><status>Actual</status>'))).toEqual([
      { path: 'status', message: '<status> appears 2 times; CAP allows one' },
    ]);
  });

  it('never throws, whatever the string', () => {
    const hostile = [
      '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><__proto__>x</__proto__></alert>',
      '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><constructor>x</constructor><identifier><b>1</b></identifier></alert>',
      `<alert xmlns="${CAP_NAMESPACE}">${'<a>'.repeat(500)}${'</a>'.repeat(500)}</alert>`,
      `<alert xmlns="${CAP_NAMESPACE}"/>`,
      '\uFEFF<?xml version="1.0"?><alert/>',
      '\uD800<alert/>',
      undefined as unknown as string,
    ];
    for (let cut = 1; cut < hue.length; cut += 97) hostile.push(hue.slice(0, cut), hue.slice(cut));
    for (const xml of hostile) {
      expect(parseCapAlert(xml), String(xml).slice(0, 80)).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ message: expect.any(String) })]) });
    }
    expect(issuesOf(hostile[0]!)).toEqual([
      { path: '', message: 'could not read the XML: [SECURITY] Invalid name: "__proto__" is a reserved JavaScript keyword that could cause prototype pollution' },
    ]);
  });
});

describe('circleToRing', () => {
  it('returns a closed ring of 32 vertices plus the closing point, clockwise from north', () => {
    const ring = circleToRing(16.46, 107.59, 10);
    expect(ring).toHaveLength(33);
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(new Set(ring.slice(0, 32).map((p) => p.join())).size).toBe(32);
    expect(ring[0]![1]).toBe(107.59);
    expect(ring[0]![0]).toBeGreaterThan(16.46);
    expect(ring[8]![1]).toBeGreaterThan(107.59);
    expect(circleToRing(16.46, 107.59, 10, 6)).toHaveLength(7);
  });

  it('puts every vertex at the radius, within 1% by haversine, at any latitude', () => {
    for (const [lat, lon, km] of [[16.46, 107.59, 10], [16.2, 108.4, 120], [60, 10, 50], [-33.9, 151.2, 0.5], [0, 179.9, 30]] as const) {
      for (const point of circleToRing(lat, lon, km)) {
        expect(Math.abs(haversineKm([lat, lon], point) - km) / km, `${lat},${lon} ${km} km → ${point.join()}`).toBeLessThan(0.01);
      }
    }
  });

  it('widens longitude by 1/cos(latitude): at 60° the east vertex is twice as far in degrees as the north one', () => {
    const ring = circleToRing(60, 10, 50);
    const north = ring[0]![0] - 60;
    const east = ring[8]![1] - 10;
    expect(north).toBeCloseTo(50 / (EARTH_RADIUS_KM * Math.PI / 180), 4);
    expect(east / north).toBeCloseTo(2, 2);
    expect(ring[8]![0]).toBeCloseTo(60, 1);
  });

  it('wraps longitudes across the antimeridian and refuses out-of-range arguments', () => {
    expect(circleToRing(0, 179.9, 30)[8]![1]).toBeCloseTo(-179.83, 2);
    for (const args of [[91, 0, 1], [0, 181, 1], [0, 0, 0], [0, 0, -1], [0, 0, Number.NaN], [0, 0, 30_000], [0, 0, 1, 2], [0, 0, 1, 3.5]] as const) {
      expect(() => circleToRing(...(args as unknown as [number, number, number, number?])), args.join()).toThrow(RangeError);
    }
  });
});
