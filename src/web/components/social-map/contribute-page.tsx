import type { ReactNode } from 'react';
import { Form, Link } from 'react-router';
import { Alert } from '../alert.tsx';
import { Breadcrumb } from '../breadcrumb.tsx';
import { CsrfField } from '../csrf-field.tsx';
import { SubmitButton } from '../form-field.tsx';
import { useShell } from '../shell.ts';
import './contribute-i18n.ts';

// The frame of the pages residents reach from an e-mail or an item: the way back to the social
// map, one heading, and the answer to a link that no longer works.

export function ContributePage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useShell();
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: '/sociale-kaart', label: t('socialMap.title') },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">{title}</h1>
      {children}
    </>
  );
}

/** A link from an e-mail that is wrong, used up or expired, and what to do about it. */
export function InvalidLink({
  message,
  again,
}: {
  message: string;
  again?: { href: string; label: string };
}) {
  const { t } = useShell();
  return (
    <>
      <Alert type="warning">
        <p className="utrecht-paragraph">{message}</p>
      </Alert>
      <p className="utrecht-paragraph">{t('sm.contribute.invalidLink.help')}</p>
      <p className="utrecht-paragraph">
        {again ? (
          <Link className="utrecht-link utrecht-link--html-a" to={again.href}>
            {again.label}
          </Link>
        ) : (
          <Link className="utrecht-link utrecht-link--html-a" to="/sociale-kaart">
            {t('sm.contribute.backToMap')}
          </Link>
        )}
      </p>
    </>
  );
}

/**
 * A single button that posts: links in e-mails only show this (mail scanners follow links, and a
 * GET must change nothing); the visitor's click does the work.
 */
export function ConfirmButtonForm({ label, intent }: { label: string; intent?: string }) {
  return (
    <Form method="post" className="wijkwerk-form">
      <CsrfField />
      <div className="utrecht-button-group wijkwerk-form__actions">
        <SubmitButton name={intent ? 'intent' : undefined} value={intent}>
          {label}
        </SubmitButton>
      </div>
    </Form>
  );
}

export function BackToMap() {
  const { t } = useShell();
  return (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link utrecht-link--html-a" to="/sociale-kaart">
        {t('sm.contribute.backToMap')}
      </Link>
    </p>
  );
}
