import { apiErrorFrom } from './request';

export type TableFormat = 'csv' | 'json' | 'ndjson';

const FORMATS: Record<string, TableFormat> = { csv: 'csv', json: 'json', ndjson: 'ndjson', jsonl: 'ndjson' };
const CONTENT_TYPES: Record<TableFormat, string> = { csv: 'text/csv', json: 'application/json', ndjson: 'application/x-ndjson' };

/** The file picker's filter; the format itself is read from the extension. */
export const TABLE_ACCEPT = '.csv,.json,.ndjson,.jsonl,text/csv,application/json,application/x-ndjson';

/** The table format a file name's extension names, or null when the server reads no such format. */
export function formatOf(fileName: string): TableFormat | null {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? null : (FORMATS[fileName.slice(dot + 1).toLowerCase()] ?? null);
}

interface UploadOptions {
  method: 'PUT' | 'POST';
  url: string;
  /** Null sends no body (a reference taken from a registered dataset). */
  file: File | null;
  format?: TableFormat;
  onProgress: (percent: number) => void;
  /** The whole body is sent: from here on the server is parsing and computing. */
  onSent: () => void;
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. Resolves with the parsed body of a 2xx answer, rejects with an ApiError otherwise. */
export function uploadTable({ method, url, file, format, onProgress, onSent }: UploadOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = onSent;
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(apiErrorFrom(xhr.status, xhr.responseText));
      try {
        resolve(JSON.parse(xhr.responseText));
      } catch {
        reject(new Error('The server answered with something other than JSON.'));
      }
    };
    xhr.onerror = () => reject(new Error('The upload was interrupted. Check your connection and try again.'));
    if (!file) {
      onSent();
      xhr.send();
      return;
    }
    xhr.setRequestHeader('Content-Type', CONTENT_TYPES[format ?? 'csv']);
    xhr.send(file);
  });
}
