import type { Feature } from 'write-excel-file/universal';
import {
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/** A drop-down list or a number range on a block of cells (ECMA-376 `<dataValidation>`). */
export type DataValidation =
  | { kind: 'list'; sqref: string; source: string; prompt?: string; error: string }
  | { kind: 'decimal'; sqref: string; min: number; max: number; prompt?: string; error: string };

/** Excel cuts prompt and error texts at 255 characters and titles at 32. */
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function dataValidationsXml(validations: readonly DataValidation[]): string {
  const items = validations.map((v) => {
    const attrs: Record<string, string> = {
      type: v.kind,
      allowBlank: '1',
      showInputMessage: v.prompt ? '1' : '0',
      showErrorMessage: '1',
      errorTitle: clip('不在允许范围 Not allowed', 32),
      error: clip(v.error, 255),
      sqref: v.sqref,
    };
    if (v.kind === 'decimal') attrs.operator = 'between';
    if (v.prompt) attrs.prompt = clip(v.prompt, 255);
    const attributes = Object.entries(attrs)
      .map(([name, value]) => `${name}="${sanitizeAttributeValue(value)}"`)
      .join(' ');
    const formulas =
      v.kind === 'list'
        ? `<formula1>${sanitizeTextContent(v.source)}</formula1>`
        : `<formula1>${v.min}</formula1><formula2>${v.max}</formula2>`;
    return `<dataValidation ${attributes}>${formulas}</dataValidation>`;
  });
  return `<dataValidations count="${validations.length}">${items.join('')}</dataValidations>`;
}

/**
 * write-excel-file has no data validation; its documented `features` hook lets
 * us add the standard element, placed where Excel expects it among the
 * worksheet's children. `bySheet[i]` applies to the i-th sheet (0-based).
 */
export function dataValidationFeature(bySheet: readonly (readonly DataValidation[])[]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const validations = bySheet[sheetIndex] ?? [];
            if (validations.length === 0) return xml;
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet');
            if (!order) throw new Error('write-excel-file no longer knows the worksheet element order');
            return insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              dataValidationsXml(validations),
              order,
              'worksheet',
            );
          },
        },
      },
    },
  };
}
