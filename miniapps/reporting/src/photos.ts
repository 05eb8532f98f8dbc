/** The longest side of a photo the app uploads, in pixels. */
export const MAX_SIDE = 1280;
/** Photos per report (the backend's limit too). */
export const MAX_PHOTOS = 4;

/**
 * Resizes a picked image in the browser to at most `MAX_SIDE` px on its longest side and
 * re-encodes it as JPEG (quality 0.82): the original, with its EXIF position and camera data,
 * never leaves the phone. Resolves with the base64 JPEG and a preview URL.
 */
export async function resizePhoto(file: Blob): Promise<{ data: string; preview: string }> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', 0.82));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { data: btoa(binary), preview: URL.createObjectURL(blob) };
}
