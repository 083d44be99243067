import { useShell } from '../shell.ts';

// A progress bar that does not rest on colour: the bar has a visible frame and quarter marks, and
// the percentage is written next to it in words; the drawing itself is hidden from screen readers.

export function ProgressBar({
  percent,
  size = 'normal',
}: {
  percent: number | null;
  size?: 'normal' | 'large';
}) {
  const { t } = useShell();
  if (percent === null) {
    return (
      <span className="wijkwerk-plan-progress wijkwerk-plan-progress--unknown">
        {t('plan.public.progressUnknown')}
      </span>
    );
  }
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  const width = size === 'large' ? 240 : 120;
  const height = size === 'large' ? 16 : 12;
  return (
    <span className="wijkwerk-plan-progress">
      <svg
        className="wijkwerk-plan-progress__bar"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <rect x="0.5" y="0.5" width={width - 1} height={height - 1} fill="#ffffff" stroke="#1a1a1a" />
        <rect x="1" y="1" width={((width - 2) * p) / 100} height={height - 2} fill="#1f4e8c" />
        {[25, 50, 75].map((q) => (
          <line
            key={q}
            x1={(width * q) / 100}
            x2={(width * q) / 100}
            y1={height - 4}
            y2={height - 1}
            stroke="#1a1a1a"
            strokeWidth="1"
          />
        ))}
      </svg>{' '}
      <span className="wijkwerk-plan-progress__text">{t('plan.public.progress', { percent: p })}</span>
    </span>
  );
}
