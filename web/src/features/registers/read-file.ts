import type { TImportUpload } from '@domain/register-import.contracts';

/** A chosen file as the import body: its name and its bytes in base64 (read once, re-sent on save). */
export async function fileToUpload(file: File): Promise<TImportUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}
