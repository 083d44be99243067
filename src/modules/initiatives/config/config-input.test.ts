import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../core/errors.ts';
import { createCategoryInput, parseConfigInput, settingsInput, updateRuleInput } from './config-input.ts';

// The input schemas read JSON (booleans, numbers, lists) and form strings the same way, and keep
// this part's own message keys.

const category = {
  code: 'kapotte-bank',
  kindId: '7b0c8a52-1f7e-4d53-9a55-3a8c7f2f1e10',
  name: 'Kapotte bank',
  ownerOrganisationId: '0d7f6a1e-5b1c-4c8e-8f0a-2b6c1d9e3f42',
  handlingDays: 10,
};

function fieldErrors(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('config input', () => {
  it('reads form strings like JSON', () => {
    const fromForm = parseConfigInput(createCategoryInput, {
      ...category,
      handlingDays: '10',
      keywords: 'bank, zitbank;park\nbankje',
      onPublicMap: 'true',
      active: '',
      nameEn: '  ',
    });
    expect(fromForm).toMatchObject({
      handlingDays: 10,
      keywords: ['bank', 'zitbank', 'park', 'bankje'],
      onPublicMap: true,
      active: false,
      nameEn: null,
      dayType: 'working',
      attributes: [],
    });
    expect(parseConfigInput(settingsInput, { version: '0', publicMap: 'on', retentionDays: '400' })).toEqual({
      version: 0,
      publicMap: true,
      retentionDays: 400,
    });
    expect(parseConfigInput(updateRuleInput, { version: 2, categoryId: '', areaCode: ' ' })).toMatchObject({
      categoryId: null,
      areaCode: null,
    });
  });

  it('names the field and keeps own message keys', () => {
    expect(fieldErrors(() => parseConfigInput(createCategoryInput, { ...category, code: 'Fout' }))).toEqual([
      { field: 'code', key: 'initiatives.config.error.categoryCode' },
    ]);
    expect(
      fieldErrors(() => parseConfigInput(createCategoryInput, { ...category, handlingDays: '' })),
    ).toEqual([{ field: 'handlingDays', key: 'validation.required' }]);
    expect(fieldErrors(() => parseConfigInput(settingsInput, { version: 0, reopenDays: 'veel' }))).toEqual([
      { field: 'reopenDays', key: 'validation.number' },
    ]);
    const list = fieldErrors(() =>
      parseConfigInput(createCategoryInput, {
        ...category,
        attributes: [
          { code: 'soort', datatype: 'singlevaluelist', description: 'Welke?', values: [] },
          { code: '1x', datatype: 'string', description: 'Twee' },
        ],
      }),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        { field: 'attributes.0.values', key: 'initiatives.config.error.attributeValues' },
        { field: 'attributes.1.code', key: 'initiatives.config.error.attributeCode' },
      ]),
    );
  });
});
