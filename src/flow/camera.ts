// The camera for the face check and the card QR scan: open, capture a still, close. Every failure
// becomes a reason the step can explain, with the non-camera way always offered.
export type CameraProblem = 'unsupported' | 'denied' | 'no-device' | 'busy';

export async function openCamera(facingMode: 'user' | 'environment'): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('unsupported'), { problem: 'unsupported' });
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { facingMode }, audio: false });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    const problem: CameraProblem =
      name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'no-device' : 'busy';
    throw Object.assign(new Error(problem), { problem });
  }
}

export function cameraProblemOf(error: unknown): CameraProblem {
  const problem = (error as { problem?: CameraProblem })?.problem;
  return problem ?? 'busy';
}

export function closeCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** One frame of the preview as a JPEG data URL: sent once for the check, never stored. */
export function captureFrame(video: HTMLVideoElement): string {
  const canvas = document.createElement('canvas');
  const scale = Math.min(1, 640 / (video.videoWidth || 640));
  canvas.width = Math.round((video.videoWidth || 640) * scale);
  canvas.height = Math.round((video.videoHeight || 480) * scale);
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/** Shows `stream` in the page's preview `video` (rendered by then). */
export async function showPreview(video: HTMLVideoElement | null, stream: MediaStream): Promise<void> {
  if (!video) return;
  video.srcObject = stream;
  await video.play().catch(() => undefined);
}

/** A press before the preview has started waits for it, briefly, rather than doing nothing. */
export async function untilSettled(settled: () => boolean, limitMs = 5000): Promise<void> {
  for (let waited = 0; !settled() && waited < limitMs; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
