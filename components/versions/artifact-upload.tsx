'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Progress } from '@/components/ui/progress';

type Status = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function send(url: string, file: File, onProgress: (percent: number) => void): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new Error('The upload was interrupted. Check your connection and try again.'));
    xhr.send(file);
  });
}

export function ArtifactUpload({ uploadUrl, maxBytes }: { uploadUrl: string; maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function upload() {
    if (!file) return;
    if (file.size > maxBytes) {
      setStatus({ kind: 'error', message: `This file is larger than the ${(maxBytes / 1024 ** 3).toFixed(1)} GiB upload limit.` });
      return;
    }
    setStatus({ kind: 'uploading', percent: 0 });
    try {
      const res = await send(`${uploadUrl}?fileName=${encodeURIComponent(file.name)}`, file, (percent) => setStatus({ kind: 'uploading', percent }));
      if (res.status === 201) {
        setStatus({ kind: 'done', message: `${file.name} uploaded.` });
        router.refresh();
      } else {
        const message = (JSON.parse(res.body) as { error?: { message?: string } }).error?.message;
        setStatus({ kind: 'error', message: message ?? `Upload failed (HTTP ${res.status}).` });
      }
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : 'Upload failed.' });
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1.5">
          <Label htmlFor={inputId}>Upload an artifact</Label>
          <Input id={inputId} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="max-w-xs" />
        </div>
        <Button type="button" onClick={upload} disabled={!file || status.kind === 'uploading'}>
          Upload
        </Button>
      </div>
      {status.kind === 'uploading' && <Progress value={status.percent} label={`Uploading: ${status.percent}%`} />}
      <div aria-live="polite">
        {status.kind === 'done' && <Alert variant="success">{status.message}</Alert>}
        {status.kind === 'error' && <Alert variant="danger">{status.message}</Alert>}
      </div>
    </div>
  );
}
