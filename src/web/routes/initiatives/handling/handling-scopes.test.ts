import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../../../core/permissions/actor.ts';
import { pageFieldErrors, scopesFor } from './handling.server.ts';
import './handling-pages-i18n.ts';

// The inbox tabs each kind of staff member gets, and service field errors placed on the page's fields.

function actor(grants: Grant[]): Actor {
  return { municipalityId: 'm', personId: 'p', label: 'x', grants };
}

describe('scopesFor', () => {
  it('gives each kind of staff its own first tab, and "mine" to all', () => {
    expect(scopesFor(actor([{ role: 'department_officer', organisationId: 'o' }]))).toEqual([
      'organisation',
      'mine',
    ]);
    expect(scopesFor(actor([{ role: 'area_officer', areaPath: 'a/b' }]))).toEqual(['areas', 'mine']);
    expect(scopesFor(actor([{ role: 'coordinator' }]))).toEqual(['all', 'mine']);
    expect(scopesFor(actor([{ role: 'partner', organisationId: 'o', areaPath: 'a/b' }]))).toEqual([
      'organisation',
      'mine',
    ]);
  });
});

describe('pageFieldErrors', () => {
  it('maps service fields onto the form, first message per field, translated', () => {
    const errors = pageFieldErrors(
      [
        { field: 'reason', key: 'initiatives.handlingPages.error.questionRequired' },
        { field: 'reason', key: 'validation.required' },
        { field: 'lon', key: 'initiatives.handlingPages.error.pickStatus' },
      ],
      'en',
      { reason: 'transferReason', lon: 'address' },
    );
    expect(errors).toEqual({
      transferReason: 'Write the question the resident will read.',
      address: 'Choose a new status from the list.',
    });
  });
});
