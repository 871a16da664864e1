import type { StatusId } from '@/data/vocabulary';

/** Each status has its own shape, so that it reads without colour (and in greyscale print). */
const PATHS: Record<StatusId, string> = {
  completed: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-1 10.4L3.8 8.2l1.1-1.1L7 9.2l4.1-4.1 1.1 1.1Z',
  in_progress: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.6a5.4 5.4 0 0 1 0 10.8Z',
  ongoing: 'M8 2.5a5.5 5.5 0 1 0 5.2 7.3l-1.5-.5A4 4 0 1 1 8 4V2.5Zm1-1.5v5l3.5-2.5Z',
  delayed: 'M8 1 15 14H1Zm-.8 4.5v4h1.6v-4Zm0 5.3v1.6h1.6v-1.6Z',
  not_started: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6Z',
  unverified:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.8 10.2h1.6v1.6H7.2Zm.9-7.4c1.6 0 2.8 1 2.8 2.4 0 1.1-.7 1.6-1.3 2-.4.3-.7.5-.7 1V9.6H7.3v-.5c0-1 .6-1.5 1.1-1.9.4-.3.8-.5.8-1 0-.5-.4-.9-1.1-.9-.7 0-1.2.4-1.3 1.1L5.2 6.2C5.4 4.8 6.6 3.8 8.1 3.8Z',
};

export function StatusIcon({ status, size = 16 }: { status: StatusId; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[status]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
