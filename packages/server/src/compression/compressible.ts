/**
 * Whether a body of `contentType` is worth compressing: text (HTML, CSS, scripts, JSON, manifests, SVG, plain text),
 * never images, fonts or archives, which are compressed already, and never an event stream, whose events must reach
 * the browser as they are written.
 */
export function isCompressible(contentType: string | null | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/event-stream') return false;
  return type.startsWith('text/') || /^application\/(json|javascript|manifest\+json|xml|[\w.-]+\+json)$/.test(type) || type === 'image/svg+xml';
}
