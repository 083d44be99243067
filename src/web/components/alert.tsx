import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A notice in the page. `live` makes screen readers announce it when it appears after an action
 * (role="status" for good news, role="alert" for errors).
 */
export function Alert({
  type = 'info',
  live = false,
  children,
}: {
  type?: AlertType;
  live?: boolean;
  children: ReactNode;
}) {
  const role = live ? (type === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`utrecht-alert utrecht-alert--${type} wijkwerk-alert`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
